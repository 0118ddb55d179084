package io.dyadscope.dossier.primary;

import java.util.List;
import java.util.Objects;

/**
 * A reported figure (status reported) checked against the observed values of the same indicator, subject and period
 * (or the parts it is the sum of).
 *
 * @param claim    the fact checked
 * @param observed what each observed source gives for it, by source id; empty when none does
 * @param verdict  agrees, differs or cannot be checked
 * @param nearby   observed series of the indicator (or its parts) for the subject, whichever years they cover:
 *                 why a figure could not be checked
 */
public record ClaimCheck(Fact claim, List<Reading> observed, Verdict verdict, List<ObservedSeries> nearby) {

  /** The outcome of a check. */
  public enum Verdict {
    AGREES, DIFFERS, UNCHECKABLE
  }

  /**
   * One observed source's value for the claim.
   *
   * @param source         the observed source
   * @param value          its value (the sum of the parts for a derived indicator)
   * @param observationIds the observations it rests on
   * @param how            how it was derived, or empty when read directly
   * @param agrees         whether the claim agrees with it under the tolerance rule
   */
  public record Reading(String source, double value, List<String> observationIds, String how, boolean agrees) {
    public Reading {
      observationIds = List.copyOf(observationIds);
    }
  }

  public ClaimCheck {
    Objects.requireNonNull(claim, "claim");
    observed = List.copyOf(observed);
    nearby = List.copyOf(nearby);
    Objects.requireNonNull(verdict, "verdict");
  }

  /** The claim's value less the observed one. */
  public static double difference(Fact claim, Reading r) {
    return claim.value() - r.value();
  }

  /** The difference in percent of the observed value; NaN when that is zero. */
  public static double differencePct(Fact claim, Reading r) {
    return r.value() == 0 ? Double.NaN : 100 * (claim.value() - r.value()) / Math.abs(r.value());
  }
}
