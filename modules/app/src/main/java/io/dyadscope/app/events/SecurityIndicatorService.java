package io.dyadscope.app.events;

import io.dyadscope.events.Dataset;
import io.dyadscope.events.rules.EventRule;
import io.dyadscope.events.rules.EventRules;
import io.dyadscope.events.rules.SecurityCounts;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import io.dyadscope.importers.MergeResult;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.events.EventStore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

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

  /** What deriving did. */
  public record Report(List<Observation> observations, MergeResult merged, Map<String, Long> unclassified,
      long events) {}

  private final Workspace workspace;

  public SecurityIndicatorService(Workspace workspace) {
    this.workspace = workspace;
  }

  public Report derive(Dyad dyad, EventRules rules) {
    SecurityCounts counts = new SecurityCounts(rules, dyad);
    Map<Dataset, TreeSet<Integer>> years = new EnumMap<>(Dataset.class);
    new EventStore(workspace).forEach(dyad.first(), dyad.second(), e -> {
      counts.add(e);
      years.computeIfAbsent(e.dataset(), k -> new TreeSet<>()).add(e.date().getYear());
    });
    // indicator -> dataset -> rules (ids joined), in file order
    Map<String, Map<Dataset, List<EventRule>>> mapped = new LinkedHashMap<>();
    for (EventRule r : rules.rules()) {
      mapped.computeIfAbsent(r.indicator(), k -> new EnumMap<>(Dataset.class))
          .computeIfAbsent(r.dataset(), k -> new ArrayList<>()).add(r);
    }
    Map<String, Long> cells = new TreeMap<>();
    counts.counts().forEach((k, v) -> cells.merge(k.indicator() + "|" + k.dataset() + "|" + k.year(), v, Long::sum));
    List<Observation> out = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (var byIndicator : mapped.entrySet()) {
      for (var byDataset : byIndicator.getValue().entrySet()) {
        Dataset d = byDataset.getKey();
        TreeSet<Integer> covered = years.get(d);
        if (covered == null) {
          continue;
        }
        Source src = source(d);
        if (sources.stream().noneMatch(s -> s.id().equals(src.id()))) {
          sources.add(src);
        }
        String note = "derived from " + d.id() + " events by " + String.join("; ",
            byDataset.getValue().stream().map(EventRule::citation).toList()) + " (rules: " + rules.name() + ")";
        for (int y = covered.first(); y <= covered.last(); y++) {
          long n = cells.getOrDefault(byIndicator.getKey() + "|" + d + "|" + y, 0L);
          out.add(new Observation(byIndicator.getKey(), dyad.id(), dyad.id(), Period.ofYear(y), n, "count",
              Status.OBSERVED, src.id(), "", "", note));
        }
      }
    }
    MergeResult merged = out.isEmpty() ? null
        : workspace.merge("events: derived security indicators (" + rules.name() + ")",
            Hashing.sha256(out.toString()), sources, out);
    return new Report(out, merged, counts.unclassified(), counts.events());
  }
}
