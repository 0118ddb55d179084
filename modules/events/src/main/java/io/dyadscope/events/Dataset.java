package io.dyadscope.events;

import java.util.Locale;

/** The event datasets Dyadscope reads; each event keeps the one it came from. */
public enum Dataset {
  ACLED("acled", "ACLED (Armed Conflict Location & Event Data)"),
  UCDP("ucdp", "UCDP Georeferenced Event Dataset"),
  GDELT("gdelt", "GDELT Event Database");

  private final String id;
  private final String title;

  Dataset(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** Lower-case id as stored and written in rule files: {@code acled}, {@code ucdp}, {@code gdelt}. */
  public String id() {
    return id;
  }

  /** Full name for citations. */
  public String title() {
    return title;
  }

  public static Dataset parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (Dataset d : values()) {
      if (d.id.equals(t)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown dataset '" + text + "' (expected acled, ucdp or gdelt)");
  }
}
