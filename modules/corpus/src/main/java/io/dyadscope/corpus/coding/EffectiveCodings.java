package io.dyadscope.corpus.coding;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which codings the analysis counts. Every coding is kept in the store; where a person coded a
 * passage, the auto-coder's codings of overlapping text in the same document are set aside: human
 * judgement on a passage replaces the machine's, whatever codes either gave.
 */
public final class EffectiveCodings {

  private EffectiveCodings() {}

  /** The codings that count, in the order given. */
  public static List<Coding> of(List<Coding> all) {
    Map<String, List<Coding>> humanByDoc = new HashMap<>();
    for (Coding c : all) {
      if (c.origin() == Origin.human) {
        humanByDoc.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Coding> out = new ArrayList<>();
    for (Coding c : all) {
      if (c.origin() == Origin.human || !overridden(c, humanByDoc.getOrDefault(c.documentId(), List.of()))) {
        out.add(c);
      }
    }
    return out;
  }

  /** True when a human coding overlaps this automatic one. */
  public static boolean overridden(Coding auto, List<Coding> humanInSameDocument) {
    for (Coding h : humanInSameDocument) {
      if (h.overlaps(auto)) {
        return true;
      }
    }
    return false;
  }
}
