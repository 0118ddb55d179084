package io.dyadscope.app;

import io.dyadscope.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.app.events.EventImportService;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.supplements.EventFigure;
import io.dyadscope.dossier.supplements.EventPart;
import io.dyadscope.dossier.supplements.GridTable;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.importers.StatisticsFormats;
import io.dyadscope.importers.Progress;
import io.dyadscope.render.chart.Charts;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report gathers the event picture, the official statistics and the grounded texts from the
 * workspace and shows them in every format.
 */
class ReportSupplementsTest {

  static final Dyad PAK_AFG = Dyad.parse("PAK-AFG");

  @TempDir
  Path dir;

  Application app() {
    return new Application(new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE, null));
  }

  /** A workspace with the paper's figures only, so that a synthetic file's events are all the events. */
  Application paperOnly() {
    return new Application(new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE, null,
        DefaultDataset.standard().withoutPack()));
  }

  Dossier report(Application app) {
    return app.reports().build(new ReportService.Request(PAK_AFG, null, null, null));
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(ReportSupplementsTest.class.getResource("events/" + name).toURI());
  }

  @Test
  void withSyntheticUcdpEventsTheEventSectionChartsExactMonthlyCountsCitingTheDataset() throws Exception {
    Application app = paperOnly();
    app.events().importFiles(new EventImportService.Request(List.of(fixture("synthetic-ucdp-ged.csv")), null, false,
        dir.resolve("rejects.txt"), PAK_AFG, false), null);
    Dossier d = report(app);
    EventPart events = d.supplements().events().orElseThrow();
    assertThat(events.text()).containsExactly("UCDP Georeferenced Event Dataset: 4 events for PAK-AFG, 2023-01 to"
        + " 2023-03.");
    assertThat(events.figures()).extracting(EventFigure::id)
        .containsExactly("events-ucdp-types", "events-ucdp-fatalities");
    // the fixture's rows 9001 and 9002 (January, state-based), 9003 (February, one-sided) and 9004 (March,
    // state-based) touch Pakistan or Afghanistan; 9005 (New Delhi) does not
    EventFigure types = events.figures().get(0);
    assertThat(types.csv().lines().skip(1).toList()).containsExactly("2023-01,2,0", "2023-02,0,1", "2023-03,1,0");
    // deaths best, low, high: 5+2, 4+2, 8+3 in January; 4, 4, 10 in February; 6, 5, 9 in March
    EventFigure deaths = events.figures().get(1);
    assertThat(deaths.csv()).isEqualTo("period,best estimate,best estimate low,best estimate high\n"
        + "2023-01,7,6,11\n2023-02,4,4,10\n2023-03,6,5,9\n");
    assertThat(types.sources().sourceIds()).containsExactly("ucdp-ged");
    assertThat(Charts.draw(types.plot())).contains("<g class=\"source\"", "[ucdp-ged]");

    Path out = dir.resolve("out");
    app.reports().write(d, out);
    String html = Files.readString(out.resolve("dossier.html"));
    assertThat(html).contains("<section id=\"events\">", "<figure id=\"events-ucdp-fatalities\" class=\"event\">",
        "class=\"source\" data-sources=\"ucdp-ged\"", "download=\"events-ucdp-types.csv\"");
    assertThat(Files.readString(out.resolve("dossier-figures/events-ucdp-types.csv"))).isEqualTo(types.csv());
    assertThat(Files.readString(out.resolve("dossier.md"))).contains("## 7. Event picture",
        "](dossier-figures/events-ucdp-fatalities.svg)", types.sources().text().replace("[", "\\[").replace("]", "\\]"));
    assertThat(Files.readString(out.resolve("dossier.json"))).contains("\"csv_file\" : \"events-ucdp-types.csv\"");
  }

  @Test
  void theDefaultDossierShowsTheGroundedSectionSaysHowToImportEventsAndAddsNoOfficialTable() throws Exception {
    Application app = paperOnly();
    Dossier d = report(app);
    var grounded = d.supplements().grounded().orElseThrow();
    assertThat(grounded.section().documents()).isEqualTo(10);
    assertThat(grounded.section().themes()).hasSize(8).filteredOn(t -> t.passages() > 0).hasSizeGreaterThan(5)
        .allSatisfy(t -> assertThat(t.excerpts()).isNotEmpty());
    GridTable byLens = grounded.byLens().orElseThrow();
    assertThat(byLens.headers()).containsExactly("Theme", "Passages", "Documents", "Realism", "Constructivism",
        "Liberalism");
    assertThat(byLens.sources().sourceIds()).contains("wp-afghans-in-pakistan", "wp-torkham-border-crossing");
    assertThat(grounded.lensText()).hasSize(3).allSatisfy(p -> assertThat(p).containsPattern("rests on P\\d+"));
    assertThat(d.supplements().official()).isEmpty();
    assertThat(d.supplements().events().orElseThrow().text()).singleElement()
        .satisfies(t -> assertThat(t).contains("dyadscope import events FILE"));
    assertThat(d.supplements().forecasts().orElseThrow().text()).singleElement()
        .satisfies(t -> assertThat(t).startsWith("No events imported for PAK-AFG"));

    Path out = dir.resolve("out");
    app.reports().write(d, out);
    String html = Files.readString(out.resolve("dossier.html"));
    assertThat(html).contains("<section id=\"texts\">", "<blockquote id=\"passage-P1\">",
        "data-sources=\"" + String.join(" ", byLens.sources().sourceIds()) + "\"")
        .doesNotContain("<section id=\"official\">");
    assertThat(Files.readString(out.resolve("dossier.md"))).contains("## 10. Grounded in the texts", "> **P1** “");
    // a second report only reads: the corpus was loaded once, and its index marks the workspace's corpus as in use
    assertThat(dir.resolve("ws").resolve("index")).isDirectory();
    assertThat(report(app).supplements().grounded().orElseThrow().section().passages())
        .isEqualTo(grounded.section().passages());
  }

  @Test
  void anotherDyadsDossierQuotesNoneOfTheDefaultCorpusTextsOnPakistanAndAfghanistan() throws Exception {
    Application app = app();
    report(app); // loads the default corpus (ten texts, each recorded as concerning AFG and PAK)
    Path figures = dir.resolve("ind-pak.csv"); // synthetic figure, so that the dyad has a dossier
    Files.writeString(figures, "indicator,dyad,subject,period,value,unit,status,source,reported_by,note\n"
        + "trade.total,IND-PAK,IND-PAK,2022,100,USD million,observed,wb-wdi,,synthetic\n");
    app.imports().indicators(figures, null);
    Dossier d = app.reports().build(new ReportService.Request(Dyad.parse("IND-PAK"), null, null, null));
    var grounded = d.supplements().grounded().orElseThrow();
    assertThat(grounded.section().documents()).isZero();
    assertThat(grounded.section().passages()).isZero();
    assertThat(grounded.section().howToAdd()).startsWith("None of the corpus's 10 documents concerns both IND and PAK");
    Path out = dir.resolve("ind-pak");
    app.reports().write(d, out);
    assertThat(Files.readString(out.resolve("dossier.md"))).doesNotContain("> **P1**", "voa-2023-02-torkham-closure",
        "wp-afghans-in-pakistan", "wp-durand-line-lead");
  }

  @Test
  void afterTheRealUnhcrImportTheRefugeeThemeShowsTheOfficialSeriesBesideTheStudysFigures() throws Exception {
    Path file = SharedData.data("real/unhcr/population-2015-2023.csv");
    Application app = app();
    app.statistics().importFile(StatisticsFormats.UNHCR, file, List.of(PAK_AFG), Progress.NONE);
    Dossier d = report(app);
    GridTable refugees = d.supplements().official().stream().filter(t -> t.id().equals("refugees-official"))
        .findFirst().orElseThrow();
    assertThat(refugees.theme()).isEqualTo("refugees");
    assertThat(refugees.rows()).contains(List.of("PAK", "2023", "1,987,717", "1,420,000",
        "Journal for Social Science Archives 2025, Introduction", "-567,717", "-28.6%"));
    assertThat(refugees.sources().sourceIds()).contains("unhcr-rdf");

    Path out = dir.resolve("out");
    app.reports().write(d, out);
    String html = Files.readString(out.resolve("dossier.html"));
    int theme = html.indexOf("<h3 id=\"theme-refugees\">");
    int table = html.indexOf("<h4 id=\"refugees-official\">");
    assertThat(theme).isPositive();
    assertThat(table).isGreaterThan(theme).isLessThan(html.indexOf("<h3 id=\"theme-geopolitics\">"));
    assertThat(html).contains("data-sources=\"" + String.join(" ", refugees.sources().sourceIds()) + "\"");
    assertThat(Files.readString(out.resolve("dossier.md"))).contains("#### " + refugees.title(),
        "| PAK | 2023 | 1,987,717 | 1,420,000 |");
    assertThat(Files.readString(out.resolve("dossier.json"))).contains("\"id\" : \"refugees-official\"");
  }
}
