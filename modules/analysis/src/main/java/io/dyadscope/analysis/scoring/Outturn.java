package io.dyadscope.analysis.scoring;

import io.dyadscope.evidence.Period;
import java.util.Objects;

/**
 * What was observed for a projected target.
 *
 * @param indicator catalogue id
 * @param subject   what it is about
 * @param period    the period
 * @param value     the value observed
 * @param sourceId  the source of the value
 * @param why       why this value among several (the source preference's reason)
 */
public record Outturn(String indicator, String subject, Period period, double value, String sourceId, String why) {

  public Outturn {
    Objects.requireNonNull(period, "period");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("outturn of " + indicator + " " + period + " is not finite: " + value);
    }
  }

  public String target() {
    return indicator + "|" + subject + "|" + period;
  }
}
