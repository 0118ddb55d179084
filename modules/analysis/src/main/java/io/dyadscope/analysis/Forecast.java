package io.dyadscope.analysis;

import io.dyadscope.evidence.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A computed projection with its prediction intervals and an account of how it was made.
 *
 * @param indicator     catalogue id
 * @param subject       what the value is about
 * @param target        the period projected
 * @param point         the central projection, inside {@code p80}
 * @param p80           80% prediction interval, inside {@code p95}
 * @param p95           95% prediction interval
 * @param method        name of the {@link ForecastMethod} that made {@code point}
 * @param confidence    how far to trust it
 * @param basis         one human sentence on how it was made
 * @param backtestError method name to mean absolute error of the rolling-origin backtest, in the
 *                      order the methods were tried; empty when the series was too short to backtest
 * @param points        number of points of the series it was made from, at least 2
 */
public record Forecast(String indicator, String subject, Period target, double point, Interval p80,
    Interval p95, String method, Confidence confidence, String basis, Map<String, Double> backtestError,
    int points) implements Outlook {

  public Forecast {
    indicator = Series.requireText(indicator, "indicator");
    subject = Series.requireText(subject, "subject");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(p80, "p80");
    Objects.requireNonNull(p95, "p95");
    method = Series.requireText(method, "method");
    Objects.requireNonNull(confidence, "confidence");
    basis = Series.requireText(basis, "basis");
    backtestError = Collections.unmodifiableMap(new LinkedHashMap<>(
        Objects.requireNonNull(backtestError, "backtestError")));
    if (!Double.isFinite(point)) {
      throw new IllegalArgumentException("forecast of " + indicator + " " + target + " is not finite: " + point);
    }
    if (!p80.contains(point)) {
      throw new IllegalArgumentException("forecast " + point + " lies outside its 80% interval " + p80);
    }
    if (p80.lo() < p95.lo() || p80.hi() > p95.hi()) {
      throw new IllegalArgumentException("80% interval " + p80 + " is not inside the 95% interval " + p95);
    }
    if (points < 2) {
      throw new IllegalArgumentException("a forecast needs at least 2 points, got " + points);
    }
  }
}
