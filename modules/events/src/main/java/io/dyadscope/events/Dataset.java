package io.dyadscope.events;

import io.dyadscope.evidence.Labels;
import java.util.Locale;

/** The event datasets Dyadscope reads; each event keeps the one it came from. */
public enum Dataset {
  ACLED("ACLED (Armed Conflict Location & Event Data)"),
  UCDP("UCDP Georeferenced Event Dataset"),
  GDELT("GDELT Event Database");

  private final String title;

  Dataset(String title) {
    this.title = title;
  }

  /** Lower-case id as stored and written in rule files: {@code acled}, {@code ucdp}, {@code gdelt}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Full name for citations. */
  public String title() {
    return title;
  }

  public static Dataset parse(String text) {
    return Labels.parse(values(), Dataset::id, text, "dataset");
  }
}
