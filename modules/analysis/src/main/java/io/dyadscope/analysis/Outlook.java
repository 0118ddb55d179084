package io.dyadscope.analysis;

import io.dyadscope.evidence.Period;

/**
 * What can be said about the value of an indicator for a subject at a future period: either a
 * {@link Forecast} or, when the evidence is too thin, a {@link NoForecast} that says why.
 */
public sealed interface Outlook permits Forecast, NoForecast {

  String indicator();

  String subject();

  Period target();
}
