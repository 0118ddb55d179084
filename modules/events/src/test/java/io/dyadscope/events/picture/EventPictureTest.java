package io.dyadscope.events.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An event picture is by month or by year: charts and tables read its periods by that word. */
class EventPictureTest {

  private static EventPicture by(String by) {
    return new EventPicture("PAK-AFG", by, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  @Test
  void monthAndYearAreTheTwoWaysToCount() {
    assertThat(by("month").by()).isEqualTo("month");
    assertThat(by("year").by()).isEqualTo("year");
  }

  @Test
  void anyOtherPeriodIsRefused() {
    assertThatThrownBy(() -> by("week")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an event picture is by month or by year, not 'week'");
  }
}
