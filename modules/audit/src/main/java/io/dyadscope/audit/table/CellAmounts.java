package io.dyadscope.audit.table;

import io.dyadscope.audit.Qualifier;
import io.dyadscope.audit.extract.Amount;
import io.dyadscope.evidence.Units.Dimension;
import io.dyadscope.evidence.Units.Unit;
import io.dyadscope.evidence.number.StatNumber;
import java.util.regex.Matcher;

/** A table cell's number read with its column's unit. */
final class CellAmounts {

  private CellAmounts() {}

  /** A cell's number in base units, read with its column's unit (or null when it is not a number). */
  static Amount of(String text, Unit unit) {
    return of(text, unit, "");
  }

  /**
   * As {@link #of(String, Unit)}, with the currency the column's header or the caption names
   * ("(EUR million)"); a cell's own dollar sign, or no named currency, is US dollars.
   */
  static Amount of(String text, Unit unit, String named) {
    Matcher m = TableReader.NUMBER_CELL.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    double sign = m.group(1).isEmpty() || m.group(1).equals("+") ? 1 : -1;
    String digits = m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4));
    int decimals = m.group(4) == null ? 0 : m.group(4).length() - 1;
    boolean percent = !m.group(5).isEmpty();
    boolean dollar = m.group(2) != null;
    Dimension kind;
    double scale = 1;
    String currency = "";
    if (percent || unit != null && unit.dimension() == Dimension.PERCENT) {
      kind = Dimension.PERCENT;
    } else if (dollar || unit != null && unit.dimension() == Dimension.MONEY) {
      kind = Dimension.MONEY;
      currency = dollar || named.isEmpty() ? "USD" : named;
      scale = unit != null && unit.dimension() == Dimension.MONEY ? unit.factor() : 1;
    } else {
      kind = Dimension.COUNT;
    }
    double value = sign * StatNumber.decimal(digits) * scale;
    double half = 0.5 * Math.pow(10, -decimals) * scale;
    return new Amount(value, half, kind, currency, scale > 1, Qualifier.EXACT, text, 0, 0);
  }
}
