package io.dyadscope.analysis;

import io.dyadscope.evidence.Period;
import java.util.Objects;

/**
 * The answer when no projection can be made, with the reason, e.g.
 * {@code "one point (2023): no basis for a projection"}.
 *
 * @param indicator catalogue id
 * @param subject   what the value is about
 * @param target    the period asked for
 * @param reason    why there is no forecast
 */
public record NoForecast(String indicator, String subject, Period target, String reason) implements Outlook {

  public NoForecast {
    indicator = Series.requireText(indicator, "indicator");
    subject = Series.requireText(subject, "subject");
    Objects.requireNonNull(target, "target");
    reason = Series.requireText(reason, "reason");
  }
}
