package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.testkit.SharedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthlyForecastCommandTest {

  @TempDir Path dir;

  @Test
  void withoutEventsItSaysHowToImportThem() {
    CliRun r = CliRun.of("forecast", "--monthly", "--workspace", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("No events imported for PAK-AFG: import ACLED, UCDP GED or GDELT files");
  }

  @Test
  void withoutMonthlyTheIndicatorIsRequired() {
    CliRun r = CliRun.of("forecast", "--workspace", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required parameter: 'INDICATOR' (or use --monthly)");
  }

  @Test
  void anUnknownMeasureIsAUsageError() {
    CliRun r = CliRun.of("forecast", "--monthly", "--measure", "deaths", "--workspace", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown measure 'deaths' (expected events or fatalities)");
  }

  @Test
  void onUcdpGedItPrintsSixMonthsPerModelAndTheEvaluationAgainstBothBaselines() {
    Path ged = SharedData.data("real/ucdp/ged-pakistan-hdx.csv");
    assertThat(CliRun.of("import", "events", ged.toString(), "--workspace", dir.toString()).code()).isZero();
    CliRun r = CliRun.of("forecast", "--monthly", "--dataset", "ucdp-ged", "--keep", "--workspace", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Monthly events, UCDP Georeferenced Event Dataset, PAK-AFG [ucdp-ged]: 396 months,"
        + " 1989-01 to 2021-12");
    assertThat(r.out().lines().filter(l -> l.startsWith("2022-06  6"))).hasSize(4);
    assertThat(r.out()).contains("skill vs no-change", "skill vs Poisson", "ignorance", "interval score 90%",
        "Rolling-origin evaluation: 372 origins, 1991-01 to 2021-12", "Kept in the workspace (monthly-forecasts.csv)");
    assertThat(r.out().lines().filter(l -> l.matches("(no-change|Poisson|negative binomial|ensemble) +[1-6] .*")))
        .hasSize(24);
    CliRun again = CliRun.of("forecast", "--monthly", "--workspace", dir.toString());
    String evaluation = r.out().substring(r.out().indexOf("Rolling-origin"), r.out().indexOf("Kept in the workspace"));
    assertThat(again.out()).contains(evaluation).contains("Kept forecasts", "not yet");
  }
}
