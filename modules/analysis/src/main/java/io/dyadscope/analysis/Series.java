package io.dyadscope.analysis;

import io.dyadscope.evidence.Period;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of one indicator for one subject over time: at most one point per period, in
 * chronological order, all annual or all monthly so that period ordinals are comparable.
 *
 * @param indicator catalogue id of the indicator
 * @param subject   what the values are about (a dyad, country, province or initiative)
 * @param points    strictly increasing by period, all of one granularity; may be empty
 */
public record Series(String indicator, String subject, List<Point> points) {

  public Series {
    indicator = requireText(indicator, "indicator");
    subject = requireText(subject, "subject");
    points = List.copyOf(Objects.requireNonNull(points, "points"));
    for (int i = 1; i < points.size(); i++) {
      Period before = points.get(i - 1).period();
      Period p = points.get(i).period();
      if (before.isAnnual() != p.isAnnual()) {
        throw new IllegalArgumentException("series " + indicator + "/" + subject
            + " mixes annual and monthly periods: " + before + " and " + p);
      }
      if (p.compareTo(before) <= 0) {
        throw new IllegalArgumentException("series " + indicator + "/" + subject
            + " is not in strictly increasing order: " + p + " after " + before);
      }
    }
  }

  public int size() {
    return points.size();
  }

  public boolean isEmpty() {
    return points.isEmpty();
  }

  /** @throws NoSuchElementException when the series is empty */
  public Point first() {
    requireNotEmpty();
    return points.get(0);
  }

  /** @throws NoSuchElementException when the series is empty */
  public Point last() {
    requireNotEmpty();
    return points.get(points.size() - 1);
  }

  /** The point of period {@code p}, if the series has one. */
  public Optional<Point> at(Period p) {
    int lo = 0;
    int hi = points.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = points.get(mid).period().compareTo(p);
      if (c == 0) {
        return Optional.of(points.get(mid));
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }

  /** The values in period order. */
  public double[] values() {
    double[] v = new double[points.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = points.get(i).value();
    }
    return v;
  }

  /** The period ordinals ({@link Period#ordinal()}) in order: years, or months since year 0. */
  public double[] times() {
    double[] t = new double[points.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = points.get(i).period().ordinal();
    }
    return t;
  }

  private void requireNotEmpty() {
    if (points.isEmpty()) {
      throw new NoSuchElementException("series " + indicator + "/" + subject + " has no points");
    }
  }

  static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is empty");
    }
    return value.strip();
  }
}
