package io.dyadscope.web;

import io.dyadscope.testkit.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.render.dossier.Format;
import io.dyadscope.corpus.index.KwicSort;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.app.ReportService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page in a real headless chromium: it loads with no console error, charts carry one point
 * per observed period, the filter changes the table, an uploaded report shows its findings, and
 * no hostile text runs as script. Screenshots land in {@code target/web-screenshots/}.
 */
class BrowserTest extends DashboardInBrowser {

  static final Path SHOTS = Path.of("target", "web-screenshots");
  static final Dyad DYAD = Dyad.parse("PAK-AFG");

  @BeforeAll
  static void screenshots() throws Exception {
    if (driver == null) {
      return;
    }
    Files.createDirectories(SHOTS);
    HeadlessChromium.viewport(driver, 1280, 900);
  }

  @Test
  void theDyadPickerAndEveryDossierSectionLoadWithoutConsoleErrors() throws Exception {
    load("/", "home.png");
    assertThat(driver.findElements(By.cssSelector("section.dyad h2 a"))).extracting(WebElement::getText)
        .containsExactly("Pakistan and Afghanistan");
    load("/d/PAK-AFG", "dyad.png");
    Dossier d = t.app.reports().build(new ReportService.Request(DYAD, null, null, null));
    for (Format.Section s : Format.sections(d)) {
      load("/d/PAK-AFG/dossier/" + s.anchor(), "dossier-" + s.anchor() + ".png");
      assertThat(driver.findElement(By.cssSelector("section#" + s.anchor() + " h2")).getText())
          .contains(s.heading());
    }
    assertThat(driver.executeScript("return window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  void theSeriesChartHasOnePointPerPeriodAndTheProjectionWithItsBands() throws Exception {
    load("/d/PAK-AFG/series/trade.total", null);
    waitFor("return window.dyadscopeChart !== undefined");
    int periods = t.app.series().series(DYAD, "trade.total", null).result().series().size();
    assertThat(((Number) driver.executeScript("return dyadscopeChart.data.datasets[0].data.length")).intValue())
        .isEqualTo(periods);
    assertThat(String.valueOf(driver.executeScript("return dyadscopeChart.data.datasets.map(d => d.label)")))
        .contains("Observed / reported", "80% interval", "95% interval", "Dyadscope projection",
            "Published projections");
    assertThat(driver.executeScript("return dyadscopeChart.options.scales.y.title.text")).isEqualTo("USD million");
    assertThat((String) driver.executeScript("return dyadscopeChart.toBase64Image()")).startsWith("data:image/png");
    assertThat((String) driver.executeScript("return dyadscopeSvg()")).startsWith("<svg").contains("<polyline")
        .contains("USD million").contains("<polygon");
    assertThat(driver.findElements(By.cssSelector("#points tbody tr"))).hasSize(periods);
    shot("series-trade.total.png");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void theFilterNarrowsTheObservationsTableAndHostileNotesStayText() throws Exception {
    load("/d/PAK-AFG/observations", null);
    waitFor("return document.querySelectorAll('#observations tbody tr').length > 0");
    List<Observation> all = t.app.evidence().observations(ObservationQuery.all().dyad(DYAD.id()));
    // a page at a time: the first page holds 25 rows, the count names them all
    assertThat(rows()).isEqualTo(Math.min(25, all.size()));
    assertThat(driver.findElement(By.id("count")).getText()).isEqualTo(all.size() + " of " + all.size()
        + " observations");
    long sbp = all.stream().filter(o -> o.source().equals("sbp-2023") || o.reportedBy().equals("sbp-2023")).count();
    driver.findElement(By.id("filter")).sendKeys("sbp-2023");
    assertThat(rows()).isEqualTo(Math.min(25, sbp)).isLessThan(all.size());
    assertThat(driver.findElement(By.id("count")).getText()).isEqualTo(sbp + " of " + all.size() + " observations");
    assertThat((String) driver.executeScript("return document.getElementById('observations').textContent"))
        .contains(TestServer.HOSTILE_NOTE);
    assertThat(driver.executeScript("return window.pwned === undefined")).isEqualTo(true);
    driver.findElement(By.xpath("//th/button[text()='value']")).click();
    double smallest = all.stream().filter(o -> o.source().equals("sbp-2023") || o.reportedBy().equals("sbp-2023"))
        .mapToDouble(Observation::value).min().orElseThrow();
    assertThat(driver.findElement(By.cssSelector("#observations tbody tr td.num")).getText().replace(",", ""))
        .isEqualTo(String.valueOf((long) smallest));
    shot("observations-filtered.png");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void theEventChartHasOneBarPerMonthAndTheRangeNarrowsIt() throws Exception {
    load("/d/PAK-AFG/events", null);
    waitFor("return window.dyadscopeChart !== undefined");
    assertThat(String.valueOf(driver.executeScript("return dyadscopeChart.data.labels")))
        .isEqualTo("[2023-01, 2023-02, 2023-03]");
    assertThat(driver.executeScript("return dyadscopeChart.options.scales.y.title.text")).isEqualTo("events");
    assertThat((String) driver.executeScript("return dyadscopeChart.options.plugins.subtitle.text"))
        .startsWith("Sources: GDELT Event Database").endsWith("(gdelt-events)");
    shot("events.png");
    driver.executeScript("document.getElementById('from').value = '2023-02'");
    driver.findElement(By.cssSelector("#range button[type=submit]")).click();
    waitFor("return dyadscopeChart.data.labels.length === 2");
    assertThat(String.valueOf(driver.executeScript("return dyadscopeChart.data.labels")))
        .isEqualTo("[2023-02, 2023-03]");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void anUploadedReportShowsItsFindingsBesideItsLines() throws Exception {
    Path report = dir.resolve("report.txt");
    Files.writeString(report, WebServerTest.REPORT, StandardCharsets.UTF_8);
    load("/d/PAK-AFG/audit", null);
    driver.findElement(By.id("file")).sendKeys(report.toAbsolutePath().toString());
    driver.findElement(By.cssSelector("#audit-form button[type=submit]")).click();
    waitFor("return document.getElementById('findings') !== null");
    List<WebElement> flagged = driver.findElements(By.cssSelector("#findings tr.flagged"));
    assertThat(flagged).isNotEmpty();
    assertThat(flagged).anySatisfy(r -> {
      assertThat(r.findElement(By.cssSelector("td.num")).getText()).isEqualTo("5");
      assertThat(r.getText()).contains("table-arithmetic");
    });
    assertThat(driver.findElement(By.id("findings")).getText()).contains("<script>window.pwned=3</script>");
    assertThat(driver.executeScript("return window.pwned === undefined")).isEqualTo(true);
    shot("audit.png");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void theDocumentsPageHighlightsHitsShowsContextsAndOpensTheCodedPassagesOfACell() throws Exception {
    load("/d/PAK-AFG/corpus", null);
    waitFor("return document.querySelectorAll('#theme-lens tbody tr').length > 0");
    driver.findElement(By.id("q")).sendKeys("crossing");
    driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    waitFor("return document.querySelectorAll('#hits li').length > 0");
    int hits = t.app.corpus(null).read(c -> c.search("crossing", 20, Dashboard.SNIPPETS_PER_HIT)).hits().size();
    assertThat(driver.findElements(By.cssSelector("#hits > li"))).hasSize(hits);
    assertThat(driver.findElements(By.cssSelector("#hits mark"))).isNotEmpty()
        .allSatisfy(m -> assertThat(m.getText().toLowerCase()).isEqualTo("crossing"));
    assertThat(driver.findElement(By.id("hits")).getText()).contains("<script>window.pwned=4</script>");
    driver.findElement(By.id("term")).sendKeys("border");
    driver.findElement(By.cssSelector("#kwic-form button[type=submit]")).click();
    int lines = t.app.corpus(null).read(c -> c.kwic("border", Dashboard.KWIC_WIDTH, KwicSort.right, 200)).size();
    waitFor("return document.querySelectorAll('#kwic tbody tr').length === " + lines);
    WebElement cell = driver.findElements(By.cssSelector("#theme-lens tbody td button")).stream()
        .filter(WebElement::isEnabled).findFirst().orElseThrow();
    int count = Integer.parseInt(cell.getText().replace(",", ""));
    cell.click();
    waitFor("return document.querySelectorAll('#passages li').length === " + count);
    assertThat(driver.findElement(By.id("passages-title")).getText()).endsWith(count + (count == 1 ? " passage"
        : " passages"));
    assertThat(driver.executeScript("return window.pwned === undefined")).isEqualTo(true);
    shot("corpus.png");
    assertThat(consoleErrors()).isEmpty();
  }

  /** Opens {@code path}, checks the console stayed free of errors, and takes a screenshot when named. */
  private static void load(String path, String screenshotOrNull) throws Exception {
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(t.base() + path);
    waitFor("return document.readyState === 'complete'");
    if (screenshotOrNull != null) {
      shot(screenshotOrNull);
      assertThat(consoleErrors()).as(path).isEmpty();
    }
  }

  private static List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
  }

  private static long rows() {
    return ((Number) driver.executeScript("return document.querySelectorAll('#observations tbody tr').length"))
        .longValue();
  }

  private static void waitFor(String script) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(driver.executeScript(script)));
  }

  private static void shot(String name) throws Exception {
    long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
    HeadlessChromium.viewport(driver, 1280, (int) Math.min(Math.max(height, 900), 12000));
    Files.write(SHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    HeadlessChromium.viewport(driver, 1280, 900);
  }
}
