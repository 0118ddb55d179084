package io.dyadscope.audit.check;

import io.dyadscope.audit.Verified;
import io.dyadscope.audit.table.TableLabels;
import io.dyadscope.audit.table.TableLabels.Role;
import io.dyadscope.audit.table.TextTable;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.evidence.number.StatNumber;
import io.dyadscope.evidence.text.Figures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's own arithmetic told by its labels, whatever its quantities (numbers as written, each
 * standing for the interval it rounds from):
 * <ul>
 *   <li>a total column against the parts beside it: the two flows when the table has an exports
 *       and an imports column, else every plain number column (never a balance, change or share);</li>
 *   <li>a balance column against the first flow minus the second (exports minus imports);</li>
 *   <li>a percent-change row ("Change 2022-23 (%)") against the two rows it compares, the years
 *       its label names or else the two rows above it, column by column;</li>
 *   <li>a percent-change column ("Change on previous year (%)") against the number column before
 *       it, row against the row above, where the rows are successive years.</li>
 * </ul>
 * Fails (an error) when the stated figure lies outside what the figures it is made of allow.
 */
final class LabelledArithmetic {

  private static final Pattern YEARS = Pattern.compile("\\b((?:19|20)\\d\\d)\\s*[-–/]\\s*(\\d{2}|(?:19|20)\\d\\d)\\b");

  private final TextTable table;
  private final Map<String, TextTable.Cell> cells = new HashMap<>();
  private final AuditContext ctx;
  private final Results out;

  private final java.util.Set<String> covered;

  /** {@code covered}: cells ("row|column") a calculation rule already checked. */
  LabelledArithmetic(AuditContext ctx, TextTable table, Results out, java.util.Set<String> covered) {
    this.ctx = ctx;
    this.table = table;
    this.out = out;
    this.covered = covered;
    for (TextTable.Cell c : table.cells()) {
      if (c.part().isEmpty() && c.amount() != null) {
        cells.put(c.row() + "|" + c.column(), c);
      }
    }
  }

  void run() {
    List<TextTable.Column> plain = new ArrayList<>();
    TextTable.Column outflow = null;
    TextTable.Column inflow = null;
    List<TextTable.Column> totals = new ArrayList<>();
    List<TextTable.Column> balances = new ArrayList<>();
    List<TextTable.Column> changes = new ArrayList<>();
    for (TextTable.Column c : table.columns()) {
      if (c.role() != TextTable.Role.NUMBER || !hasCells(c)) {
        continue;
      }
      switch (TableLabels.of(c.header())) {
        case TOTAL -> totals.add(c);
        case BALANCE -> balances.add(c);
        case CHANGE -> changes.add(c);
        case SHARE -> { }
        case OUTFLOW -> { outflow = outflow == null ? c : outflow; plain.add(c); }
        case INFLOW -> { inflow = inflow == null ? c : inflow; plain.add(c); }
        default -> plain.add(c);
      }
    }
    boolean flows = outflow != null && inflow != null;
    List<TextTable.Column> parts = flows ? List.of(outflow, inflow) : plain;
    for (TextTable.Row row : table.rows()) {
      if (TableLabels.isChange(row.label())) {
        changeRow(row);
        continue;
      }
      for (TextTable.Column t : totals) {
        List<Value> ps = new ArrayList<>();
        for (TextTable.Column p : parts) {
          Value v = value(row, p);
          if (v != null) {
            ps.add(v);
          }
        }
        Value total = value(row, t);
        if (total != null && ps.size() >= 2 && ps.size() == parts.size()) {
          double lo = 0;
          double hi = 0;
          StringBuilder expr = new StringBuilder();
          for (Value v : ps) {
            lo += v.lo();
            hi += v.hi();
            expr.append(expr.length() == 0 ? "" : " + ").append(v.text());
          }
          judge(row, t, total, lo, hi, expr.toString(), Figures.quoted(ps.stream().mapToDouble(Value::value).sum()));
        }
      }
      if (flows) {
        for (TextTable.Column b : balances) {
          Value x = value(row, outflow);
          Value m = value(row, inflow);
          Value bal = value(row, b);
          if (x != null && m != null && bal != null) {
            judge(row, b, bal, x.lo() - m.hi(), x.hi() - m.lo(), x.text() + " − " + m.text(),
                Figures.quoted(x.value() - m.value()));
          }
        }
      }
    }
    for (TextTable.Column c : changes) {
      changeColumn(c);
    }
  }

  private boolean hasCells(TextTable.Column c) {
    return table.rows().stream().anyMatch(r -> cells.containsKey(r.index() + "|" + c.index()));
  }

  private void changeRow(TextTable.Row row) {
    TextTable.Row[] base = baseRows(row);
    if (base == null) {
      return;
    }
    for (TextTable.Column c : table.columns()) {
      Value stated = value(row, c);
      Value a = value(base[0], c);
      Value b = value(base[1], c);
      if (stated != null && a != null && b != null) {
        percent(row, c, stated, a, b, base[0].label(), base[1].label());
      }
    }
  }

