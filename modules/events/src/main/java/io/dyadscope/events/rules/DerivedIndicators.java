package io.dyadscope.events.rules;

import io.dyadscope.events.Dataset;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns {@link SecurityCounts} into the yearly security indicators as observations (status observed,
 * the dataset as source, the rules in the note): every year a dataset covers for the dyad gets a value
 * for each indicator the rules map that dataset to, zero included. The embedded derivation (app) and
 * the Spark job both call this, so their indicator tables cannot drift.
 */
public final class DerivedIndicators {

  /** The first and last year a dataset has events of the dyad. */
  public record YearSpan(int first, int last) {
    public YearSpan {
      if (first > last) {
        throw new IllegalArgumentException("first year " + first + " is after last year " + last);
      }
    }

    public YearSpan with(int year) {
      return new YearSpan(Math.min(first, year), Math.max(last, year));
    }
  }

  private DerivedIndicators() {}

  /** The id of the source each dataset's figures cite: {@code acled-events}, {@code ucdp-ged}, {@code gdelt-events}. */
  public static String sourceId(Dataset d) {
    return source(d).id();
  }

  /** The source each dataset's derived figures cite. */
  public static Source source(Dataset d) {
    return switch (d) {
      case ACLED -> new Source("acled-events", "Armed Conflict Location & Event Data (ACLED), event export imported"
          + " into this workspace", "ACLED", SourceKind.DATASET, Grade.B, 0, "https://acleddata.com");
      case UCDP -> new Source("ucdp-ged", "UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program,"
          + " imported into this workspace", "Uppsala Conflict Data Program", SourceKind.DATASET, Grade.B, 0,
          "https://ucdp.uu.se");
      case GDELT -> new Source("gdelt-events", "GDELT Event Database (machine-coded from news), imported into this"
          + " workspace", "The GDELT Project", SourceKind.DATASET, Grade.C, 0, "https://www.gdeltproject.org");
    };
  }

  /**
   * The observations, by indicator in rule-file order, then dataset, then year.
   *
   * @param counts  events per indicator, dataset, year and rule ({@link SecurityCounts#counts()}, or the
   *                sum of a Spark job's partitions)
   * @param covered the years each dataset has events of the dyad; a dataset absent here gets no values
   */
  public static List<Observation> observations(EventRules rules, Dyad dyad, Map<SecurityCounts.Key, Long> counts,
      Map<Dataset, YearSpan> covered) {
    Objects.requireNonNull(rules, "rules");
    // indicator -> dataset -> rules, in file order
    Map<String, Map<Dataset, List<EventRule>>> mapped = new LinkedHashMap<>();
    for (EventRule r : rules.rules()) {
      mapped.computeIfAbsent(r.indicator(), k -> new EnumMap<>(Dataset.class))
          .computeIfAbsent(r.dataset(), k -> new ArrayList<>()).add(r);
    }
    Map<String, Long> cells = new TreeMap<>();
    counts.forEach((k, v) -> cells.merge(k.indicator() + "|" + k.dataset() + "|" + k.year(), v, Long::sum));
    List<Observation> out = new ArrayList<>();
    for (var byIndicator : mapped.entrySet()) {
      for (var byDataset : byIndicator.getValue().entrySet()) {
        Dataset d = byDataset.getKey();
        YearSpan span = covered.get(d);
        if (span == null) {
          continue;
        }
        String note = "derived from " + d.id() + " events by " + String.join("; ",
            byDataset.getValue().stream().map(EventRule::citation).toList()) + " (rules: " + rules.name() + ")";
        for (int y = span.first(); y <= span.last(); y++) {
          long n = cells.getOrDefault(byIndicator.getKey() + "|" + d + "|" + y, 0L);
          out.add(new Observation(byIndicator.getKey(), dyad.id(), dyad.id(), Period.ofYear(y), n, "count",
              Status.OBSERVED, source(d).id(), "", "", note));
        }
      }
    }
    return out;
  }

  /** The sources the observations cite, each once, in order of first citation. */
  public static List<Source> sources(List<Observation> observations) {
    Map<String, Source> out = new LinkedHashMap<>();
    for (Observation o : observations) {
      for (Dataset d : Dataset.values()) {
        if (source(d).id().equals(o.source())) {
          out.putIfAbsent(o.source(), source(d));
        }
      }
    }
    return new ArrayList<>(out.values());
  }
}
