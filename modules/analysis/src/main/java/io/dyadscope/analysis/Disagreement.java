package io.dyadscope.analysis;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import java.util.List;
import java.util.Objects;

/**
 * Facts for one indicator, subject and period whose values do not agree within the precision they
 * were written with ({@link Precision#agree}), and which of them a {@link Series} uses.
 *
 * @param indicator    catalogue id
 * @param subject      what the values are about
 * @param period       the period they refer to
 * @param observations all facts for that period, the chosen one first; at least two
 * @param chosen       the observation whose value the series uses; one of {@code observations}
 * @param reason       one human sentence listing the values and their sources
 */
public record Disagreement(String indicator, String subject, Period period, List<Observation> observations,
    Observation chosen, String reason) {

  public Disagreement {
    indicator = Series.requireText(indicator, "indicator");
    subject = Series.requireText(subject, "subject");
    Objects.requireNonNull(period, "period");
    observations = List.copyOf(Objects.requireNonNull(observations, "observations"));
    Objects.requireNonNull(chosen, "chosen");
    reason = Series.requireText(reason, "reason");
    if (observations.size() < 2) {
      throw new IllegalArgumentException("a disagreement needs two observations, " + indicator + "/"
          + subject + " " + period + " has " + observations.size());
    }
    if (!observations.contains(chosen)) {
      throw new IllegalArgumentException("chosen observation " + chosen.id() + " is not among the "
          + observations.size() + " observations of " + indicator + "/" + subject + " " + period);
    }
  }
}
