package io.dyadscope.render.chart;

import io.dyadscope.dossier.chart.Fan;
import io.dyadscope.dossier.chart.FanPlot;
import io.dyadscope.dossier.chart.Palette;
import io.dyadscope.dossier.chart.PlotPoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FanPlotTest {

  static final double JAN_2024 = 2024 * 12;

  static FanPlot plot(double hi95) {
    List<PlotPoint> facts = List.of(new PlotPoint(JAN_2024 - 2, 10, "2023-11"), new PlotPoint(JAN_2024 - 1, 20,
        "2023-12"));
    List<Fan> steps = List.of(new Fan(JAN_2024 - 1, 20, JAN_2024, "2024-01", 18, 14, 24, 10, 30),
        new Fan(JAN_2024 - 1, 20, JAN_2024 + 1, "2024-02", 18, 12, 26, 8, hi95));
    return new FanPlot("Monthly events", "events per month", facts, steps, Palette.DYAD, "Source: synthetic [x].");
  }

  @Test
  void theBandsRunFromTheLastFactAlongTheUpperBoundsAndBackAlongTheLowerOnes() {
    Scale y = FanDrawing.yScale(plot(40));
    Scale x = new Scale(JAN_2024 - 2.5, JAN_2024 + 1.5, 1, Charts.PLOT_LEFT, Charts.PLOT_RIGHT);
    String expected = Charts.pts(x.position(JAN_2024 - 1), y.position(20), x.position(JAN_2024), y.position(24),
        x.position(JAN_2024 + 1), y.position(26), x.position(JAN_2024 + 1), y.position(12), x.position(JAN_2024),
        y.position(14));
    assertThat(Charts.fan(plot(40))).contains("class=\"band80\" points=\"" + expected + "\"");
  }

  @Test
  void theAxisRunsToThe80PercentBoundAndA95PercentBandBeyondIsMarkedClipped() {
    assertThat(FanDrawing.yScale(plot(40)).hi()).isEqualTo(30);
    assertThat(Charts.fan(plot(400))).contains("95% interval runs to 400 (clipped)");
    assertThat(Charts.fan(plot(30))).doesNotContain("clipped)");
  }

  @Test
  void eachMonthForecastCarriesItsMedianAndIntervalsAndTheSourceLineIsInside() {
    assertThat(Charts.fan(plot(40))).contains("data-period=\"2024-02\" data-value=\"18\" data-lo80=\"12\""
        + " data-hi80=\"26\" data-lo95=\"8\" data-hi95=\"40\"", "Source: synthetic [x].", "Forecast median",
        "fill=\"" + Palette.DYAD + "\"");
  }

  @Test
  void aFanWithoutHistoryIsRefused() {
    assertThatThrownBy(() -> new FanPlot("t", "y", List.of(), plot(40).steps(), "", ""))
        .hasMessageContaining("needs a history");
  }
}
