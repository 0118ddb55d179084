package io.dyadscope.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.render.chart.MapPlot.Count;
import io.dyadscope.render.chart.MapPlot.Outline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's choropleth: four classes by quarters of the largest value, and what an area without data says. */
class MapSvgTest {

  static final List<double[]> SQUARE = List.<double[]>of(new double[] {60, 30, 61, 30, 61, 31, 60, 31});

  static final MapPlot PLOT = new MapPlot("Fatalities", List.of(new Outline("XA-1", "North", "XAA", SQUARE),
      new Outline("XA-2", "South", "XAA", SQUARE), new Outline("XA-3", "East", "XAA", SQUARE),
      new Outline("XA~", "Tribal area", "XAA", SQUARE)), List.of(new Count("XA-1", 4L), new Count("XA-2", 1L),
      new Count("XA-3", null)));

  @Test
  void theLargestValueTakesTheDarkestClassAndAQuarterOfItThePalest() {
    String svg = Charts.draw(PLOT);
    assertThat(svg).contains("data-code=\"XA-1\" data-value=\"4\" fill=\"#08306b\"")
        .contains("data-code=\"XA-2\" data-value=\"1\" fill=\"#c6dbef\"")
        .contains("<title>North (XA-1): 4 fatalities</title>");
  }

  @Test
  void anAreaWhoseDataRecordNoValueAndAnAreaWithoutDataAreTold() {
    String svg = Charts.draw(PLOT);
    assertThat(svg).contains("data-code=\"XA-3\" data-value=\"\" fill=\"#f2f2f2\"")
        .contains("<title>East (XA-3): deaths not recorded</title>")
        .contains("class=\"division pseudo\" data-code=\"XA~\" data-value=\"\" fill=\"#d9d9d9\"")
        .contains("<title>Tribal area (no ISO 3166-2 code): no events</title>");
  }

  @Test
  void theLegendListsEachClassOnceWithItsRange() {
    assertThat(Charts.legend(PLOT).replaceAll("<svg.*?</svg>", "■")).isEqualTo(
        "<ul class=\"legend map-legend\"><li>■ none</li><li>■ 1</li><li>■ 2</li><li>■ 3</li><li>■ 4</li></ul>");
  }
}
