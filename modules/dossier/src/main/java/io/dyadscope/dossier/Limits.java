package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.Recommendation;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.List;

/**
 * The stated limits of the dossier's conclusions: which would change with more data (undecided
 * recommendations, lens implications the data cannot tell) and which rest on a single source.
 */
final class Limits {

  private Limits() {}

  static List<String> of(EvidenceIndex idx, List<Recommendation> recommendations, List<LensSection> discussion) {
    List<String> out = new ArrayList<>();
    List<String> undecided = recommendations.stream()
        .filter(r -> r.status() == Recommendation.Status.UNDECIDED).map(Recommendation::id).toList();
    long cannotTell = discussion.stream().flatMap(l -> l.verdicts().stream())
        .filter(Discussion.CANNOT_TELL::equals).count();
    List<String> more = new ArrayList<>();
    if (!undecided.isEmpty()) {
      more.add(Prose.count(undecided.size(), "undecided recommendation") + " (" + String.join(", ", undecided) + ")");
    }
    if (cannotTell > 0) {
      more.add(Prose.count((int) cannotTell, "lens implication") + " the data cannot tell");
    }
    if (!more.isEmpty()) {
      out.add("Would change with more data: " + Prose.join(more) + "; longer observed series, repeated surveys or"
          + " observed values in place of published projections would decide them, and could overturn the rest.");
    }
    List<String> single = new ArrayList<>();
    for (Recommendation r : recommendations) {
      if (r.status() != Recommendation.Status.UNDECIDED && r.sourceIds().size() == 1) {
        single.add(r.id() + " (" + r.status().words() + ", on " + idx.citation(r.sourceIds().get(0)) + " alone)");
      }
    }
    if (!single.isEmpty()) {
      out.add("Resting on a single source: " + Prose.join(single) + "; a second source could confirm or overturn "
          + (single.size() == 1 ? "it." : "them."));
    }
    return out;
  }
}
