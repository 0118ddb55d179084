package io.dyadscope.evidence;


/**
 * Which observations to read from a workspace. Every criterion is optional (null matches all);
 * start from {@link #all()} and narrow with the withers:
 * {@code ObservationQuery.all().dyad("PAK-AFG").indicator("trade.")}.
 *
 * @param dyad      dyad id, e.g. {@code PAK-AFG}
 * @param indicator an indicator id, or a prefix ending in {@code .} ({@code trade.}) for a
 *                  family or sub-family
 * @param subject   subject code, e.g. {@code PAK} or {@code PK-KP}
 * @param status    observed, reported or projection
 * @param source    id of the source the value is attributed to
 * @param from      earliest period: keeps periods that start no earlier than {@code from} starts
 * @param to        latest period: keeps periods that end no later than {@code to} ends. A year
 *                  therefore covers its months ({@code from 2024 to 2024} includes
 *                  {@code 2024-03}), while a month range leaves out the years it lies in.
 */
public record ObservationQuery(String dyad, String indicator, String subject, Status status,
    String source, Period from, Period to) {

  private static final ObservationQuery ALL = new ObservationQuery(null, null, null, null, null, null, null);

  public ObservationQuery {
    dyad = blankToNull(dyad);
    if (dyad != null) {
      dyad = Dyad.parse(dyad).id();
    }
    indicator = blankToNull(indicator);
    subject = blankToNull(subject);
    source = blankToNull(source);
    if (from != null && to != null && firstMonth(from) > lastMonth(to)) {
      throw new IllegalArgumentException("period range ends before it starts: " + from + " to " + to);
    }
  }

  /** Matches every observation. */
  public static ObservationQuery all() {
    return ALL;
  }

  // One wither a criterion, alike by design: records have none of their own, each is a single
  // constructor call, and they keep a query readable as a chain; a builder would be more code for the same.
  public ObservationQuery dyad(String newDyad) {
    return new ObservationQuery(newDyad, indicator, subject, status, source, from, to);
  }

  public ObservationQuery indicator(String idOrPrefix) {
    return new ObservationQuery(dyad, idOrPrefix, subject, status, source, from, to);
  }

  public ObservationQuery subject(String newSubject) {
    return new ObservationQuery(dyad, indicator, newSubject, status, source, from, to);
  }

  public ObservationQuery status(Status newStatus) {
    return new ObservationQuery(dyad, indicator, subject, newStatus, source, from, to);
  }

  public ObservationQuery source(String newSource) {
    return new ObservationQuery(dyad, indicator, subject, status, newSource, from, to);
  }

  public ObservationQuery from(Period newFrom) {
    return new ObservationQuery(dyad, indicator, subject, status, source, newFrom, to);
  }

  public ObservationQuery to(Period newTo) {
    return new ObservationQuery(dyad, indicator, subject, status, source, from, newTo);
  }

  /** True when {@link #indicator()} names a prefix rather than one indicator. */
  public boolean indicatorIsPrefix() {
    return indicator != null && indicator.endsWith(".");
  }

  /** Months since year 0 of the first month a period covers. */
  public static int firstMonth(Period p) {
    return p.year() * 12 + (p.isAnnual() ? 0 : p.month() - 1);
  }

  /** Months since year 0 of the last month a period covers. */
  public static int lastMonth(Period p) {
    return p.year() * 12 + (p.isAnnual() ? 11 : p.month() - 1);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
