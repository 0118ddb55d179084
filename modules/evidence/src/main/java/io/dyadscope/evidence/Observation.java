package io.dyadscope.evidence;

import java.util.Objects;

/**
 * One sourced value of an indicator.
 *
 * <p>The identity of an observation is its {@link #key()}: indicator, dyad, subject, period,
 * status, source, reporting source and location. Two values for the same thing from different
 * places of one report (the text and a table, say) differ in location and are both kept; a new
 * value for the same key replaces the old one. {@link #id()} is a stable hash of the key, so that
 * findings can cite observations across rebuilds of a workspace.
 *
 * @param indicator  catalogue id
 * @param dyad       the dyad the value belongs to, e.g. {@code PAK-AFG}
 * @param subject    what the value is about: the dyad id, one of its countries (alpha-3), a province
 *                   (ISO 3166-2, e.g. {@code PK-KP}) or an initiative (e.g. {@code CPEC})
 * @param period     the year or month the value refers to
 * @param value      the number, in {@code unit}
 * @param unit       unit of the value (the indicator's canonical unit)
 * @param status     observed, reported (second-hand) or a projection by {@code source}
 * @param source     id of the source the figure is attributed to
 * @param reportedBy id of the source that passed it on, or empty when first-hand
 * @param location   where in the reporting source the figure stands (e.g. {@code Table 1}), or empty
 * @param note       free remark, or empty
 */
public record Observation(String indicator, String dyad, String subject, Period period, double value,
    String unit, Status status, String source, String reportedBy, String location, String note) {

  public Observation {
    indicator = Require.text(indicator, "indicator");
    dyad = Dyad.parse(dyad).id();
    subject = Require.text(subject, "subject");
    Objects.requireNonNull(period, "period");
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value is not a finite number: " + value);
    }
    unit = Require.text(unit, "unit");
    Objects.requireNonNull(status, "status");
    source = Require.text(source, "source");
    reportedBy = reportedBy == null ? "" : reportedBy.strip();
    location = location == null ? "" : location.strip();
    note = note == null ? "" : note.strip();
  }

  /** The fields that identify this observation, joined with '|'. */
  public String key() {
    return String.join("|", indicator, dyad, subject, period.toString(), status.word(), source,
        reportedBy, location);
  }

  /** Stable id: {@code o-} and the first 12 hex digits of the SHA-256 of {@link #key()}. */
  public String id() {
    return "o-" + Hashing.shortSha256(key(), 6);
  }

  /** The source to credit first: the original source (a reporting source is credited beside it). */
  public boolean isSecondHand() {
    return !reportedBy.isEmpty();
  }
}
