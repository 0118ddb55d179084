package io.dyadscope.render.dossier;

import io.dyadscope.testkit.HeadlessChromium;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.dossier.Colophon;
import io.dyadscope.dossier.DossierBuilder;
import io.dyadscope.dossier.DossierOptions;
import io.dyadscope.dossier.StudyData;
import io.dyadscope.dossier.findings.Evidence;
import io.dyadscope.testdata.SeedFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dossier as a reader sees it, in a real headless chromium: at 400 px nothing runs off the
 * screen except inside a scroll container, chart text stays legible, and the page prints on A4.
 * Screenshots and the PDF land in {@code target/browser/} for a person to look at.
 */
class BrowserLayoutTest {

  static final Path OUT = Path.of("target", "browser");
  static ChromeDriver driver;

  /** Elements (tables and charts) wider than the viewport with no scroll container around them. */
  static final String OVERFLOWING = """
      const w = document.documentElement.clientWidth;
      const bad = [];
      for (const el of document.querySelectorAll('table, svg')) {
        const r = el.getBoundingClientRect();
        if (r.right <= w + 1 && r.left >= -1) continue;
        let p = el.parentElement, held = false;
        for (; p; p = p.parentElement) {
          const ox = getComputedStyle(p).overflowX;
          const pr = p.getBoundingClientRect();
          if ((ox === 'auto' || ox === 'scroll') && pr.right <= w + 1 && pr.left >= -1) { held = true; break; }
        }
        if (!held) bad.push((el.id || el.className.baseVal || el.className || el.tagName) + ' ' + Math.round(r.width));
      }
      if (document.documentElement.scrollWidth > w + 1) bad.push('page ' + document.documentElement.scrollWidth);
      return bad;
      """;

  /** The smallest rendered font size, in CSS pixels, of any text in a chart. */
  static final String SMALLEST_CHART_TEXT = """
      let min = 1e9;
      for (const svg of document.querySelectorAll('figure svg')) {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        for (const t of svg.querySelectorAll('text')) {
          min = Math.min(min, parseFloat(getComputedStyle(t).fontSize) * scale);
        }
      }
      return min;
      """;

  @BeforeAll
  static void open() throws Exception {
    HeadlessChromium.require();
    Files.createDirectories(OUT);
    Evidence e = SeedFixture.evidence();
    StudyData data = new StudyData(e.dyad(), e.gazetteer(), e.catalogue(), e.sources(), e.observations());
    Path html = OUT.resolve("dossier.html");
    Files.writeString(html, new HtmlRenderer().render(DossierBuilder.build(data, DossierOptions.standard()
        .withColophon(new Colophon("test", "0000000", "2026-01-01", "/tmp/ws", "sha256:test")))
        .withSupplements(io.dyadscope.testdata.SyntheticSupplements.all())).mainText(),
        StandardCharsets.UTF_8);
    driver = HeadlessChromium.start(Files.createTempDirectory(OUT, "profile-"));
    driver.get(html.toAbsolutePath().toUri().toString());
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void atFourHundredPixelsOnlyScrollContainersAreWiderThanTheScreen() throws Exception {
    HeadlessChromium.viewport(driver, 400, 900);
    assertThat((List<?>) driver.executeScript(OVERFLOWING)).isEmpty();
    screenshot(400, "dossier-400.png");
  }

  @Test
  void chartTextIsAtLeastTenPixelsAtEveryWidth() throws Exception {
    for (int width : List.of(400, 1280)) {
      HeadlessChromium.viewport(driver, width, 900);
      assertThat(((Number) driver.executeScript(SMALLEST_CHART_TEXT)).doubleValue()).as("at %d px", width)
          .isGreaterThanOrEqualTo(10.0);
    }
  }

  @Test
  void atTwelveHundredAndEightyPixelsNothingOverflows() throws Exception {
    HeadlessChromium.viewport(driver, 1280, 900);
    assertThat((List<?>) driver.executeScript(OVERFLOWING)).isEmpty();
    screenshot(1280, "dossier-1280.png");
  }

  @Test
  void axeFindsNoAccessibilityViolationAtEitherWidth() {
    for (int width : List.of(400, 1280)) {
      HeadlessChromium.viewport(driver, width, 900);
      assertThat(io.dyadscope.testkit.Accessibility.violations(driver)).as("at %d px", width).isEmpty();
    }
  }

  @Test
  void evidenceIsANumberedLinkToItsRowInTheAppendix() {
    // each finding's evidence: numbers, not ids, each leading to the appendix row that carries that number
    @SuppressWarnings("unchecked")
    List<String> bad = (List<String>) driver.executeScript("""
        const bad = [];
        for (const a of document.querySelectorAll('sup.ev a')) {
          const row = document.getElementById(a.getAttribute('href').slice(1));
          if (!/^[0-9]+$/.test(a.textContent) || !row || row.cells[0].textContent !== a.textContent) bad.push(a.outerHTML);
        }
        if (document.querySelectorAll('sup.ev a').length === 0) bad.push('no evidence links');
        return bad;""");
    assertThat(bad).isEmpty();
  }

  @Test
  void itPrintsOnA4WithTablesWithinThePage() throws Exception {
    // A4 at 96 dpi is 794 px wide; the print margins leave about 703 px
    HeadlessChromium.viewport(driver, 703, 900);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat((List<?>) driver.executeScript(OVERFLOWING.replace("ox === 'auto' || ox === 'scroll'", "false")))
          .isEmpty();
      screenshot(703, "dossier-a4-print.png");
      Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
          "paperHeight", 11.69, "printBackground", true, "preferCSSPageSize", true));
      byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
      Files.write(OUT.resolve("dossier-a4.pdf"), bytes);
      assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  /** A screenshot of the whole page at {@code width}. */
  private static void screenshot(int width, String name) throws Exception {
    long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
    HeadlessChromium.viewport(driver, width, (int) Math.min(height, 30000));
    Files.write(OUT.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    HeadlessChromium.viewport(driver, width, 900);
  }
}
