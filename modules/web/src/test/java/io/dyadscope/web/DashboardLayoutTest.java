package io.dyadscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.app.ReportService;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.render.dossier.Format;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Subdivisions;
import io.dyadscope.testkit.Accessibility;
import io.dyadscope.testkit.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every dashboard page in a real headless chromium at 400 and 1280 px: nothing wider than the
 * screen, axe-core finds no violation, the home page names the countries and shows a chart with its
 * source line, the overview's time axis keeps the years' true distances, a chart's CSV is what it
 * plots, and the map draws one shape per first-level division. Screenshots of every page at both
 * widths land in {@code target/web-screenshots/layout/}.
 */
class DashboardLayoutTest extends DashboardInBrowser {

  static final Path SHOTS = Path.of("target", "web-screenshots", "layout");
  static final Dyad DYAD = Dyad.parse("PAK-AFG");

  /** Width of the page beyond the viewport, in CSS pixels (0 when it fits). */
  static final String OVERFLOW = "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
      + " - document.documentElement.clientWidth";

  @BeforeAll
  static void screenshots() throws Exception {
    if (driver == null) {
      return;
    }
    Files.createDirectories(SHOTS);
  }

  /** Every page of the dashboard, with a file name for its screenshots. */
  static Map<String, String> pages() {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("/", "home");
    m.put("/d/PAK-AFG", "overview");
    m.put("/d/PAK-AFG/map", "map");
    m.put("/d/PAK-AFG/observations", "observations");
    m.put("/d/PAK-AFG/events", "events");
    m.put("/d/PAK-AFG/series/trade.total", "series");
    m.put("/d/PAK-AFG/corpus", "documents");
    m.put("/d/PAK-AFG/audit", "audit");
    m.put("/d/PAK-AFG/import", "import");
    Dossier d = t.app.reports().build(new ReportService.Request(DYAD, null, null, null));
    for (Format.Section s : Format.sections(d)) {
      m.put("/d/PAK-AFG/dossier/" + s.anchor(), "dossier-" + s.anchor());
    }
    return m;
  }

  @Test
  void noPageIsWiderThanTheScreenAtFourHundredOrTwelveHundredEightyPixels() throws Exception {
    List<String> wide = new ArrayList<>();
    for (int width : List.of(400, 1280)) {
      HeadlessChromium.viewport(driver, width, 900);
      for (Map.Entry<String, String> p : pages().entrySet()) {
        load(p.getKey());
        long over = ((Number) driver.executeScript(OVERFLOW)).longValue();
        if (over > 0) {
          wide.add(p.getKey() + " at " + width + " px: " + over + " px too wide");
        }
        shot(p.getValue() + "-" + width + ".png", width);
      }
    }
    assertThat(wide).isEmpty();
  }

