package io.dyadscope.analysis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastTest {

  @Test
  void the80PercentIntervalLiesInsideThe95() {
    assertThatThrownBy(() -> new Forecast("trade.total", "PAK-AFG", Period.ofYear(2024), 10, new Interval(5, 15),
        new Interval(6, 14), "last value", Confidence.LOW, "basis", Map.of(), 3))
        .hasMessageContaining("not inside the 95% interval");
  }

  @Test
  void thePointLiesInsideThe80PercentInterval() {
    assertThatThrownBy(() -> new Forecast("trade.total", "PAK-AFG", Period.ofYear(2024), 20, new Interval(5, 15),
        new Interval(0, 25), "last value", Confidence.LOW, "basis", Map.of(), 3))
        .hasMessageContaining("outside its 80% interval");
  }

  @Test
  void anIntervalDoesNotRunBackwards() {
    assertThatThrownBy(() -> new Interval(3, 2)).hasMessageContaining("[3.0, 2.0]");
  }

  @Test
  void optionsLeavePointsToTestOn() {
    assertThatThrownBy(() -> new ForecastOptions(3, 3, 3)).hasMessageContaining("minBacktestPoints 3");
  }
}
