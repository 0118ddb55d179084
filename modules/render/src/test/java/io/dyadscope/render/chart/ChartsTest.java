package io.dyadscope.render.chart;

import io.dyadscope.dossier.chart.BarPlot;
import io.dyadscope.dossier.chart.Fan;
import io.dyadscope.dossier.chart.LinePlot;
import io.dyadscope.dossier.chart.Palette;
import io.dyadscope.dossier.chart.PlotPoint;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> withClass(Document d, String tag, String cls) {
    NodeList nodes = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if ((" " + e.getAttribute("class") + " ").contains(" " + cls + " ")) {
        out.add(e);
      }
    }
    return out;
  }

  static final LinePlot TRADE = new LinePlot("Trade & <aid>", "USD million", false,
      List.of(new PlotPoint(2019, 1700, "2019"), new PlotPoint(2021, 1200, "2021"), new PlotPoint(2022, 1900, "2022")),
      List.of(new PlotPoint(2024, 1750, "2024")),
      Optional.of(new Fan(2022, 1900, 2024, "2024", 1900, 1000, 2800, 500, 3300)));

  @Test
  void aLineChartIsWellFormedSvgWithEscapedText() throws Exception {
    Document d = parse(Charts.line(TRADE));
    Element root = d.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 720 440");
    assertThat(d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
        .isEqualTo("Trade & <aid>");
  }

  @Test
  void pointsLandWhereTheScaleSays() throws Exception {
    // y: facts, published value, point forecast and the interval up to its 95% bound of 3,300 (within twice the
    // rest's range of 2,800): step 500, axis 0 to 3,500 from y=320 up to y=56; x: 2019 to 2024 with half a year
    // either side, 2018.5 to 2024.5 over x=88 to x=696
    Scale y = Charts.yScale(TRADE);
    assertThat(y.ticks()).containsExactly(0.0, 500.0, 1000.0, 1500.0, 2000.0, 2500.0, 3000.0, 3500.0);
    Document d = parse(Charts.line(TRADE));
    List<Element> facts = withClass(d, "circle", "fact");
    assertThat(facts).extracting(e -> e.getAttribute("data-period")).containsExactly("2019", "2021", "2022");
    Element p2022 = facts.get(2);
    assertThat(Double.parseDouble(p2022.getAttribute("cx"))).isEqualTo(442.67); // 88 + 3.5 / 6 * 608
    assertThat(Double.parseDouble(p2022.getAttribute("cy"))).isEqualTo(176.69); // 320 - 1900 / 3500 * 264
    assertThat(p2022.getAttribute("data-value")).isEqualTo("1900");
    Element published = withClass(d, "path", "published").get(0);
    // 2024 at 88 + 5.5 / 6 * 608 = 645.33, moved 10 left of the forecast at the same period so neither hides the
    // other; 1,750 at 320 - 1750 / 3500 * 264 = 188; the diamond's top is 7 above
    assertThat(published.getAttribute("d")).startsWith("M635.33,181 ");
    Element forecast = withClass(d, "circle", "forecast").get(0);
    assertThat(forecast.getAttribute("cx")).isEqualTo("655.33");
    assertThat(forecast.getAttribute("cy")).isEqualTo("176.69");
    Element band95 = withClass(d, "polygon", "band95").get(0);
    // from the last fact to the 95% bounds: 3,300 at 320 - 3300 / 3500 * 264 = 71.09, 500 at 282.29
    assertThat(band95.getAttribute("points")).isEqualTo("442.67,176.69 645.33,71.09 645.33,282.29");
    assertThat(withClass(d, "text", "clipped")).isEmpty();
  }

  @Test
  void aNinetyFivePercentBoundFarBeyondTheRestIsClippedAndMarked() throws Exception {
    // 20,000 is more than twice the range of 2,800 beyond it: the axis stops at the 80% bound's 2,800, rounded to 3,000
    LinePlot far = new LinePlot(TRADE.title(), TRADE.yTitle(), false, TRADE.facts(), TRADE.published(),
        Optional.of(new Fan(2022, 1900, 2024, "2024", 1900, 1000, 2800, 500, 20000)));
    assertThat(Charts.yScale(far).ticks()).containsExactly(0.0, 500.0, 1000.0, 1500.0, 2000.0, 2500.0, 3000.0);
    assertThat(withClass(parse(Charts.line(far)), "text", "clipped")).extracting(Element::getTextContent)
        .containsExactly("\u2191 95% interval runs to 20,000 (clipped)");
  }

  @Test
  void theLineBreaksWhereAPeriodIsMissing() throws Exception {
    // 2019, then a gap (no 2020), then 2021 and 2022: one line, from 2021 to 2022; 2019 stands alone
    List<Element> lines = withClass(parse(Charts.line(TRADE)), "polyline", "fact-line");
    assertThat(lines).extracting(e -> e.getAttribute("points")).containsExactly("341.33,229.49 442.67,176.69");
  }

  @Test
  void theSourceLineIsPrintedInsideTheDrawing() throws Exception {
    LinePlot sourced = new LinePlot(TRADE.title(), TRADE.yTitle(), false, TRADE.facts(), TRADE.published(),
        TRADE.forecast(), Palette.FIRST, "Source: Test Statistics Office 2021 [stats-2021].");
    Document d = parse(Charts.line(sourced));
    assertThat(withClass(d, "g", "source")).hasSize(1);
    assertThat(Charts.line(sourced)).contains("class=\"source\"", ">Source: Test Statistics Office 2021"
        + " [stats-2021].<").contains("stroke=\"#0072B2\"");
  }

  @Test
  void barsRiseFromZeroAndMissingValuesAreLeftOut() throws Exception {
    BarPlot p = new BarPlot("Bars", "percent", List.of("A", "B"), List.of("x", "y"),
        List.of(List.of(10.0, Double.NaN), List.of(20.0, 30.0)));
    Document d = parse(Charts.bars(p));
    List<Element> bars = withClass(d, "rect", "bar");
    assertThat(bars).hasSize(3);
    // axis 0 to 30 in steps of 5: 20 is 176 px high; group B starts at 88 + 304, bars after a 30.4 margin
    Element b20 = bars.get(1);
    assertThat(b20.getAttribute("data-group")).isEqualTo("B");
    assertThat(b20.getAttribute("x")).isEqualTo("422.4");
    assertThat(b20.getAttribute("y")).isEqualTo("144");
    assertThat(b20.getAttribute("height")).isEqualTo("176");
    assertThat(b20.getAttribute("width")).isEqualTo("121.6");
  }

  @Test
  void niceScalesUseRoundSteps() {
    assertThat(Scale.nice(0, 1_420_000, 6, 0, 100).step()).isEqualTo(250_000.0);
    assertThat(Scale.nice(0, 0.8, 6, 0, 100).ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8);
    // a span of 61.4 over 5 intervals is 12.28, whose nearest nice number is 10
    assertThat(Scale.nice(-1.4, 60, 6, 0, 100).ticks()).containsExactly(-10.0, 0.0, 10.0, 20.0, 30.0, 40.0, 50.0,
        60.0);
  }
}
