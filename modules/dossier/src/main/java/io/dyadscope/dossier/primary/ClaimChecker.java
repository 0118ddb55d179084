package io.dyadscope.dossier.primary;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Precision;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks every reported (second-hand) fact against observed series, by the rule of a {@link PrimaryPolicy}:
 * a figure agrees with an observed value {@code v} when it differs from it by no more than
 * {@code tolerance_pct} of {@code v}, or by half the unit of its own last written digit if that is more
 * (a figure written "1.4 million" agrees with anything from 1.35 to 1.45 million). It agrees when it
 * agrees with at least one observed source, differs when observed values exist and it agrees with none,
 * and cannot be checked when there are none. An observed source that gives the indicator only in parts
 * (exports and imports, for total trade) is read as the sum of its parts for the same subject and year.
 */
public final class ClaimChecker {

  private final PrimaryPolicy policy;

  public ClaimChecker(PrimaryPolicy policy) {
    this.policy = policy;
  }

  /** The checks of every reported fact of {@code facts}, in their order. */
  public List<ClaimCheck> check(List<Fact> facts, List<ObservedSeries> series) {
    List<ClaimCheck> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f.status() == Status.REPORTED) {
        out.add(check(f, series));
      }
    }
    return List.copyOf(out);
  }

  /** The check of one fact. */
  public ClaimCheck check(Fact claim, List<ObservedSeries> series) {
    TreeMap<String, ClaimCheck.Reading> readings = new TreeMap<>();
    List<ObservedSeries> nearby = new ArrayList<>();
    for (ObservedSeries s : series) {
      if (s.indicator().equals(claim.indicator()) && s.subject().equals(claim.subject())) {
        nearby.add(s);
        s.at(claim.period()).ifPresent(o -> readings.put(s.source(),
            reading(claim, s.source(), o.value(), List.of(o.id()), "")));
      }
    }
    Optional<PrimaryPolicy.Derived> derivation = policy.derivation(claim.indicator());
    if (derivation.isPresent()) {
      TreeMap<String, List<Observation>> parts = new TreeMap<>();
      for (ObservedSeries s : series) {
        if (derivation.get().sum().contains(s.indicator()) && s.subject().equals(claim.subject())) {
          nearby.add(s);
          s.at(claim.period()).ifPresent(o -> parts.computeIfAbsent(s.source(), k -> new ArrayList<>()).add(o));
        }
      }
      parts.forEach((source, obs) -> {
        if (!readings.containsKey(source) && obs.size() == derivation.get().sum().size()) {
          double sum = obs.stream().mapToDouble(Observation::value).sum();
          readings.put(source, reading(claim, source, sum, obs.stream().map(Observation::id).toList(),
              derivation.get().how()));
        }
      });
    }
    ClaimCheck.Verdict verdict = readings.isEmpty() ? ClaimCheck.Verdict.UNCHECKABLE
        : readings.values().stream().anyMatch(ClaimCheck.Reading::agrees) ? ClaimCheck.Verdict.AGREES
            : ClaimCheck.Verdict.DIFFERS;
    return new ClaimCheck(claim, new ArrayList<>(readings.values()), verdict, nearby);
  }

  private ClaimCheck.Reading reading(Fact claim, String source, double value, List<String> ids, String how) {
    return new ClaimCheck.Reading(source, value, ids, how, agrees(claim.value(), value));
  }

  /** The tolerance rule: within {@code tolerance_pct} of {@code observed}, or within the claim's rounding. */
  public boolean agrees(double claimed, double observed) {
    double allowed = Math.max(policy.tolerancePct() / 100 * Math.abs(observed), Precision.halfUnit(claimed));
    return Math.abs(claimed - observed) <= allowed * (1 + 1e-9);
  }
}
