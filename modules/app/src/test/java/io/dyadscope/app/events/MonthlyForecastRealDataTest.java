package io.dyadscope.app.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.analysis.monthly.MonthlyModel;
import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.events.picture.MonthlyCounts.Measure;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.store.Workspace;
import io.dyadscope.testkit.SharedData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monthly forecasts on the real UCDP GED Pakistan file (HDX export), skipped where it is absent. */
class MonthlyForecastRealDataTest {

  static final Dyad PAK_AFG = Dyad.parse("PAK-AFG");

  @TempDir static Path dir;

  static MonthlyForecastService service;

  static final String FILE = "data/real/ucdp/ged-pakistan-hdx.csv";

  @BeforeAll
  static void importTheFile() throws Exception {
    if (!SharedData.present(FILE)) {
      return;   // each test is then skipped by requireTheFile, rather than the class reported as zero tests
    }
    Path file = SharedData.data("real/ucdp/ged-pakistan-hdx.csv");
    try (Workspace ws = Workspace.open(dir)) {
      new EventImportService(ws).run(new EventImportService.Request(List.of(file), null, false, null, PAK_AFG, false),
          null);
    }
    service = new MonthlyForecastService(new WorkspaceAccess(dir, WorkspaceAccess.DEFAULT_PATIENCE, null),
        Clock.systemUTC());
  }

  @BeforeEach
  void requireTheFile() {
    SharedData.require(FILE);
  }

  private static MonthlyForecastService.View events() {
    return service.forecast(new MonthlyForecastService.Request(PAK_AFG, null, Measure.EVENTS, false));
  }

  @Test
  void theSeriesRunsEveryMonthFrom1989To2021() {
    MonthlyForecastService.View v = events();
    assertThat(v.series().start()).isEqualTo(YearMonth.of(1989, 1));
    assertThat(v.series().end()).isEqualTo(YearMonth.of(2021, 12));
    assertThat(v.series().size()).isEqualTo(396);
    assertThat(Arrays.stream(v.series().values()).sum()).isEqualTo(6416);
  }

  @Test
  void sixMonthsAreForecastByEveryModelAndEvaluatedFrom1991() {
    MonthlyForecastService.View v = events();
    assertThat(v.forecasts()).extracting(f -> f.model()).containsExactly(MonthlyModel.values());
    assertThat(v.forecasts()).allSatisfy(f -> assertThat(f.steps()).extracting(s -> s.month().toString())
        .containsExactly("2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06"));
    assertThat(v.evaluation().origins()).isEqualTo(372);
    assertThat(v.evaluation().first()).isEqualTo(YearMonth.of(1991, 1));
  }

  @Test
  void theEvaluationGivesTheSameNumbersOnASecondRun() {
    assertThat(events().evaluation()).isEqualTo(events().evaluation());
  }

  @Test
  void onThisSeriesTheEnsembleBeatsBothBaselinesAtEveryHorizon() {
    // measured, not assumed: the test fails if a change to the models loses the ensemble its lead
    var e = events().evaluation();
    assertThat(e.best()).isEqualTo(MonthlyModel.ENSEMBLE);
    for (int h = 1; h <= 6; h++) {
      assertThat(e.skill(MonthlyModel.ENSEMBLE, MonthlyModel.NO_CHANGE, h)).isPositive();
      assertThat(e.skill(MonthlyModel.ENSEMBLE, MonthlyModel.POISSON, h)).isPositive();
    }
  }
}