  @Test
  void axeFindsNoViolationOnAnyPage() throws Exception {
    List<String> found = new ArrayList<>();
    for (int width : List.of(400, 1280)) {
      HeadlessChromium.viewport(driver, width, 900);
      for (String path : pages().keySet()) {
        load(path);
        Accessibility.violations(driver).forEach(v -> found.add(path + " at " + width + " px: " + v));
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theHomePageNamesBothCountriesAndShowsAChartWithItsSourceLine() throws Exception {
    HeadlessChromium.viewport(driver, 400, 900);
    load("/");
    assertThat(driver.findElement(By.cssSelector("section.dyad h2")).getText()).isEqualTo("Pakistan and Afghanistan");
    WebElement figure = driver.findElement(By.cssSelector("section.dyad figure.chart"));
    assertThat(figure.findElements(By.cssSelector("svg circle.pt"))).isNotEmpty();
    assertThat(figure.findElement(By.cssSelector("p.source-line")).getText())
        .startsWith("Source: State Bank of Pakistan 2023");
  }

  @Test
  void theOverviewsTimeAxisKeepsTheTrueDistanceBetweenYears() throws Exception {
    HeadlessChromium.viewport(driver, 1280, 900);
    load("/d/PAK-AFG");
    double x2019 = cx("2019");
    double x2021 = cx("2021");
    double x2022 = cx("2022");
    assertThat(x2021 - x2019).isCloseTo(2 * (x2022 - x2021), org.assertj.core.api.Assertions.within(0.5));
    assertThat(x2022 - x2021).isGreaterThan(20);
  }

  @Test
  void theSeriesPageDrawsOnATrueTimeAxisToo() throws Exception {
    HeadlessChromium.viewport(driver, 1280, 900);
    load("/d/PAK-AFG/series/trade.total");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(driver.executeScript(
        "return window.dyadscopeChart !== undefined")));
    @SuppressWarnings("unchecked")
    List<Number> xs = (List<Number>) driver.executeScript(
        "return dyadscopeChart.getDatasetMeta(0).data.slice(0, 3).map(e => e.x)");
    double x2019 = xs.get(0).doubleValue(), x2021 = xs.get(1).doubleValue(), x2022 = xs.get(2).doubleValue();
    assertThat(x2021 - x2019).isCloseTo(2 * (x2022 - x2021), org.assertj.core.api.Assertions.within(0.5));
  }

  @Test
  void eachChartsCsvDownloadHoldsExactlyThePointsItPlots() throws Exception {
    HeadlessChromium.viewport(driver, 1280, 900);
    load("/d/PAK-AFG");
    List<WebElement> figures = driver.findElements(By.cssSelector("figure.chart"));
    assertThat(figures).hasSizeGreaterThanOrEqualTo(3);
    for (WebElement f : figures) {
      List<String> plotted = f.findElements(By.cssSelector("g.series circle.pt")).stream()
          .map(c -> c.findElement(By.xpath("..")).getAttribute("data-series") + "|" + c.getAttribute("data-period") + "|"
              + c.getAttribute("data-value")).toList();
      String href = f.findElement(By.cssSelector("p.downloads a[href$='.csv']")).getAttribute("href");
      String csv = (String) driver.executeScript("const r = new XMLHttpRequest(); r.open('GET', arguments[0], false);"
          + " r.send(); return r.responseText;", href);
      List<String> rows = new ArrayList<>();
      String[] lines = csv.strip().split("\r?\n");
      assertThat(lines[0]).isEqualTo(String.join(",", ChartDownloads.CSV_COLUMNS));
      for (int i = 1; i < lines.length; i++) {
        List<String> cells = cells(lines[i]);
        rows.add(cells.get(0) + "|" + cells.get(4) + "|" + cells.get(6));
      }
      assertThat(rows).as(href).isNotEmpty().containsExactlyElementsOf(plotted);
    }
  }

  @Test
  void theMapDrawsOneShapePerFirstLevelDivisionOfBothCountries() throws Exception {
    HeadlessChromium.viewport(driver, 1280, 900);
    load("/d/PAK-AFG/map");
    for (String iso2 : List.of("PK", "AF")) {
      List<String> expected = Subdivisions.standard().all().stream().filter(s -> s.iso2().equals(iso2))
          .map(Subdivisions.Subdivision::code).sorted().toList();
      List<String> drawn = driver.findElements(By.cssSelector("svg.map path.division")).stream()
          .map(p -> p.getAttribute("data-code")).filter(c -> c.startsWith(iso2 + "-")).sorted().toList();
      assertThat(drawn).as(iso2).isEqualTo(expected);
    }
  }

  private static double cx(String period) {
    return Double.parseDouble(driver.findElement(By.cssSelector(
        "#chart-trade g.series[data-series='trade.total/PAK-AFG'] circle.pt[data-period='" + period + "']"))
        .getAttribute("cx"));
  }

  /** The cells of one CSV line whose every cell is quoted. */
  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        b.append('"');
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        out.add(b.toString());
        b.setLength(0);
      } else {
        b.append(ch);
      }
    }
    out.add(b.toString());
    return out;
  }

  private static void load(String path) {
    driver.get(t.base() + path);
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(driver.executeScript(
        "return document.readyState === 'complete' && !document.querySelector('#observations tbody:empty')"
            + " && !document.querySelector('#theme-lens tbody:empty')")));
  }

  private static void shot(String name, int width) throws Exception {
    long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
    HeadlessChromium.viewport(driver, width, (int) Math.min(height, 16000));
    Files.write(SHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    HeadlessChromium.viewport(driver, width, 900);
  }
}
