package io.dyadscope.evidence;

/**
 * A calendar year ({@code 2024}) or a month ({@code 2024-03}) that an observation refers to.
 *
 * <p>Periods order chronologically; an annual period sorts before the months of the same year.
 * {@link #ordinal()} gives a number that grows by one per step of the period's own granularity,
 * so that series arithmetic can treat periods as evenly spaced points.
 *
 * @param year  calendar year, 1800 to 2200
 * @param month 1 to 12, or 0 for a whole year
 */
public record Period(int year, int month) implements Comparable<Period> {

  public Period {
    if (year < 1800 || year > 2200) {
      throw new IllegalArgumentException("year out of range 1800-2200: " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range 1-12: " + month);
    }
  }

  public static Period ofYear(int year) {
    return new Period(year, 0);
  }

  public static Period ofMonth(int year, int month) {
    if (month == 0) {
      throw new IllegalArgumentException("month out of range 1-12: 0");
    }
    return new Period(year, month);
  }

  /**
   * Parses {@code YYYY} or {@code YYYY-MM}.
   *
   * @throws IllegalArgumentException naming the text when it is neither
   */
  public static Period parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.matches("\\d{4}")) {
      return ofYear(Integer.parseInt(t));
    }
    if (t.matches("\\d{4}-\\d{2}")) {
      return ofMonth(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
    }
    throw new IllegalArgumentException("not a period (expected YYYY or YYYY-MM): '" + text + "'");
  }

  public boolean isAnnual() {
    return month == 0;
  }

  /** Years for annual periods, months since year 0 for monthly ones. */
  public int ordinal() {
    return isAnnual() ? year : year * 12 + (month - 1);
  }

  /** Distance in years between two periods (fractional for months). */
  public double yearsUntil(Period later) {
    double a = year + (isAnnual() ? 0 : (month - 1) / 12.0);
    double b = later.year + (later.isAnnual() ? 0 : (later.month - 1) / 12.0);
    return b - a;
  }

  @Override
  public int compareTo(Period o) {
    int c = Integer.compare(year, o.year);
    return c != 0 ? c : Integer.compare(month, o.month);
  }

  @Override
  public String toString() {
    return isAnnual() ? Integer.toString(year) : String.format("%04d-%02d", year, month);
  }
}
