package io.dyadscope.analysis.scoring;

import io.dyadscope.analysis.Interval;
import io.dyadscope.evidence.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A projection someone made, to be scored once the period is observed.
 *
 * @param forecaster who made it: a source id ({@code jssa-2025}) or {@code dyadscope}
 * @param indicator  catalogue id
 * @param subject    what it is about
 * @param period     the period projected
 * @param value      the projected value
 * @param p80        its 80% interval, when it gave one
 */
public record Projection(String forecaster, String indicator, String subject, Period period, double value,
    Optional<Interval> p80) {

  public Projection {
    Objects.requireNonNull(forecaster, "forecaster");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(p80, "p80");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("projection of " + indicator + " " + period + " is not finite: " + value);
    }
  }

  /** The target this projection is about: indicator, subject, period. */
  public String target() {
    return indicator + "|" + subject + "|" + period;
  }
}
