package io.dyadscope.analysis.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.analysis.Forecast;
import io.dyadscope.analysis.Forecaster;
import io.dyadscope.analysis.Interval;
import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.Series;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Synthetic figures and sources, made up for these tests. */
class ScoringTest {

  private static final Map<String, Source> SOURCES = Map.of(
      "paper", new Source("paper", "A paper", "A journal", SourceKind.SCHOLARLY, Grade.C, 2025, ""),
      "bank", new Source("bank", "A central bank", "Central bank", SourceKind.OFFICIAL, Grade.B, 2023, ""),
      "stats", new Source("stats", "Trade statistics", "Statistics office", SourceKind.OFFICIAL, Grade.B, 2024, ""),
      "io", new Source("io", "An organisation", "Organisation", SourceKind.INTERNATIONAL_ORGANISATION, Grade.B, 2024, ""));

  private static Observation fact(String source, int year, double v, Status s) {
    return new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(year), v, "USD million", s, source,
        s == Status.REPORTED ? "paper" : "", "", "");
  }

  private static Observation projection(String source, int year, double v) {
    return new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(year), v, "USD million",
        Status.PROJECTION, source, "", "", "");
  }

  @Test
  void gradeDecidesFirstThenKindThenStatus() {
    SourcePreference p = SourcePreference.standard();
    SourcePreference.Choice byGrade = p.choose(List.of(fact("paper", 2022, 2000, Status.OBSERVED),
        fact("bank", 2022, 1900, Status.REPORTED)), SOURCES);
    assertThat(byGrade.chosen().source()).isEqualTo("bank");
    assertThat(byGrade.reason()).endsWith(": grade B beats grade C");
    SourcePreference.Choice byKind = p.choose(List.of(fact("io", 2022, 1950, Status.OBSERVED),
        fact("stats", 2022, 1900, Status.OBSERVED)), SOURCES);
    assertThat(byKind.chosen().source()).isEqualTo("stats");
    assertThat(byKind.reason()).endsWith(": official sources come before international organisation ones");
    SourcePreference.Choice byStatus = p.choose(List.of(fact("bank", 2022, 1950, Status.REPORTED),
        fact("stats", 2022, 1900, Status.OBSERVED)), SOURCES);
    assertThat(byStatus.reason()).isEqualTo("1,900 from Statistics office 2024 (official, grade B) preferred over 1,950 from"
        + " Central bank 2023 (official, grade B) as reported by paper: a first-hand (observed) figure comes before a"
        + " reported one");
  }

  @Test
  void aBrokenRuleFileIsNamed() {
    String json = "{\"order\":[\"grade\",\"colour\"],\"grades\":[],\"kinds\":[],\"statuses\":[]}";
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourcePreference.read("rule.json",
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .hasMessage("rule.json: order: unknown criterion 'colour' (expected grade, kind or status)");
  }

  @Test
  void theScorecardScoresProjectionsAgainstThePreferredOutturn() {
    List<Observation> obs = List.of(fact("stats", 2024, 1000, Status.OBSERVED), fact("paper", 2024, 1300, Status.OBSERVED),
        projection("paper", 2024, 1400), projection("paper", 2030, 5000));
    Projection ours = new Projection("dyadscope", "trade.total", "PAK-AFG", Period.ofYear(2024), 1100,
        Optional.of(new Interval(900, 1200)));
    Scorecard s = Scorecard.fromObservations(obs, List.of(ours), SOURCES, SourcePreference.standard());
    assertThat(s.rows()).extracting(r -> r.projection().forecaster() + " " + r.error() + " " + r.percentError() + " "
        + r.inside80()).containsExactly("dyadscope 100.0 10.0 Optional[true]", "paper 400.0 40.0 Optional.empty");
    assertThat(s.rows().get(0).outturn().sourceId()).isEqualTo("stats");
    assertThat(s.ranking()).extracting(ForecasterScore::forecaster).containsExactly("dyadscope", "paper");
    assertThat(s.verdict()).isEqualTo("dyadscope did better: mean absolute error 10.0% over 1 projection, against 40.0%"
        + " for paper over 1; on the 1 targets both projected, dyadscope was closer 1 time.");
  }

  @Test
  void withoutOutturnsNothingIsScored() {
    Scorecard s = Scorecard.fromObservations(List.of(projection("paper", 2030, 5000)), List.of(), SOURCES,
        SourcePreference.standard());
    assertThat(s.rows()).isEmpty();
    assertThat(s.verdict()).isEqualTo("No projection can be scored yet: none of the projected periods has an observed value.");
  }

  @Test
  void aSeriesWithManySourcesSaysWhichItUsesAndWhy() {
    SourceView v = SourceView.of("trade.total", "PAK-AFG", List.of(fact("paper", 2022, 2000, Status.OBSERVED),
        fact("stats", 2022, 1900, Status.OBSERVED), fact("stats", 2023, 1500, Status.OBSERVED)), SOURCES,
        SourcePreference.standard());
    assertThat(v.hasManySources()).isTrue();
    assertThat(v.periods()).extracting(p -> p.period() + " " + p.manySources()).containsExactly("2022 true", "2023 false");
    assertThat(v.preferred()).extracting(Observation::value).containsExactly(1900.0, 1500.0);
  }

  @Test
  void everyMethodsBacktestErrorIsShownWithTheChosenMarked() {
    List<Point> points = new ArrayList<>();
    double[] y = {10, 12, 13, 15, 18, 19, 21, 24, 25, 27, 30, 31};
    for (int i = 0; i < y.length; i++) {
      points.add(new Point(Period.ofYear(2010 + i), y[i], List.of("o" + i), List.of("s")));
    }
    Forecast f = (Forecast) Forecaster.standard().forecast(new Series("x", "y", points), Period.ofYear(2022),
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    List<MethodErrors> e = MethodErrors.of(f);
    assertThat(e).hasSize(f.backtestError().size()).hasSizeGreaterThan(1);
    assertThat(e.stream().filter(MethodErrors::chosen)).singleElement().satisfies(m -> {
      assertThat(m.method()).isEqualTo(f.method());
      assertThat(m.meanAbsoluteError()).isEqualTo(e.stream().mapToDouble(MethodErrors::meanAbsoluteError).min().orElseThrow());
    });
  }
}
