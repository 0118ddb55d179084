package io.dyadscope.audit.check;

import io.dyadscope.evidence.number.StatNumber;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.audit.Claim;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.Verified;
import io.dyadscope.audit.extract.Amount;
import io.dyadscope.audit.table.TableLabels;
import io.dyadscope.audit.table.TextTable;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that tables add up, within the precision their numbers are written to (every operand
 * stands for an interval; the sum of the intervals must meet the total's):
 *
 * <ul>
 *   <li>{@code sum} rules: a total against its parts, a balance against exports minus imports;
 *   <li>{@code whole} rules: answers to one question add up to 100;
 *   <li>{@code shares} rules: shares of one whole add up to 100, or less when the table says the
 *       list is partial ("Major Host Provinces"), which is then a warning;
 *   <li>{@code change} rules: a stated percentage change against the values it compares;
 *   <li>a column or row headed "Total" that no rule covers, against the other columns or rows.
 * </ul>
 */
public final class TableArithmeticCheck extends AbstractCheck {

  private static final Pattern PARTIAL_CAPTION = Pattern.compile("(?i)\\b(major|main|top|selected|leading|largest)\\b");

  public TableArithmeticCheck() {
    super(Checks.TABLE_ARITHMETIC);
  }

  @Override
  public void run(AuditContext ctx, Results out) {
    CalculationRules rules = ctx.options().rules();
    for (TextTable t : ctx.tables()) {
      Set<String> covered = new HashSet<>();
      sums(ctx, t, rules, out, covered);
      wholes(ctx, t, rules, out);
      shares(ctx, t, rules, out);
      changes(ctx, t, rules, out, covered);
      new LabelledArithmetic(ctx, t, out, covered).run();
      structuralTotals(ctx, t, out, covered);
    }
  }

  /** Cells with claims grouped by what they are about: subject, period and status. */
  private static Map<String, Map<String, TextTable.Cell>> groups(TextTable t) {
    Map<String, Map<String, TextTable.Cell>> g = new LinkedHashMap<>();
    for (TextTable.Cell c : t.cells()) {
      Claim k = c.claim();
      if (k == null || !c.part().isEmpty()) {
        continue;
      }
      // Values of one row, or of one column when rows are indicators: both share subject and period.
      String key = k.subject() + "|" + k.period() + "|" + k.status().isFact();
      g.computeIfAbsent(key, x -> new LinkedHashMap<>()).putIfAbsent(k.indicator(), c);
    }
    return g;
  }

  private void sums(AuditContext ctx, TextTable t, CalculationRules rules, Results out, Set<String> covered) {
    for (Map<String, TextTable.Cell> g : groups(t).values()) {
      for (CalculationRules.Rule r : rules.of(CalculationRules.Kind.SUM)) {
        TextTable.Cell total = g.get(r.result());
        if (total == null || !r.terms().stream().allMatch(x -> g.containsKey(x.indicator()))) {
          continue;
        }
        double lo = 0;
        double hi = 0;
        double sum = 0;
        StringBuilder expr = new StringBuilder();
        for (CalculationRules.Term term : r.terms()) {
          TextTable.Cell c = g.get(term.indicator());
          double[] iv = Intervals.rounding(c.claim(), ctx.tolerance());
          if (term.weight() > 0) {
            lo += iv[0];
            hi += iv[1];
          } else {
            lo -= iv[1];
            hi -= iv[0];
          }
          sum += term.weight() * c.claim().value();
          expr.append(expr.length() == 0 ? (term.weight() < 0 ? "-" : "") : term.weight() < 0 ? " - " : " + ")
              .append(label(t, c)).append(' ').append(c.text());
          out.used(c.claim());
        }
        out.used(total.claim());
        covered.add(total.row() + "|" + total.column());
        double[] tv = Intervals.rounding(total.claim(), ctx.tolerance());
        String where = t.name() + context(ctx, t, total);
        // Sums are shown in the unit the table is written in (USD billion, not the catalogue's million).
        double shown = writtenPerUnit(total);
        if (Intervals.overlap(new double[] {lo, hi}, tv)) {
          out.add(new Verified(id(), line(t, total), where + ": " + label(t, total) + " " + total.text() + " = "
              + expr + " (" + Figures.quoted(sum * shown) + ")"));
        } else {
          out.add(new AuditFinding(id(), Severity.ERROR, line(t, total), total.claim().excerpt(), where + ": "
              + label(t, total) + " is " + total.text() + " but " + expr + " = " + Figures.quoted(sum * shown)
              + " (off by " + Figures.quoted((total.claim().value() - sum) * shown) + ")"));
        }
      }
    }
  }

  private void wholes(AuditContext ctx, TextTable t, CalculationRules rules, Results out) {
    for (Map<String, TextTable.Cell> g : groups(t).values()) {
      for (CalculationRules.Rule r : rules.of(CalculationRules.Kind.WHOLE)) {
        if (!r.terms().stream().allMatch(x -> g.containsKey(x.indicator()))) {
          continue;
        }
        List<TextTable.Cell> parts = new ArrayList<>();
        for (CalculationRules.Term term : r.terms()) {
          parts.add(g.get(term.indicator()));
        }
        boolean partial = parts.stream().anyMatch(c -> t.columns().get(c.column()).partial());
        checkHundred(ctx, t, parts, partial, t.name() + context(ctx, t, parts.get(0)), out);
      }
    }
  }

  private void shares(AuditContext ctx, TextTable t, CalculationRules rules, Results out) {
    Set<String> shareIndicators = new HashSet<>();
    for (CalculationRules.Rule r : rules.of(CalculationRules.Kind.SHARES)) {
      shareIndicators.add(r.result());
    }
    // A breakdown cell per row, or a column of shares over rows.
    Map<String, List<TextTable.Cell>> groups = new LinkedHashMap<>();
    for (TextTable.Cell c : t.cells()) {
      if (c.claim() == null || !shareIndicators.contains(c.claim().indicator())) {
        continue;
      }
      String key = c.part().isEmpty() ? "col|" + c.column() + "|" + c.claim().period()
          : "row|" + c.row() + "|" + c.column();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    for (List<TextTable.Cell> parts : groups.values()) {
      if (parts.size() < 2) {
        continue;
      }
      TextTable.Column col = t.columns().get(parts.get(0).column());
      boolean partial = col.partial() || PARTIAL_CAPTION.matcher(t.caption()).find();
      String where = t.name() + context(ctx, t, parts.get(0)) + ", " + col.header();
      checkHundred(ctx, t, parts, partial, where, out);
    }
  }

  private void checkHundred(AuditContext ctx, TextTable t, List<TextTable.Cell> parts, boolean partial, String where,
      Results out) {
    double lo = 0;
    double hi = 0;
    double sum = 0;
    StringBuilder expr = new StringBuilder();
    for (TextTable.Cell c : parts) {
      double[] iv = Intervals.rounding(c.claim(), ctx.tolerance());
      lo += iv[0];
      hi += iv[1];
      sum += c.claim().value();
      expr.append(expr.length() == 0 ? "" : " + ").append(partLabel(t, c)).append(' ').append(c.text());
      out.used(c.claim());
    }
    TextTable.Cell first = parts.get(0);
    int line = line(t, first);
    if (lo <= 100 && 100 < hi || lo == hi && lo == 100) {
      out.add(new Verified(id(), line, where + ": " + expr + " = " + Figures.quoted(sum) + "%"));
      return;
    }
    String msg = where + ": " + expr + " = " + Figures.quoted(sum) + "%, not 100%";
    if (partial && sum < 100) {
      out.add(new AuditFinding(id(), Severity.WARNING, line, first.claim().excerpt(), msg
          + "; the header says the list is partial, so the rest may be elsewhere (name it, or add an 'Other' share)"));
    } else {
      out.add(new AuditFinding(id(), Severity.ERROR, line, first.claim().excerpt(), msg
          + (sum > 100 ? "; shares of one whole cannot exceed 100%" : "; the parts should make up the whole")));
    }
  }

  private void changes(AuditContext ctx, TextTable t, CalculationRules rules, Results out, Set<String> covered) {
    for (CalculationRules.Rule r : rules.of(CalculationRules.Kind.CHANGE)) {
      String level = r.terms().get(0).indicator();
      for (TextTable.Cell c : t.cells()) {
        Claim change = c.claim();
        if (change == null || !change.indicator().equals(r.result()) || change.period() == null) {
          continue;
        }
        Claim current = null;
        for (TextTable.Cell other : t.cells()) {
          Claim o = other.claim();
          if (o != null && other.row() == c.row() && o.indicator().equals(level)
              && o.subject().equals(change.subject())) {
            current = o;
          }
        }
        if (current == null) {
          current = ctx.index().best(level, change.subject(), change.period());
        }
        Period before = previous(change.period());
        Claim base = before == null ? null : ctx.index().best(level, change.subject(), before);
        if (current == null || base == null || base.low() <= 0) {
          continue;
        }
        double[] cur = Intervals.rounding(current, ctx.tolerance());
        double[] old = Intervals.rounding(base, ctx.tolerance());
        double computed = (current.value() - base.value()) / base.value() * 100;
        double lo = (cur[0] / old[1] - 1) * 100;
        double hi = (cur[1] / old[0] - 1) * 100;
        double[] stated = Intervals.rounding(change, ctx.tolerance());
        out.used(change);
        covered.add(c.row() + "|" + c.column());
        out.used(current);
        out.used(base);
        String what = t.name() + " (" + change.period() + "): " + label(t, c) + " " + c.text();
        String from = current.written() + " (" + current.where() + ") against " + base.written() + " in " + before
            + " (" + base.where() + ")";
        if (Intervals.overlap(new double[] {lo, hi}, stated)) {
          out.add(new Verified(id(), line(t, c), what + " matches " + from + ": " + Figures.changePercent(computed)));
        } else {
          out.add(new AuditFinding(id(), Severity.ERROR, line(t, c), change.excerpt(), what + " does not match " + from
              + ", a change of " + Figures.changePercent(computed)));
        }
      }
    }
  }

  /** Columns headed "Total" and rows labelled "Total" that no rule covered: the sum of the others. */
  private void structuralTotals(AuditContext ctx, TextTable t, Results out, Set<String> covered) {
    Map<String, TextTable.Cell> byPos = new LinkedHashMap<>();
    for (TextTable.Cell c : t.cells()) {
      if (c.part().isEmpty() && c.amount() != null) {
        byPos.put(c.row() + "|" + c.column(), c);
      }
    }
    // Total columns, balances and percent changes are LabelledArithmetic's.
    for (TextTable.Row row : t.rows()) {
      if (!row.isTotal()) {
        continue;
      }
      for (TextTable.Column col : t.columns()) {
        TextTable.Cell total = byPos.get(row.index() + "|" + col.index());
        if (total == null || col.role() != TextTable.Role.NUMBER || covered.contains(row.index() + "|" + col.index())
            || TableLabels.of(col.header()) == TableLabels.Role.CHANGE) {
          continue;
        }
        List<TextTable.Cell> parts = new ArrayList<>();
        for (TextTable.Row other : t.rows()) {
          TextTable.Cell p = byPos.get(other.index() + "|" + col.index());
          if (other != row && p != null && !other.isTotal() && !TableLabels.isChange(other.label())) {
            parts.add(p);
          }
        }
        checkTotal(ctx, t, total, parts, t.name() + ", " + col.header(), out);
      }
    }
  }

  private void checkTotal(AuditContext ctx, TextTable t, TextTable.Cell total, List<TextTable.Cell> parts,
      String where, Results out) {
    if (parts.size() < 2) {
      return;
    }
    double lo = 0;
    double hi = 0;
    double sum = 0;
    StringBuilder expr = new StringBuilder();
    for (TextTable.Cell p : parts) {
      Amount a = p.amount();
      double[] iv = Intervals.rounding(a, ctx.tolerance());
      lo += iv[0];
      hi += iv[1];
      sum += a.value();
      expr.append(expr.length() == 0 ? "" : " + ").append(p.text());
      out.used(p.claim());
    }
    out.used(total.claim());
    double[] tv = Intervals.rounding(total.amount(), ctx.tolerance());
    double scale = displayScale(total);
    String header = t.columns().get(total.column()).header();
    int line = t.rows().get(total.row()).line();
    if (Intervals.overlap(new double[] {lo, hi}, tv)) {
      out.add(new Verified(id(), line, where + ": " + header + " " + total.text() + " = " + expr));
    } else {
      out.add(new AuditFinding(id(), Severity.ERROR, line, ctx.layout().lines().line(line).strip(), where + ": " + header
          + " is " + total.text() + " but " + expr + " = " + Figures.quoted(sum / scale)));
    }
  }

  /** Written units per unit of the claim: 1e3 for a cell written in USD billion, claimed in USD million. */
  private static double writtenPerUnit(TextTable.Cell c) {
    try {
      double written = Math.abs(StatNumber.decimal(c.text().replaceAll("[^0-9.]", "")));
      return c.claim().value() == 0 || written == 0 ? 1 : written / Math.abs(c.claim().value());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Base units per unit as written: 1e6 in a table "in USD Millions". */
  private static double displayScale(TextTable.Cell c) {
    try {
      double written = StatNumber.decimal(c.text().replaceAll("[^0-9.]", ""));
      return written == 0 || c.amount().value() == 0 ? 1 : Math.abs(c.amount().value() / written);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static Period previous(Period p) {
    try {
      return p.isAnnual() ? Period.ofYear(p.year() - 1)
          : p.month() == 1 ? Period.ofMonth(p.year() - 1, 12) : Period.ofMonth(p.year(), p.month() - 1);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int line(TextTable t, TextTable.Cell c) {
    return t.rows().get(c.row()).line();
  }

  /** A cell's name: its column header, or its row label when rows name the quantities. */
  private static String label(TextTable t, TextTable.Cell c) {
    TextTable.Column col = t.columns().get(c.column());
    TextTable.Row row = t.rows().get(c.row());
    if (col.indicator() == null && row.indicator() != null) {
      return row.label();
    }
    return col.header().isEmpty() ? c.claim().indicator() : col.header();
  }

  private static String partLabel(TextTable t, TextTable.Cell c) {
    if (!c.part().isEmpty()) {
      return c.part() + ":";
    }
    TextTable.Row row = t.rows().get(c.row());
    TextTable.Column col = t.columns().get(c.column());
    return col.indicator() == null && !row.label().isEmpty() ? row.label() : col.header();
  }

  /** " (2024)", " (Pakistan, 2024)": what the compared cells share. */
  private static String context(AuditContext ctx, TextTable t, TextTable.Cell c) {
    Claim k = c.claim();
    List<String> parts = new ArrayList<>();
    TextTable.Column col = t.columns().get(c.column());
    if (col.entity() != null && Objects.equals(col.entity(), k.subject())) {
      parts.add(ctx.subjectName(k.subject()));
    }
    if (k.period() != null) {
      parts.add(k.period().toString());
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }
}
