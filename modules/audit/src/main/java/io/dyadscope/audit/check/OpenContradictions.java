package io.dyadscope.audit.check;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.extract.OpenQuantity;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Contradictions among the figures of quantities read from the text itself ({@link OpenQuantity}):
 * two claims of one quantity (words one within the other's, places that agree), about the same
 * subject, year and status class, in the same unit, whose values disagree beyond rounding. Each set
 * of claims linked by such disagreements is one finding.
 */
final class OpenContradictions {

  private OpenContradictions() {}

  static void run(String checkId, AuditContext ctx, Results out) {
    Map<String, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim c : ctx.claims()) {
      if (OpenQuantity.isOpen(c.indicator()) && c.period() != null) {
        String key = c.subject() + "|" + c.period() + "|" + c.status().isFact() + "|" + c.unit();
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    for (List<Claim> group : groups.values()) {
      if (group.size() >= 2) {
        compare(checkId, ctx, group, out);
      }
    }
  }

  private static void compare(String checkId, AuditContext ctx, List<Claim> group, Results out) {
    int n = group.size();
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = i;
    }
    boolean[] disagrees = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Claim a = group.get(i);
        Claim b = group.get(j);
        if (a.line() == b.line() || !OpenQuantity.sameQuantity(a.indicator(), b.indicator())
            || !rowsFit(a, b) || oneTable(a, b)) {
          continue; // two figures of one sentence are told apart by the sentence itself
        }
        if (!Intervals.overlap(Intervals.of(a, ctx.tolerance()), Intervals.of(b, ctx.tolerance()))) {
          disagrees[i] = true;
          disagrees[j] = true;
          root[find(root, i)] = find(root, j);
        }
      }
    }
    Map<Integer, List<Claim>> sets = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (disagrees[i]) {
        sets.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(group.get(i));
      }
    }
    for (List<Claim> set : sets.values()) {
      set.forEach(out::used);
      set.sort(Comparator.comparingDouble(Claim::value));
      Claim first = set.get(0);
      StringBuilder msg = new StringBuilder("'").append(OpenQuantity.words(first.indicator()))
          .append("' (a quantity read from the text) for ").append(ctx.subjectName(first.subject()))
          .append(" in ").append(first.period()).append(first.status().isFact() ? "" : " (projection)")
          .append(" is given different values: ");
      for (int i = 0; i < set.size(); i++) {
        Claim c = set.get(i);
        msg.append(i == 0 ? "" : " vs ").append(c.written()).append(" (").append(c.where()).append(')');
      }
      List<Integer> lines = set.stream().map(Claim::line).distinct().sorted().toList();
      Claim at = set.stream().min(Comparator.comparingInt(Claim::line)).orElse(first);
      out.add(new AuditFinding(checkId, Severity.ERROR, at.line(), at.excerpt(), msg.toString(), lines));
    }
  }

  /**
   * A table row that names a place (a crossing point, a province) holds that place's figure only:
   * it is compared with figures of the same place, never with one that names none.
   */
  static boolean rowsFit(Claim a, Claim b) {
    String pa = OpenQuantity.place(a.indicator());
    String pb = OpenQuantity.place(b.indicator());
    boolean named = a.inTable() && !pa.isEmpty() || b.inTable() && !pb.isEmpty();
    return !named || pa.equals(pb);
  }

  /**
   * Two cells of one table: its columns are told apart by the table itself, even when two share a
   * header ("Gap" under two parts), and its own consistency is the table arithmetic's to check.
   */
  static boolean oneTable(Claim a, Claim b) {
    return a.inTable() && b.inTable() && a.location().equals(b.location());
  }

  private static int find(int[] root, int i) {
    while (root[i] != i) {
      root[i] = root[root[i]];
      i = root[i];
    }
    return i;
  }
}
