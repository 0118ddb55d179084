package io.dyadscope.analysis.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A count per month over consecutive months, e.g. a dyad's UCDP events: every month from
 * {@code start} on, months without events as 0.
 *
 * @param label  what is counted, e.g. {@code events, UCDP GED, PAK-AFG}
 * @param start  the first month
 * @param values one whole, non-negative count per month
 */
public record MonthlySeries(String label, YearMonth start, double[] values) {

  public MonthlySeries {
    values = values.clone();
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      if (!(v >= 0) || v != Math.rint(v)) {
        throw new IllegalArgumentException(label + ": month " + start.plusMonths(i) + " holds " + v
            + ", not a whole count");
      }
    }
  }

  public int size() {
    return values.length;
  }

  public boolean isEmpty() {
    return values.length == 0;
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  public double value(int i) {
    return values[i];
  }

  public YearMonth month(int i) {
    return start.plusMonths(i);
  }

  /** The last month, or null when empty. */
  public YearMonth end() {
    return isEmpty() ? null : month(size() - 1);
  }

  /** The value of {@code month}, or NaN outside the series. */
  public double valueAt(YearMonth month) {
    long i = start.until(month, java.time.temporal.ChronoUnit.MONTHS);
    return i < 0 || i >= size() ? Double.NaN : values[(int) i];
  }

  /** The first {@code n} months. */
  public double[] head(int n) {
    return Arrays.copyOf(values, n);
  }

  public List<YearMonth> months() {
    List<YearMonth> out = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      out.add(month(i));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthlySeries m && m.label.equals(label) && m.start.equals(start)
        && Arrays.equals(m.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * label.hashCode() + start.hashCode()) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MonthlySeries[" + label + ", " + start + ", " + size() + " months]";
  }
}
