package io.dyadscope.audit;

import io.dyadscope.evidence.Require;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.Objects;

/**
 * A number a report states about a quantity: what the audit compares. Values are in the
 * indicator's canonical unit ({@code USD million} for trade, {@code count} for refugees...).
 *
 * <p>A number written {@code 1.4 million} stands for every value that rounds to it: {@link #low()}
 * and {@link #high()} bound that interval (statcheck's reading of reported numbers). The
 * {@link #qualifier()} says whether the text put the value above, below or around the number.
 *
 * @param line        1-based line of the extracted text where the number stands
 * @param excerpt     the sentence or table row holding it
 * @param indicator   catalogue id, e.g. {@code trade.total}
 * @param subject     what it is about: the dyad id ({@code PAK-AFG}), a country ({@code PAK}), a
 *                    province ({@code PK-KP}), an initiative ({@code CPEC}), or another pair of
 *                    countries when the sentence is about them
 * @param period      the year or month it refers to, or null when none could be read
 * @param periodBasis where the period came from
 * @param value       the number in {@code unit}
 * @param low         lowest value that rounds to the number as written
 * @param high        highest value that rounds to it (exclusive)
 * @param unit        the indicator's unit
 * @param status      {@code REPORTED} for a statement of fact, {@code PROJECTION} for a forecast
 * @param qualifier   exact, at least, at most or about
 * @param written     the number as written, e.g. {@code $1.9 billion}
 * @param location    {@code text} or the table it stands in, e.g. {@code Table 1}
 */
public record Claim(int line, String excerpt, String indicator, String subject, Period period,
    PeriodBasis periodBasis, double value, double low, double high, String unit, Status status,
    Qualifier qualifier, String written, String location) {

  public Claim {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
    excerpt = excerpt == null ? "" : excerpt.strip();
    indicator = Require.text(indicator, "indicator");
    subject = Require.text(subject, "subject");
    Objects.requireNonNull(periodBasis, "periodBasis");
    if ((period == null) != (periodBasis == PeriodBasis.NONE)) {
      throw new IllegalArgumentException("period " + period + " does not fit its basis " + periodBasis);
    }
    if (!Double.isFinite(value) || !(low <= value) || !(value <= high)) {
      throw new IllegalArgumentException("value " + value + " is not within its rounding interval [" + low + ", "
          + high + ") in " + indicator);
    }
    unit = Require.text(unit, "unit");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(qualifier, "qualifier");
    written = Require.text(written, "written");
    location = Require.text(location, "location");
  }

  /** True when the claim stands in a table rather than in running text. */
  public boolean inTable() {
    return !"text".equals(location);
  }

  /** Where to find it: {@code line 20} or {@code line 437, Table 1}. */
  public String where() {
    return inTable() ? "line " + line + ", " + location : "line " + line;
  }
}
