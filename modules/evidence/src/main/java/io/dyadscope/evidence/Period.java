package io.dyadscope.evidence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A calendar year ({@code 2024}), a quarter ({@code 2024-Q1}), a month ({@code 2024-03}) or a day
 * ({@code 2024-03-15}) that an observation refers to.
 *
 * <p>Periods order chronologically by the day they start; where two start on the same day the
 * coarser sorts first (a year before its first quarter, a quarter before its first month, a month
 * before its first day). Years and months order exactly as they always have: a year before the
 * months of that year. {@link #ordinal()} gives a number that grows by one per step of the
 * period's own granularity, so that series arithmetic can treat periods as evenly spaced points.
 *
 * @param year    calendar year, 1800 to 2200
 * @param month   1 to 12 for a month or a day, 0 for a year or a quarter
 * @param day     1 to 31 for a day (a real date), else 0
 * @param quarter 1 to 4 for a quarter, else 0
 */
public record Period(int year, int month, int day, int quarter) implements Comparable<Period> {

  /** How long a period is. */
  public enum Granularity {
    YEAR, QUARTER, MONTH, DAY;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Period {
    if (year < 1800 || year > 2200) {
      throw new IllegalArgumentException("year out of range 1800-2200: " + year);
    }
    if (month < 0 || month > 12) {
      throw new IllegalArgumentException("month out of range 1-12: " + month);
    }
    if (quarter < 0 || quarter > 4) {
      throw new IllegalArgumentException("quarter out of range 1-4: " + quarter);
    }
    if (quarter != 0 && (month != 0 || day != 0)) {
      throw new IllegalArgumentException("a quarter has no month or day: " + year + "-Q" + quarter);
    }
    if (day != 0) {
      if (month == 0) {
        throw new IllegalArgumentException("a day needs a month: " + year + ", day " + day);
      }
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("not a date: " + String.format("%04d-%02d-%02d", year, month, day));
      }
    }
  }

  /** A year ({@code month} 0) or a month, as periods have always been made. */
  public Period(int year, int month) {
    this(year, month, 0, 0);
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

  public static Period ofQuarter(int year, int quarter) {
    if (quarter == 0) {
      throw new IllegalArgumentException("quarter out of range 1-4: 0");
    }
    return new Period(year, 0, 0, quarter);
  }

  public static Period ofDay(int year, int month, int day) {
    if (month == 0 || day == 0) {
      throw new IllegalArgumentException("a day needs a month and a day of the month: " + year + "-" + month + "-" + day);
    }
    return new Period(year, month, day, 0);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-Qn} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the text when it is none of them
   */
  public static Period parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.matches("\\d{4}")) {
      return ofYear(Integer.parseInt(t));
    }
    if (t.matches("\\d{4}-\\d{2}")) {
      return ofMonth(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
    }
    if (t.matches("\\d{4}-[Qq]\\d")) {
      return ofQuarter(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(6)));
    }
    if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return ofDay(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
          Integer.parseInt(t.substring(8)));
    }
    throw new IllegalArgumentException("not a period (expected YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD): '" + text + "'");
  }

  public Granularity granularity() {
    if (quarter != 0) {
      return Granularity.QUARTER;
    }
    if (month == 0) {
      return Granularity.YEAR;
    }
    return day == 0 ? Granularity.MONTH : Granularity.DAY;
  }

  public boolean isAnnual() {
    return month == 0 && quarter == 0;
  }

  /** True for months only (not days, quarters or years). */
  public boolean isMonthly() {
    return granularity() == Granularity.MONTH;
  }

  /**
   * Years for annual periods, months since year 0 for monthly ones, quarters since year 0 for
   * quarters, days since 1970-01-01 for days.
   */
  public int ordinal() {
    return switch (granularity()) {
      case YEAR -> year;
      case QUARTER -> year * 4 + (quarter - 1);
      case MONTH -> year * 12 + (month - 1);
      case DAY -> (int) LocalDate.of(year, month, day).toEpochDay();
    };
  }

  /** The period of the same granularity that follows this one. */
  public Period next() {
    return switch (granularity()) {
      case YEAR -> ofYear(year + 1);
      case QUARTER -> quarter == 4 ? ofQuarter(year + 1, 1) : ofQuarter(year, quarter + 1);
      case MONTH -> month == 12 ? ofMonth(year + 1, 1) : ofMonth(year, month + 1);
      case DAY -> {
        LocalDate d = LocalDate.of(year, month, day).plusDays(1);
        yield ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      }
    };
  }

  /** The year this period falls in. */
  public Period toYear() {
    return ofYear(year);
  }

  /** The quarter this period falls in; a year has none. */
  public Period toQuarter() {
    if (isAnnual()) {
      throw new IllegalArgumentException("a year is not inside a quarter: " + this);
    }
    return quarter != 0 ? this : ofQuarter(year, (month - 1) / 3 + 1);
  }

  /** The month this period falls in; a year or a quarter has none. */
  public Period toMonth() {
    if (month == 0) {
      throw new IllegalArgumentException("a " + granularity().word() + " is not inside a month: " + this);
    }
    return ofMonth(year, month);
  }

  /** How many periods of this one's granularity make its year: 1, 4, 12, or the year's days. */
  public int periodsPerYear() {
    return switch (granularity()) {
      case YEAR -> 1;
      case QUARTER -> 4;
      case MONTH -> 12;
      case DAY -> LocalDate.of(year, 1, 1).lengthOfYear();
    };
  }

  /** Distance in years between the starts of two periods (fractional below a year). */
  public double yearsUntil(Period later) {
    return later.start() - start();
  }

  /** The start of the period as a fractional year. */
  private double start() {
    return switch (granularity()) {
      case YEAR -> year;
      case QUARTER -> year + (quarter - 1) / 4.0;
      case MONTH -> year + (month - 1) / 12.0;
      case DAY -> year + (LocalDate.of(year, month, day).getDayOfYear() - 1)
          / (double) LocalDate.of(year, 1, 1).lengthOfYear();
    };
  }

  /** First month the period covers, 0 for a year (so that a year sorts before its months). */
  private int startMonth() {
    return quarter != 0 ? quarter * 3 - 2 : month;
  }

  @Override
  public int compareTo(Period o) {
    int c = Integer.compare(year, o.year);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(startMonth(), o.startMonth());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(day, o.day);
    return c != 0 ? c : granularity().compareTo(o.granularity());
  }

  @Override
  public String toString() {
    return switch (granularity()) {
      case YEAR -> Integer.toString(year);
      case QUARTER -> year + "-Q" + quarter;
      case MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
    };
  }
}