  private void changeColumn(TextTable.Column c) {
    TextTable.Column base = null;
    for (TextTable.Column o : table.columns()) {
      if (o.index() < c.index() && o.role() == TextTable.Role.NUMBER && TableLabels.of(o.header()) != Role.CHANGE
          && TableLabels.of(o.header()) != Role.SHARE) {
        base = o;
      }
    }
    if (base == null) {
      return;
    }
    TextTable.Row previous = null;
    for (TextTable.Row row : table.rows()) {
      Integer year = year(row.label());
      if (year == null) {
        previous = null;
        continue;
      }
      Integer before = previous == null ? null : year(previous.label());
      Value stated = value(row, c);
      if (before != null && before == year - 1 && stated != null) {
        Value a = value(previous, base);
        Value b = value(row, base);
        if (a != null && b != null) {
          percent(row, c, stated, a, b, base.header() + " " + previous.label(), row.label());
        }
      }
      previous = row;
    }
  }

  private void percent(TextTable.Row row, TextTable.Column c, Value stated, Value a, Value b, String fromLabel,
      String toLabel) {
    if (a.value() == 0 || Math.signum(a.lo()) != Math.signum(a.hi())) {
      return;
    }
    double[] corners = {(b.lo() - a.lo()) / Math.abs(a.lo()), (b.lo() - a.hi()) / Math.abs(a.hi()),
        (b.hi() - a.lo()) / Math.abs(a.lo()), (b.hi() - a.hi()) / Math.abs(a.hi())};
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double x : corners) {
      lo = Math.min(lo, x * 100);
      hi = Math.max(hi, x * 100);
    }
    double computed = (b.value() - a.value()) / Math.abs(a.value()) * 100;
    judge(row, c, stated, lo, hi, "the change from " + a.text() + " (" + fromLabel + ") to " + b.text() + " ("
        + toLabel + ")", Figures.changePercent(computed));
  }

  private void judge(TextTable.Row row, TextTable.Column c, Value stated, double lo, double hi, String expr,
      String computed) {
    if (covered.contains(row.index() + "|" + c.index())) {
      return;
    }
    covered.add(row.index() + "|" + c.index());
    String where = table.name() + (row.label().isEmpty() ? "" : ", " + row.label()) + ": " + c.header();
    out.used(stated.cell().claim());
    if (Intervals.overlap(new double[] {stated.lo(), stated.hi()}, new double[] {lo, hi})) {
      out.add(new Verified(Checks.TABLE_ARITHMETIC, row.line(), where + " " + stated.text() + " = " + expr));
    } else {
      out.add(new AuditFinding(Checks.TABLE_ARITHMETIC, Severity.ERROR, row.line(),
          ctx.layout().lines().line(row.line()).strip(), where + " is " + stated.text() + " but " + expr + " = "
          + computed));
    }
  }

  /** The row the two years of {@code row}'s label name, else the two plain rows above it. */
  private TextTable.Row[] baseRows(TextTable.Row row) {
    Matcher m = YEARS.matcher(row.label());
    if (m.find()) {
      int y1 = Integer.parseInt(m.group(1));
      String g2 = m.group(2);
      int y2 = g2.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(g2) : Integer.parseInt(g2);
      TextTable.Row a = null;
      TextTable.Row b = null;
      for (TextTable.Row r : table.rows()) {
        Integer y = year(r.label());
        if (y != null && y == y1 && a == null) {
          a = r;
        } else if (y != null && y == y2 && b == null) {
          b = r;
        }
      }
      if (a != null && b != null) {
        return new TextTable.Row[] {a, b};
      }
    }
    List<TextTable.Row> above = new ArrayList<>();
    for (TextTable.Row r : table.rows()) {
      if (r.index() >= row.index()) {
        break;
      }
      Role role = TableLabels.of(r.label());
      if (role != Role.CHANGE && role != Role.TOTAL) {
        above.add(r);
      }
    }
    return above.size() < 2 ? null : new TextTable.Row[] {above.get(above.size() - 2), above.get(above.size() - 1)};
  }

  private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*((?:19|20)\\d\\d)(?:\\s*[/-]\\s*\\d{2,4})?\\b.*");

  /** The year a row label starts with ("2023", "2020/21" is 2020), or null. */
  static Integer year(String label) {
    Matcher m = LEADING_YEAR.matcher(label);
    return m.matches() ? Integer.valueOf(m.group(1)) : null;
  }

  /** A number as written and the interval it rounds from. */
  private record Value(TextTable.Cell cell, String text, double value, double lo, double hi) {}

  private static final Pattern WRITTEN = Pattern.compile("^[^0-9]*?([-−–]?)\\s*([0-9][0-9,]*)(?:\\.([0-9]+))?");

  private Value value(TextTable.Row row, TextTable.Column col) {
    TextTable.Cell c = cells.get(row.index() + "|" + col.index());
    if (c == null) {
      return null;
    }
    String t = c.text().strip();
    Matcher m = WRITTEN.matcher(t);
    if (!m.find()) {
      return null;
    }
    boolean negative = !m.group(1).isEmpty() || t.startsWith("(") && t.endsWith(")");
    String digits = m.group(2).replace(",", "");
    String decimals = m.group(3) == null ? "" : m.group(3);
    double v = StatNumber.decimal(digits + (decimals.isEmpty() ? "" : "." + decimals));
    // A whole count written in full is exact, as in Intervals.rounding; other figures are rounded.
    boolean exact = decimals.isEmpty() && c.amount().kind() == io.dyadscope.evidence.Units.Dimension.COUNT
        && !c.amount().scaled();
    double half = exact ? 0 : 0.5 * Math.pow(10, -decimals.length());
    if (negative) {
      v = -v;
    }
    return new Value(c, t, v, v - half, v + half);
  }
}
