package io.dyadscope.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/** Field parsers shared by the CSV readers; each failure names file, line and column. */
final class Fields {

  private static final DateTimeFormatter DAY_MONTH_NAME = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
      .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ENGLISH)
      .withResolverStyle(ResolverStyle.STRICT);

  private Fields() {}

  /** ISO dates ({@code 2023-01-15}, optionally followed by a time), {@code 15 January 2023} or {@code 15-01-2023}. */
  static LocalDate date(String s, String file, long line, String column) {
    String t = s.strip();
    try {
      if (t.length() >= 10 && t.charAt(4) == '-') {
        return LocalDate.parse(t.substring(0, 10));
      }
      if (t.length() == 10 && t.charAt(2) == '-') {
        return LocalDate.parse(t, DAY_MONTH_YEAR);
      }
      return LocalDate.parse(t, DAY_MONTH_NAME);
    } catch (DateTimeParseException e) {
      throw new BadRowException(file, line, column, "not a date: '" + s + "'");
    }
  }

  /** A count of zero or more; empty gives {@code ifEmpty}. */
  static Integer count(String s, String file, long line, String column, Integer ifEmpty) {
    if (s.isEmpty()) {
      return ifEmpty;
    }
    int v;
    try {
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new BadRowException(file, line, column, "not a whole number: '" + s + "'");
    }
    if (v < 0) {
      throw new BadRowException(file, line, column, "negative count: " + v);
    }
    return v;
  }

  static int integer(String s, String file, long line, String column) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new BadRowException(file, line, column, "not a whole number: '" + s + "'");
    }
  }
}
