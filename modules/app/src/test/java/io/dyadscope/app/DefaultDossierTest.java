package io.dyadscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.dossier.Chart;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.TableView;
import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.dossier.findings.Recommendation;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.render.chart.Charts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossier of the default workspace as a deliverable: honest about uncertainty, every table and
 * figure sourced in every format, stamped, and shorter than before without losing a finding, table
 * or recommendation.
 */
class DefaultDossierTest {

  /**
   * Words in the visible text of the default dossier's HTML before this rework (the golden text
   * kept at commit eaacecd, counted as {@link GoldenDossierTest#textOf} gives it).
   */
  static final int WORDS_BEFORE = 6550;

  @TempDir
  static Path dir;

  static Dossier dossier;
  static Path out;

  @BeforeAll
  static void writeTheDefaultDossier() throws IOException {
    // the paper's figures alone, the dossier this rework restructured; the default workspace with the evidence
    // pack is kept by GoldenDossierTest and audited by DossierAuditTest
    Application app = new Application(new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE, null,
        DefaultDataset.standard().withoutPack()));
    dossier = app.reports().build(new ReportService.Request(Dyad.parse("PAK-AFG"), null, null, null));
    out = dir.resolve("out");
    app.reports().write(dossier, out);
  }

  @Test
  void theSummaryNeverCountsATooUncertainIntervalAsSupport() {
    // trade and incidents 2024: forecasts from 3 points, intervals wider than the series' own range
    assertThat(dossier.summary()).anySatisfy(p -> assertThat(p).contains("Of the 27 published projections for 2024,"
        + " 2 stand beside a forecast too uncertain to judge them (made from fewer than 5 points, or with an 80%"
        + " interval wider than the series' own range), so they count neither for nor against"));
    assertThat(String.join(" ", dossier.summary())).doesNotContain("inside its 80% interval", "inside 80%");
    assertThat(dossier.tables()).flatExtracting(TableView::comparisons).extracting(c -> c.verdict())
        .containsOnly("too uncertain to judge");
  }

  @Test
  void everyFigureAndTableNamesItsSourcesInHtmlMarkdownAndJson() throws IOException {
    String html = Files.readString(out.resolve("dossier.html"));
    String md = Files.readString(out.resolve("dossier.md"));
    String json = Files.readString(out.resolve("dossier.json"));
    Matcher figure = Pattern.compile("(?s)<figure .*?</figure>").matcher(html);
    int figures = 0;
    while (figure.find()) {
      if (figure.group().contains("<svg ")) {
        figures++;
        assertThat(figure.group()).containsPattern("class=\"source\" data-sources=\"[a-z0-9-]+")
            .contains("<g class=\"source\"", "download=\"figure-");
      }
    }
    assertThat(figures).isEqualTo(dossier.charts().stream().filter(c -> !c.isEmpty()).count()).isGreaterThan(0);
    for (TableView t : dossier.tables()) {
      assertThat(t.sources().sourceIds()).as(t.id()).isNotEmpty();
      String line = t.sources().text();
      assertThat(html).contains("data-sources=\"" + String.join(" ", t.sources().sourceIds()) + "\"");
      assertThat(md).contains(line.replace("[", "\\[").replace("]", "\\]"));
      assertThat(json).contains(line);
    }
    for (Chart c : dossier.charts()) {
      if (!c.isEmpty()) {
        assertThat(c.sources().sourceIds()).as(c.id()).isNotEmpty();
        assertThat(Charts.draw(c.plot().orElseThrow())).contains(c.sources().sourceIds().get(0));
        assertThat(md).contains(c.sources().text().replace("[", "\\[").replace("]", "\\]"));
        assertThat(json).contains(c.sources().text());
        assertThat(out.resolve("dossier-figures").resolve(c.csvFile())).exists();
      }
    }
  }

  @Test
  void itIsShorterThanBeforeAndLosesNoFindingTableOrRecommendation() throws IOException {
    // the event picture, the grounded texts, the checked reported figures, the themes' observed series and the
    // forecasts of the observed series (the evidence pack's) are parts the dossier did not have before: left out
    String html = Files.readString(out.resolve("dossier.html"))
        .replaceAll("(?s)<section id=\"(events|texts|checked)\">.*?</section>", "")
        .replaceAll("(?s)<ul class=\"observed\">.*?</ul>", "")
        .replaceAll("(?s)<h3 id=\"observed-forecasts\">.*?</div>", "")
        // Table 6 holds the published total trade that stood in Table 1 before (moved so that no row sets one
        // source's total beside another's flows): the same figures, only its caption and headings are new
        .replaceAll("(?s)<h3 id=\"table-6\">.*?</section>", "</section>");
    assertThat(words(html)).isLessThan(WORDS_BEFORE);
    // the ids of the dossier before this rework (golden JSON at commit eaacecd)
    assertThat(dossier.findings()).extracting(Finding::id).containsExactlyInAnyOrder("trust.negative-view", "trust.negative-view-path",
        "trust.projected-positive-view", "trust.disagreements", "security.incidents-path",
        "security.incidents-projection", "security.incident-types", "security.support-counterterrorism",
        "trade.total-path", "trade.total-projection", "trade.flows", "refugees.registered-path",
        "refugees.registered-projection", "refugees.provinces", "geopolitics.initiative-investment",
        "perception.support-trade", "perception.projected-negative-view", "opportunities.initiatives",
        "opportunities.projected-support-trade");
    assertThat(dossier.tables()).extracting(TableView::id)
        .containsExactly("table-1", "table-2", "table-3", "table-4", "table-5", "table-6");
    assertThat(dossier.recommendations()).extracting(Recommendation::id).containsExactly("rec.trade",
        "rec.counterterrorism", "rec.refugees", "rec.connectivity", "rec.confidence-building", "rec.stakeholders");
  }

  /** Words of the visible text, counted as the golden text of {@link GoldenDossierTest} was. */
  static int words(String html) {
    String text = html.replaceAll("(?s)<(style|script)[^>]*>.*?</\\1>", "").replaceAll("<[^>]+>", " ")
        .replace("&amp;", "&").strip();
    return text.split("\\s+").length;
  }

  @Test
  void theColophonStampsVersionDateWorkspaceAndImportHistory() {
    var c = dossier.colophon();
    assertThat(c.version()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(c.date()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    assertThat(c.workspace()).isEqualTo(dir.resolve("ws").toAbsolutePath().toString());
    assertThat(c.importsDigest()).matches("sha256:[0-9a-f]{64} \\(1 import\\)");
  }

  @Test
  void everyObservationIdInTheTextHasAnAnchorInTheAppendix() throws IOException {
    String html = Files.readString(out.resolve("dossier.html"));
    Matcher link = Pattern.compile("href=\"#(o-[0-9a-f]+)\"").matcher(html);
    int links = 0;
    while (link.find()) {
      links++;
      assertThat(html).contains("<tr id=\"" + link.group(1) + "\">");
    }
    assertThat(links).isGreaterThan(0);
  }
}
