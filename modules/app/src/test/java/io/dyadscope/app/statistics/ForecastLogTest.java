package io.dyadscope.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.analysis.Confidence;
import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.Interval;
import io.dyadscope.analysis.scoring.Projection;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept forecasts; the numbers are synthetic. */
class ForecastLogTest {

  private static final Dyad D = Dyad.parse("PAK-AFG");

  private static Forecast forecast(double point) {
    return new Forecast("trade.total", "PAK-AFG", Period.ofYear(2025), point, new Interval(point - 10, point + 10),
        new Interval(point - 20, point + 20), "last value", Confidence.LOW, "synthetic", Map.of(), 5);
  }

  @Test
  void aLaterForecastForTheSameTargetReplacesTheEarlierOne(@TempDir Path dir) {
    ForecastLog.keep(dir, D, forecast(100), Period.ofYear(2024));
    ForecastLog.keep(dir, D, forecast(120.5), Period.ofYear(2024));
    List<Projection> kept = ForecastLog.read(dir, D);
    assertThat(kept).singleElement().satisfies(p -> {
      assertThat(p.forecaster()).isEqualTo("dyadscope");
      assertThat(p.value()).isEqualTo(120.5);
      assertThat(p.p80()).contains(new Interval(110.5, 130.5));
    });
    assertThat(ForecastLog.read(dir, Dyad.parse("IND-PAK"))).isEmpty();
  }

  @Test
  void aForecastOfAPeriodAlreadyInItsSeriesIsNotKept(@TempDir Path dir) {
    assertThatThrownBy(() -> ForecastLog.keep(dir, D, forecast(1), Period.ofYear(2025)))
        .hasMessage("forecast target 2025 is not after the series end 2025");
  }

  @Test
  void aBadLineIsNamed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(ForecastLog.FILE), ForecastLog.HEADER + "\n"
        + "dyadscope,trade.total,PAK-AFG,PAK-AFG,FY25,1,0,2,2024\n");
    assertThatThrownBy(() -> ForecastLog.read(dir, D)).hasMessageEndingWith(
        "forecasts.csv:2: not a period (expected YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD): 'FY25'");
  }
}
