package io.dyadscope.dossier.forecasts;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.analysis.monthly.Evaluation;
import io.dyadscope.analysis.monthly.KeptForecast;
import io.dyadscope.analysis.monthly.MonthlyForecast;
import io.dyadscope.analysis.monthly.MonthlyModel;
import io.dyadscope.analysis.monthly.MonthlyOptions;
import io.dyadscope.analysis.monthly.MonthlySeries;
import io.dyadscope.analysis.monthly.RollingOrigin;
import io.dyadscope.render.chart.Charts;
import io.dyadscope.render.dossier.HtmlRenderer;
import io.dyadscope.render.dossier.JsonRenderer;
import io.dyadscope.render.dossier.MarkdownRenderer;
import io.dyadscope.render.dossier.Rendition;
import io.dyadscope.dossier.supplements.EventFigure;
import io.dyadscope.dossier.supplements.EventPart;
import io.dyadscope.dossier.supplements.ForecastParts;
import io.dyadscope.dossier.supplements.GridTable;
import io.dyadscope.dossier.supplements.Supplements;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.testdata.SeedFixture;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The monthly forecasts section, on a SYNTHETIC series of 60 months. */
class MonthlyForecastSectionTest {

  static MonthlySeries series() {
    double[] v = new double[60];
    for (int i = 0; i < v.length; i++) {
      v[i] = 20 + ((i * 7919) % 13) - 6;
    }
    return new MonthlySeries("events, synthetic, PAK-AFG", YearMonth.of(2019, 1), v);
  }

  static MonthlyForecastSection section(List<KeptForecast.Outturn> record) {
    MonthlySeries s = series();
    Evaluation e = RollingOrigin.evaluate(s, MonthlyOptions.standard());
    MonthlyForecast f = MonthlyForecast.all(s, MonthlyOptions.standard()).stream().filter(x -> x.model() == e.best())
        .findFirst().orElseThrow();
    return MonthlyForecastSection.of("PAK-AFG", "UCDP Georeferenced Event Dataset", "ucdp-ged", "events", s, f, e,
        "2023-12/sha256:abc", record);
  }

  @Test
  void withoutEventsTheSectionSaysHowToImportThem() {
    EventPart p = ForecastParts.of(MonthlyForecastSection.none("PAK-AFG"), Map.of());
    assertThat(p.figures()).isEmpty();
    assertThat(p.tables()).isEmpty();
    assertThat(p.text()).singleElement().asString().startsWith("No events imported for PAK-AFG")
        .contains("dyadscope import events FILE...");
  }

  @Test
  void theFanStartsAtTheLastMonthAndCarriesEachMonthsIntervalsInItsCsv() {
    EventPart p = ForecastParts.of(section(List.of()), Map.of());
    assertThat(p.figures()).extracting(EventFigure::id).containsExactly("forecast-monthly-fan", "forecast-monthly-crps");
    EventFigure fan = p.figures().get(0);
    List<String> csv = fan.csv().lines().toList();
    assertThat(csv).hasSize(1 + 48 + 6);
    assertThat(csv.get(0)).isEqualTo("month,observed,median,lo80,hi80,lo95,hi95,mean");
    assertThat(csv.get(48)).startsWith("2023-12,").endsWith(",,,,,,");
    assertThat(csv.get(49)).startsWith("2024-01,,");
    assertThat(Charts.draw(fan.plot())).contains("class=\"band95\"", "class=\"band80\"", "class=\"median\"",
        "data-period=\"2024-06\"", "[ucdp-ged]");
    assertThat(fan.sources().text()).isEqualTo("Source: UCDP Georeferenced Event Dataset [ucdp-ged].");
  }

  @Test
  void theEvaluationTableHasEveryModelAndHorizonWithBothBaselines() {
    EventPart p = ForecastParts.of(section(List.of()), Map.of());
    GridTable t = p.tables().get(1);
    assertThat(t.id()).isEqualTo("forecast-monthly-evaluation");
    assertThat(t.headers()).contains("Skill vs no-change", "Skill vs Poisson", "Ignorance (bits)");
    assertThat(t.rows()).hasSize(MonthlyModel.values().length * 6);
    assertThat(t.rows().get(0).subList(0, 2)).containsExactly("no-change (baseline)", "1");
    assertThat(t.rows().get(0).get(4)).isEqualTo("0%");
  }

