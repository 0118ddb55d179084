package io.dyadscope.audit.check;

import io.dyadscope.audit.Claim;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.Verified;
import io.dyadscope.evidence.Combine;
import io.dyadscope.evidence.Indicator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One quantity given different values in different places. Claims are grouped by indicator,
 * subject, period and status class (facts apart from projections), and a group holds a
 * contradiction when no value agrees with every claim's interval (see {@link Intervals}). Figures
 * for different periods, and an observation beside a projection, are not compared. Indicators
 * whose values are one-off estimates ({@link Combine#FIXED}: an initiative's investment) are
 * compared whatever their periods and status, except when every claim is dated by a table row
 * (successive estimates). A claim without a period is compared only for such indicators. Values set
 * side by side in one sentence that names their difference ({@link #statedDifference}) are a stated
 * comparison, not a contradiction.
 */
public final class ContradictionCheck extends AbstractCheck {

  public ContradictionCheck() {
    super(Checks.CONTRADICTION);
  }

  @Override
  public void run(AuditContext ctx, Results out) {
    Map<String, List<Claim>> groups = new LinkedHashMap<>();
    for (Claim c : ctx.claims()) {
      Indicator ind = ctx.options().catalogue().find(c.indicator()).orElse(null);
      if (ind == null) {
        continue;
      }
      String key;
      if (ind.combine() == Combine.FIXED) {
        key = c.indicator() + "|" + c.subject();
      } else if (c.period() != null) {
        key = c.indicator() + "|" + c.subject() + "|" + c.period() + "|" + c.status().isFact();
      } else {
        continue;
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    for (List<Claim> group : groups.values()) {
      // One-off estimates that tables date by when they were stated, each in its own row, are
      // successive estimates ("CPEC 2023: 62; CPEC 2024: 65"): compared within each date only.
      boolean dated = group.stream().allMatch(c -> c.periodBasis() == PeriodBasis.TABLE && c.period() != null);
      Collection<List<Claim>> parts = dated
          ? group.stream().collect(Collectors.groupingBy(c -> c.period() + "|" + c.status().isFact(),
              LinkedHashMap::new, Collectors.toList())).values()
          : List.of(group);
      for (List<Claim> part : parts) {
        if (part.size() >= 2) {
          compare(ctx, part, out);
        }
      }
    }
    OpenContradictions.run(id(), ctx, out);
  }

  private void compare(AuditContext ctx, List<Claim> group, Results out) {
    double lo = Double.NEGATIVE_INFINITY;
    double hi = Double.POSITIVE_INFINITY;
    for (Claim c : group) {
      double[] iv = Intervals.of(c, ctx.tolerance());
      lo = Math.max(lo, iv[0]);
      hi = Math.min(hi, iv[1]);
    }
    Claim first = group.get(0);
    Indicator ind = ctx.options().catalogue().get(first.indicator());
    String what = quantity(ctx, first, ind);
    boolean distinctLines = group.stream().map(Claim::line).distinct().count() > 1;
    group.forEach(out::used);
    if (lo < hi || lo == hi && group.stream().allMatch(c -> c.low() == c.high())) {
      if (distinctLines) {
        out.add(new Verified(id(), first.line(), what + " stated " + group.size() + " times, all agree: "
            + list(group)));
      }
      return;
    }
    List<Claim> rows = sharedRows(ctx, group);
    if (!rows.isEmpty()) {
      List<Claim> apart = group.stream().filter(c -> !rows.contains(c)
          && rows.stream().noneMatch(r -> Intervals.overlap(Intervals.of(c, ctx.tolerance()),
              Intervals.of(r, ctx.tolerance())))).toList();
      if (apart.isEmpty()) {
        return; // every figure is one of the row's columns: nothing tells which column it is
      }
      List<Claim> shown = new ArrayList<>(apart);
      shown.addAll(rows);
      group = shown;
    }
    List<List<Claim>> clusters = clusters(ctx, group);
    Integer stated = statedDifference(clusters);
    if (stated != null) {
      out.add(new Verified(id(), stated, what + " is given different values, and line " + stated
          + " states the difference itself (a figure checked against another): " + list(group)));
      return;
    }
    StringBuilder msg = new StringBuilder(what).append(" is given different values: ");
    for (int i = 0; i < clusters.size(); i++) {
      msg.append(i == 0 ? "" : " vs ").append(list(clusters.get(i)));
    }
    boolean weak = ind.combine() != Combine.FIXED
        && group.stream().anyMatch(c -> c.periodBasis() == PeriodBasis.CITATION);
    if (weak) {
      msg.append(" (the period of some is only a citation year)");
    }
    List<Integer> lines = group.stream().map(Claim::line).distinct().sorted().toList();
    Claim at = group.stream().min(Comparator.comparingInt(Claim::line)).orElse(first);
    out.add(new AuditFinding(id(), weak ? Severity.WARNING : Severity.ERROR, at.line(), at.excerpt(), msg.toString(),
        lines));
  }

  /**
   * The claims of table rows that give the group's quantity two different values in one row: two
   * columns of one table read as one quantity ("Attacks" and "Total incidents"). Their values are
   * alternatives, not a contradiction of each other; a figure elsewhere contradicts them only when
   * it agrees with none. Empty when no row does.
   */
  static List<Claim> sharedRows(AuditContext ctx, List<Claim> group) {
    Map<String, List<Claim>> rows = new LinkedHashMap<>();
    for (Claim c : group) {
      if (c.inTable()) {
        rows.computeIfAbsent(c.location() + "|" + c.line(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Claim> out = new ArrayList<>();
    for (List<Claim> row : rows.values()) {
      boolean split = false;
      for (Claim a : row) {
        for (Claim b : row) {
          split |= !Intervals.overlap(Intervals.of(a, ctx.tolerance()), Intervals.of(b, ctx.tolerance()));
        }
      }
      if (split) {
        out.addAll(row);
      }
    }
    return out;
  }

  static String quantity(AuditContext ctx, Claim c, Indicator ind) {
    String s = ind.id() + " (" + ind.name().toLowerCase(java.util.Locale.ROOT) + ") for "
        + ctx.subjectName(c.subject());
    if (ind.combine() != Combine.FIXED && c.period() != null) {
      s += " in " + c.period() + (c.status().isFact() ? "" : " (projection)");
    }
    return s;
  }

  /**
   * The line of a sentence that sets a figure beside another and names their difference ("X gives 370
   * for 2021; Y shows 189, a difference of +181"), when every value but one is stated only in such
   * sentences: the report states the disagreement (a figure under check) rather than contradicting
   * itself. Null otherwise.
   */
  static Integer statedDifference(List<List<Claim>> clusters) {
    int own = 0;
    Integer line = null;
    for (List<Claim> cluster : clusters) {
      boolean compared = true;
      for (Claim c : cluster) {
        if (c.inTable() || !DIFFERENCE.matcher(c.excerpt()).find()) {
          compared = false;
        } else if (line == null || c.line() < line) {
          line = c.line();
        }
      }
      own += compared ? 0 : 1;
    }
    return own <= 1 && line != null ? line : null;
  }

  private static final java.util.regex.Pattern DIFFERENCE =
      java.util.regex.Pattern.compile("(?i)\\ba difference of\\b");

  /** Claims that agree with each other, grouped, lowest values first. */
  private static List<List<Claim>> clusters(AuditContext ctx, List<Claim> group) {
    List<Claim> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparingDouble(Claim::value));
    List<List<Claim>> out = new ArrayList<>();
    List<Claim> cur = new ArrayList<>();
    double hi = Double.NEGATIVE_INFINITY;
    for (Claim c : sorted) {
      double[] iv = Intervals.of(c, ctx.tolerance());
      if (!cur.isEmpty() && iv[0] >= hi) {
        out.add(cur);
        cur = new ArrayList<>();
        hi = Double.NEGATIVE_INFINITY;
      }
      cur.add(c);
      hi = cur.size() == 1 ? iv[1] : Math.min(hi, iv[1]);
    }
    out.add(cur);
    return out;
  }

  static String list(List<Claim> claims) {
    StringBuilder sb = new StringBuilder();
    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparingInt(Claim::line));
    for (int i = 0; i < sorted.size(); i++) {
      Claim c = sorted.get(i);
      sb.append(i == 0 ? "" : ", ").append(c.written()).append(" (").append(c.where()).append(')');
    }
    return sb.toString();
  }
}
