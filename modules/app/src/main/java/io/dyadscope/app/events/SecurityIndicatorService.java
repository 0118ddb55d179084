package io.dyadscope.app.events;

import io.dyadscope.events.Dataset;
import io.dyadscope.events.rules.DerivedIndicators;
import io.dyadscope.events.rules.EventRules;
import io.dyadscope.events.rules.SecurityCounts;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.imports.MergeResult;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.events.EventStore;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Derives the yearly security indicators from the workspace's events with {@link EventRules} and
 * stores them as observations (status observed, the dataset as source, the rule in the note) through
 * the workspace's merge, so re-deriving adds nothing and changed counts replace the old ones. Every
 * year a dataset covers for the dyad gets a value for each indicator the rules map that dataset to,
 * zero included. Events no rule classifies are reported.
 */
public final class SecurityIndicatorService {

  /** The source each dataset's derived figures cite. */
  public static Source source(Dataset d) {
    return DerivedIndicators.source(d);
  }

  /** What deriving did. */
  public record Report(List<Observation> observations, MergeResult merged, Map<String, Long> unclassified,
      long events) {}

  private final Workspace workspace;

  public SecurityIndicatorService(Workspace workspace) {
    this.workspace = workspace;
  }

  public Report derive(Dyad dyad, EventRules rules) {
    SecurityCounts counts = new SecurityCounts(rules, dyad);
    Map<Dataset, DerivedIndicators.YearSpan> years = new EnumMap<>(Dataset.class);
    new EventStore(workspace).forEach(dyad.first(), dyad.second(), e -> {
      counts.add(e);
      int y = e.date().getYear();
      years.merge(e.dataset(), new DerivedIndicators.YearSpan(y, y), (a, b) -> a.with(y));
    });
    // The same derivation the Spark job runs (modules/spark): one implementation in module events.
    List<Observation> out = DerivedIndicators.observations(rules, dyad, counts.counts(), years);
    List<Source> sources = DerivedIndicators.sources(out);
    MergeResult merged = out.isEmpty() ? null
        : workspace.merge("events: derived security indicators (" + rules.name() + ")",
            Hashing.sha256(out.toString()), sources, out);
    return new Report(out, merged, counts.unclassified(), counts.events());
  }
}
