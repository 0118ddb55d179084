package io.dyadscope.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.analysis.monthly.KeptForecast;
import io.dyadscope.analysis.monthly.MonthlyModel;
import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.events.picture.MonthlyCounts;
import io.dyadscope.events.picture.MonthlyCounts.Measure;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.UserError;
import io.dyadscope.store.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthlyForecastServiceTest {

  static final Dyad PAK_AFG = Dyad.parse("PAK-AFG");
  static final Clock DAY = Clock.fixed(Instant.parse("2023-04-01T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private MonthlyForecastService service() {
    return new MonthlyForecastService(new WorkspaceAccess(dir, WorkspaceAccess.DEFAULT_PATIENCE, null,
        io.dyadscope.app.DefaultDataset.standard().withoutPack()), DAY);
  }

  private void importEvents(String... fixtures) throws Exception {
    try (Workspace ws = Workspace.open(dir)) {
      new EventImportService(ws).run(new EventImportService.Request(
          List.of(fixtures).stream().map(EventImportServiceTest::fixture).toList(), null, false, null, PAK_AFG, false),
          null);
    }
  }

  @Test
  void countsEventsAndFatalitiesWithTheirRangePerMonthAndType() throws Exception {
    importEvents("synthetic-ucdp-ged.csv");
    MonthlyForecastService.View v = service().forecast(new MonthlyForecastService.Request(PAK_AFG, null,
        Measure.FATALITIES, false));
    MonthlyCounts c = v.counts();
    assertThat(c.lines()).containsExactly("2023-01,state-based,2,7,6,11", "2023-02,one-sided,1,4,4,10",
        "2023-03,state-based,1,6,5,9");
    assertThat(c.totals(Measure.EVENTS, null)).containsExactly(2, 1, 1);
    assertThat(c.totals(Measure.EVENTS, "one-sided")).containsExactly(0, 1, 0);
    assertThat(c.fatalityBounds(true)).containsExactly(11, 10, 9);
    assertThat(v.series().values()).containsExactly(7, 4, 6);
    assertThat(v.sourceId()).isEqualTo("ucdp-ged");
  }

  @Test
  void withoutEventsTheViewIsEmpty() {
    MonthlyForecastService.View v = service().forecast(new MonthlyForecastService.Request(PAK_AFG, null,
        Measure.EVENTS, false));
    assertThat(v.isEmpty()).isTrue();
    assertThatThrownBy(() -> service().forecast(new MonthlyForecastService.Request(PAK_AFG, null, Measure.EVENTS,
        true))).isInstanceOf(UserError.class).hasMessageContaining("no events for PAK-AFG");
  }

  @Test
  void aDatasetNotImportedIsNamedWithThoseThatAre() throws Exception {
    importEvents("synthetic-ucdp-ged.csv");
    assertThatThrownBy(() -> service().forecast(new MonthlyForecastService.Request(PAK_AFG, "acled-events",
        Measure.EVENTS, false))).isInstanceOf(UserError.class)
        .hasMessage("no acled-events events for the dyad in the workspace (it holds ucdp-ged)");
  }

  @Test
  void aKeptForecastIsScoredOnceLaterDataCoverItsMonths() throws Exception {
    importEvents("synthetic-ucdp-ged.csv");
    // events 2, 1, 1 in 2023-01..03: too short to test, so the no-change model; one month ahead it adds the
    // changes -1 and 0 to the last month's 1 (0 or 1, even odds), two months ahead the change -1 (0)
    MonthlyForecastService.View kept = service().forecast(new MonthlyForecastService.Request(PAK_AFG, "ucdp-ged",
        Measure.EVENTS, true));
    assertThat(kept.chosen()).isEqualTo(MonthlyModel.NO_CHANGE);
    assertThat(Files.readAllLines(dir.resolve(MonthlyForecastLog.FILE))).hasSize(7);
    assertThat(kept.record()).hasSize(6).noneMatch(KeptForecast.Outturn::scored);

    importEvents("synthetic-ucdp-later.csv");
    MonthlyForecastService.View later = service().forecast(new MonthlyForecastService.Request(PAK_AFG, "ucdp",
        Measure.EVENTS, false));
    List<KeptForecast.Outturn> record = later.record();
    assertThat(record).extracting(o -> o.kept().target()).containsExactly(YearMonth.of(2023, 4), YearMonth.of(2023, 5),
        YearMonth.of(2023, 6), YearMonth.of(2023, 7), YearMonth.of(2023, 8), YearMonth.of(2023, 9));
    KeptForecast.Outturn april = record.get(0);
    assertThat(april.kept().made()).hasToString("2023-04-01");
    assertThat(april.kept().dataVersion()).startsWith("2023-03/sha256:");
    // 2 events in April against percentiles 1-50 at 0 and 51-99 at 1: (50/99)^2 + 1; outside [0, 1]: 1 + 20 * 1
    assertThat(april.observed()).isEqualTo(2.0);
    assertThat(april.crps()).isCloseTo(Math.pow(50 / 99.0, 2) + 1, within(1e-12));
    assertThat(april.inside90()).isFalse();
    assertThat(april.intervalScore()).isCloseTo(21.0, within(1e-12));
    // 1 event in May against all mass on 0
    assertThat(record.get(1).crps()).isCloseTo(1.0, within(1e-12));
    assertThat(record.subList(2, 6)).noneMatch(KeptForecast.Outturn::scored);
  }
}