  @Test
  void aSeriesTooShortToTestHasTheFanAndQuantilesButNoRecord() {
    MonthlySeries shortSeries = new MonthlySeries("events", YearMonth.of(2023, 1), new double[] {2, 1, 1});
    MonthlyOptions o = MonthlyOptions.standard();
    Evaluation e = RollingOrigin.evaluate(shortSeries, o);
    MonthlyForecastSection s = MonthlyForecastSection.of("PAK-AFG", "GDELT Event Database", "gdelt-events", "events",
        shortSeries, MonthlyForecast.all(shortSeries, o).get(0), e, "2023-03/sha256:0", List.of());
    EventPart p = ForecastParts.of(s, Map.of());
    assertThat(p.figures()).extracting(EventFigure::id).containsExactly("forecast-monthly-fan");
    assertThat(p.tables()).extracting(GridTable::id).containsExactly("forecast-monthly-quantiles");
    assertThat(p.text().get(1)).startsWith("The series is too short to test the forecasts");
    assertThat(p.text().get(0)).contains("The fan shows the no-change model, the simplest, as the series is too short"
        + " to compare the models");
  }

  @Test
  void theTextGivesTheRecordsSentenceAndSaysNoForecastIsKeptYet() {
    MonthlyForecastSection s = section(List.of());
    assertThat(s.text()).hasSize(3);
    assertThat(s.text().get(1)).isEqualTo(s.evaluation().orElseThrow().sentence());
    assertThat(s.text().get(2)).startsWith("No forecast has been kept yet");
  }

  @Test
  void theLatestKeptForecastIsShownWithItsRecord() {
    double[] q = new double[99];
    Arrays.fill(q, 0, 50, 10);
    Arrays.fill(q, 50, 99, 20);
    KeptForecast k1 = new KeptForecast(LocalDate.of(2023, 6, 1), "ENSEMBLE", YearMonth.of(2023, 5),
        YearMonth.of(2023, 6), 1, "2023-05/sha256:0", 15, q);
    KeptForecast k2 = new KeptForecast(LocalDate.of(2023, 6, 1), "ENSEMBLE", YearMonth.of(2023, 5),
        YearMonth.of(2023, 7), 2, "2023-05/sha256:0", 15, q);
    List<KeptForecast.Outturn> record = KeptForecast.scored(List.of(k1, k2), new MonthlySeries("x",
        YearMonth.of(2023, 6), new double[] {12}));
    MonthlyForecastSection s = section(record);
    // CRPS of 12 against 50 percentiles at 10 and 49 at 20: 2 (50/99)^2 + 8 (49/99)^2 = 2.47
    assertThat(s.text().get(2)).isEqualTo("Latest kept forecast: made 2023-06-01 by the ensemble model from data"
        + " through 2023-05 (version 2023-05/sha256:0), median 10 for 2023-06 with a 90% interval of 10 to 20. Its"
        + " record: 1 of 2 kept months observed, 1 inside their 90% interval, mean CRPS 2.47.");
    GridTable kept = ForecastParts.of(s, Map.of()).tables().get(2);
    assertThat(kept.rows().get(0)).containsExactly("2023-06-01", "2023-05", "2023-05/sha256:0", "ensemble", "2023-06",
        "10", "10 to 20", "12", "2.47", "yes");
    assertThat(kept.rows().get(1).get(7)).isEqualTo("not yet");
  }

  @Test
  void theSectionIsPrintedInHtmlMarkdownAndJson() {
    Supplements sup = Supplements.NONE.withForecasts(ForecastParts.of(section(List.of()), Map.of()));
    Dossier d = SeedFixture.dossier().withSupplements(sup);
    String html = new HtmlRenderer().render(d).mainText();
    assertThat(html).contains("<section id=\"forecasts\">", "Monthly forecasts", "id=\"forecast-monthly-fan\"",
        "<h3 id=\"forecast-monthly-evaluation\">");
    Rendition md = new MarkdownRenderer().render(d);
    assertThat(md.mainText()).contains("Monthly forecasts", "figure");
    assertThat(md.files()).containsKey("dossier-PAK-AFG-figures/forecast-monthly-fan.svg");
    assertThat(new JsonRenderer().render(d).mainText()).contains("\"forecasts\"", "forecast-monthly-evaluation");
  }
}
