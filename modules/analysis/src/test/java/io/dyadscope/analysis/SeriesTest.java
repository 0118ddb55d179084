package io.dyadscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.Period;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class SeriesTest {

  static Point point(String period, double value) {
    return new Point(Period.parse(period), value, List.of("o-" + period), List.of("src"));
  }

  @Test
  void exposesValuesTimesAndPointsByPeriod() {
    Series s = new Series("trade.total", "PAK-AFG", List.of(point("2019", 1700), point("2021", 1200)));
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.values()).containsExactly(1700, 1200);
    assertThat(s.times()).containsExactly(2019, 2021);
    assertThat(s.first().value()).isEqualTo(1700);
    assertThat(s.last().period()).isEqualTo(Period.ofYear(2021));
    assertThat(s.at(Period.ofYear(2021))).map(Point::value).contains(1200.0);
    assertThat(s.at(Period.ofYear(2020))).isEmpty();
  }

  @Test
  void monthlyTimesAreMonthOrdinals() {
    Series s = new Series("trade.total", "PAK-AFG", List.of(point("2023-11", 1), point("2024-01", 2)));
    assertThat(s.times()).containsExactly(2023 * 12 + 10, 2024 * 12);
  }

  @Test
  void rejectsPeriodsOutOfOrderOrRepeated() {
    assertThatThrownBy(() -> new Series("trade.total", "PAK-AFG", List.of(point("2021", 1), point("2019", 2))))
        .hasMessageContaining("2019 after 2021");
    assertThatThrownBy(() -> new Series("trade.total", "PAK-AFG", List.of(point("2021", 1), point("2021", 2))))
        .hasMessageContaining("2021 after 2021");
  }

  @Test
  void rejectsMixedAnnualAndMonthlyPeriods() {
    assertThatThrownBy(() -> new Series("trade.total", "PAK-AFG", List.of(point("2021", 1), point("2022-01", 2))))
        .hasMessageContaining("mixes annual and monthly");
  }

  @Test
  void anEmptySeriesHasNoFirstPoint() {
    Series s = new Series("trade.total", "PAK-AFG", List.of());
    assertThat(s.isEmpty()).isTrue();
    assertThatThrownBy(s::first).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aPointCitesAtLeastOneObservation() {
    assertThatThrownBy(() -> new Point(Period.ofYear(2020), 1, List.of(), List.of("src")))
        .hasMessageContaining("cites no observation");
  }
}
