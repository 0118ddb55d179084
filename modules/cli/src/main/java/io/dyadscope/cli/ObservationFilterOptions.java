package io.dyadscope.cli;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import picocli.CommandLine.Option;

/** Which of a dyad's observations to list: by indicator, subject, status, source and period. */
final class ObservationFilterOptions {

  @Option(names = "--indicator", paramLabel = "ID", description = "Indicator id, or a prefix ending in '.' (trade.).")
  String indicator;

  @Option(names = "--subject", description = "Dyad, country code, province (PK-KP) or initiative (CPEC).")
  String subject;

  @Option(names = "--status", description = "observed, reported or projection.") Status status;

  @Option(names = "--source", description = "Source id.") String source;

  @Option(names = "--from", paramLabel = "PERIOD", description = "First period (YYYY or YYYY-MM).") Period from;

  @Option(names = "--to", paramLabel = "PERIOD", description = "Last period (YYYY or YYYY-MM).") Period to;

  /** The query for {@code dyad}'s observations narrowed by every option given. */
  ObservationQuery query(Dyad dyad) {
    ObservationQuery q = ObservationQuery.all().dyad(dyad.id());
    q = indicator == null ? q : q.indicator(indicator);
    q = subject == null ? q : q.subject(subject);
    q = status == null ? q : q.status(status);
    q = source == null ? q : q.source(source);
    q = from == null ? q : q.from(from);
    return to == null ? q : q.to(to);
  }
}
