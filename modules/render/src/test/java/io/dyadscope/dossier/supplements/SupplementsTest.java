package io.dyadscope.dossier.supplements;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.dossier.Dossier;
import io.dyadscope.render.chart.Charts;
import io.dyadscope.render.dossier.HtmlRenderer;
import io.dyadscope.render.dossier.JsonRenderer;
import io.dyadscope.render.dossier.MarkdownRenderer;
import io.dyadscope.render.dossier.Rendition;
import io.dyadscope.testdata.SeedFixture;
import io.dyadscope.testdata.SyntheticSupplements;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The supplementary sections in the seed dossier (data SYNTHETIC, see {@link SyntheticSupplements}). */
class SupplementsTest {

  static Dossier dossier(Supplements s) {
    return SeedFixture.dossier().withSupplements(s);
  }

  @Test
  void eventChartsCarryTheirCountsAsCsvAndCiteTheDatasetsSourceId() {
    EventPart e = SyntheticSupplements.all().events().orElseThrow();
    assertThat(e.figures()).extracting(EventFigure::id).containsExactly("events-gdelt-types", "events-ucdp-types",
        "events-ucdp-fatalities", "events-gdelt-goldstein");
    EventFigure ucdp = e.figures().get(1);
    assertThat(ucdp.csv()).isEqualTo("period,state-based,one-sided\n2023-01,2,0\n2023-02,0,0\n2023-03,1,1\n");
    assertThat(e.figures().get(2).csv()).isEqualTo("period,best estimate,best estimate low,best estimate high\n"
        + "2023-01,7,6,11\n2023-02,0,0,0\n2023-03,10,9,19\n");
    assertThat(ucdp.sources().sourceIds()).containsExactly("ucdp-ged");
    assertThat(ucdp.sources().text()).isEqualTo("Source: UCDP Georeferenced Event Dataset [ucdp-ged].");
    assertThat(Charts.draw(ucdp.plot())).contains("<g class=\"source\"", "[ucdp-ged]", "data-series=\"one-sided\"");
    assertThat(e.tables()).extracting(GridTable::id).containsExactly("events-agreement");
    assertThat(e.tables().get(0).sources().sourceIds()).containsExactly("gdelt-events", "ucdp-ged");
  }

  @Test
  void officialTablesNameTheIdsOfTheSourcesTheyCiteAndSitUnderTheirTheme() {
    GridTable t = SyntheticSupplements.all().official().get(0);
    assertThat(t.sources().sourceIds()).containsExactly("unhcr-2023");
    assertThat(t.theme()).isEqualTo("refugees");
    assertThat(t.numeric()).containsExactly(false, false, true);
    String html = new HtmlRenderer().render(dossier(SyntheticSupplements.all())).mainText();
    int theme = html.indexOf("<h3 id=\"theme-refugees\">");
    assertThat(html.indexOf("<h4 id=\"refugees-official\">")).isGreaterThan(theme)
        .isLessThan(html.indexOf("<h3 id=\"theme-geopolitics\">"));
    assertThat(html).doesNotContain("<section id=\"official\">");
  }

  @Test
  void everyNewTableAndFigureHasASourceLineInHtmlMarkdownAndJson() {
    Dossier d = dossier(SyntheticSupplements.all());
    String html = new HtmlRenderer().render(d).mainText();
    Rendition md = new MarkdownRenderer().render(d);
    String json = new JsonRenderer().render(d).mainText();
    Matcher figure = Pattern.compile("(?s)<figure id=\"events-[^\"]+\" class=\"event\">.*?</figure>").matcher(html);
    int figures = 0;
    while (figure.find()) {
      figures++;
      assertThat(figure.group()).containsPattern("class=\"source\" data-sources=\"[a-z0-9-]+")
          .contains("<g class=\"source\"", "download=\"events-");
    }
    assertThat(figures).isEqualTo(4);
    var s = d.supplements();
    var tables = new java.util.ArrayList<>(s.official());
    tables.addAll(s.events().orElseThrow().tables());
    tables.add(s.grounded().orElseThrow().byLens().orElseThrow());
    for (GridTable t : tables) {
      assertThat(html).contains("data-sources=\"" + String.join(" ", t.sources().sourceIds()) + "\"");
      assertThat(md.mainText()).contains(t.sources().text().replace("[", "\\[").replace("]", "\\]"));
      assertThat(json).contains(t.sources().text());
    }
    assertThat(md.files()).containsKeys("dossier-PAK-AFG-figures/events-ucdp-types.svg",
        "dossier-PAK-AFG-figures/events-ucdp-types.csv");
    assertThat(html).contains("<section id=\"events\">", "<section id=\"texts\">", "<blockquote id=\"passage-P1\">",
        "Liberalism: 1 theme passage read through this lens, most in Trade and economy (1); it rests on P1.");
  }

  @Test
  void theSameSupplementsGiveTheSameBytes() {
    for (var r : java.util.List.of(new HtmlRenderer(), new MarkdownRenderer(), new JsonRenderer())) {
      assertThat(r.render(dossier(SyntheticSupplements.all())).files())
          .isEqualTo(r.render(dossier(SyntheticSupplements.all())).files());
    }
  }

  @Test
  void withoutSupplementsTheDossierHasNoNewSection() {
    String html = new HtmlRenderer().render(dossier(Supplements.NONE)).mainText();
    assertThat(html).doesNotContain("<section id=\"events\">", "<section id=\"texts\">", "<section id=\"official\">");
  }
}
