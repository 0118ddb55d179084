package io.dyadscope.store;

import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.imports.*;
import io.dyadscope.importers.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a workspace loaded once with {@link TestData}: nothing here writes. */
class WorkspaceQueryTest {

  @TempDir static Path dir;
  static Workspace ws;

  @BeforeAll
  static void load() throws Exception {
    ws = Workspace.open(dir);
    TestData.load(ws, TestData.OBSERVATIONS, TestData.SOURCES);
  }

  @AfterAll
  static void close() {
    ws.close();
  }

  @Test
  void allObservationsOrderedByIndicatorSubjectPeriodStatusSource() {
    assertThat(rows(ObservationQuery.all())).containsExactly(
        "refugees.registered PAK 2023 1400000",
        "refugees.share PK-KP 2024 60",
        "trade.balance PAK-AFG 2024 1050",
        "trade.exports PAK-AFG 2024 1400",
        "trade.exports PAK-AFG 2024-03 100",
        "trade.imports PAK-AFG 2024 350",
        "trade.total IND-PAK 2022 5",
        "trade.total PAK-AFG 2019 1700",
        "trade.total PAK-AFG 2021 1200",
        "trade.total PAK-AFG 2022 1900",
        "trade.total PAK-AFG 2024 1750");
  }

  @Test
  void observationsComeBackWithEveryField() {
    assertThat(ws.observations(ObservationQuery.all().indicator("refugees.registered"))).containsExactly(
        new Observation("refugees.registered", "PAK-AFG", "PAK", Period.ofYear(2023), 1_400_000, "count",
            Status.REPORTED, "unhcr-2023", "paper-2025", "", "more than 1.4 million"));
  }

  @Test
  void dyadFilter() {
    assertThat(rows(ObservationQuery.all().dyad("IND-PAK"))).containsExactly("trade.total IND-PAK 2022 5");
  }

  @Test
  void indicatorFilterIsExactUnlessItEndsWithADot() {
    assertThat(rows(ObservationQuery.all().indicator("trade.total"))).hasSize(5);
    assertThat(rows(ObservationQuery.all().indicator("trade."))).hasSize(9);
    assertThat(rows(ObservationQuery.all().indicator("trade.tot"))).isEmpty();
  }

  @Test
  void subjectStatusAndSourceFilters() {
    assertThat(rows(ObservationQuery.all().subject("PK-KP"))).containsExactly("refugees.share PK-KP 2024 60");
    assertThat(rows(ObservationQuery.all().status(Status.OBSERVED)))
        .containsExactly("trade.exports PAK-AFG 2024-03 100", "trade.total IND-PAK 2022 5");
    assertThat(rows(ObservationQuery.all().source("paper-2025").dyad("PAK-AFG"))).containsExactly(
        "refugees.share PK-KP 2024 60", "trade.balance PAK-AFG 2024 1050", "trade.exports PAK-AFG 2024 1400",
        "trade.imports PAK-AFG 2024 350", "trade.total PAK-AFG 2024 1750");
  }

  @Test
  void aYearRangeCoversTheMonthsOfItsYears() {
    assertThat(rows(ObservationQuery.all().indicator("trade.exports").from(Period.ofYear(2024)).to(Period.ofYear(2024))))
        .containsExactly("trade.exports PAK-AFG 2024 1400", "trade.exports PAK-AFG 2024-03 100");
    assertThat(rows(ObservationQuery.all().from(Period.ofYear(2022)).to(Period.ofYear(2022))))
        .containsExactly("trade.total IND-PAK 2022 5", "trade.total PAK-AFG 2022 1900");
  }

  @Test
  void aMonthRangeLeavesOutTheYearItLiesIn() {
    assertThat(rows(ObservationQuery.all().from(Period.ofMonth(2024, 1)).to(Period.ofMonth(2024, 6))))
        .containsExactly("trade.exports PAK-AFG 2024-03 100");
  }

  @Test
  void openEndedRanges() {
    assertThat(rows(ObservationQuery.all().dyad("PAK-AFG").indicator("trade.total").to(Period.ofYear(2021))))
        .containsExactly("trade.total PAK-AFG 2019 1700", "trade.total PAK-AFG 2021 1200");
    assertThat(rows(ObservationQuery.all().indicator("trade.total").from(Period.ofMonth(2022, 2))))
        .containsExactly("trade.total PAK-AFG 2024 1750");
  }

  @Test
  void dyadsCountsAndEmptiness() {
    assertThat(ws.dyads()).containsExactly("IND-PAK", "PAK-AFG");
    assertThat(ws.observationCount()).isEqualTo(11);
    assertThat(ws.isEmpty()).isFalse();
  }

  @Test
  void sourcesKeyedAndOrderedById() {
    assertThat(ws.sources().keySet()).containsExactly("paper-2025", "sbp-2023", "unhcr-2023");
    assertThat(ws.sources().get("unhcr-2023")).isEqualTo(new Source("unhcr-2023", "UNHCR (2023)", "UNHCR",
        SourceKind.INTERNATIONAL_ORGANISATION, Grade.A, 2023, "https://www.unhcr.org"));
    assertThat(ws.sources().get("sbp-2023").url()).isEmpty();
  }

  @Test
  void anotherThreadReadsThroughItsOwnConnection() throws Exception {
    long count = CompletableFuture.supplyAsync(() -> {
      try (Connection c = ws.newConnection(); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT count(*) FROM observations WHERE dyad = 'PAK-AFG'")) {
        r.next();
        return r.getLong(1);
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }).get();
    assertThat(count).isEqualTo(10);
  }

  private static List<String> rows(ObservationQuery q) {
    return ws.observations(q).stream()
        .map(o -> o.indicator() + " " + o.subject() + " " + o.period() + " " + java.math.BigDecimal.valueOf(o.value()).stripTrailingZeros().toPlainString())
        .toList();
  }
}
