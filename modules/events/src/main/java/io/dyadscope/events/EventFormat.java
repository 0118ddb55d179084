package io.dyadscope.events;

import java.util.Locale;

/** The file layouts Dyadscope reads; detected from a file's first line, or named with {@code --format}. */
public enum EventFormat {
  ACLED("acled", Dataset.ACLED, "ACLED CSV export"),
  UCDP("ucdp", Dataset.UCDP, "UCDP GED CSV (release or HDX export)"),
  GDELT2("gdelt2", Dataset.GDELT, "GDELT 2.0 events export (61 tab-separated columns)"),
  GDELT1("gdelt1", Dataset.GDELT, "GDELT 1.0 events file (57 or 58 tab-separated columns)");

  private final String id;
  private final Dataset dataset;
  private final String description;

  EventFormat(String id, Dataset dataset, String description) {
    this.id = id;
    this.dataset = dataset;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public Dataset dataset() {
    return dataset;
  }

  public String description() {
    return description;
  }

  public static EventFormat parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (EventFormat f : values()) {
      if (f.id.equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown event format '" + text + "' (expected acled, ucdp, gdelt2 or gdelt1)");
  }

  /**
   * The format a file's first line shows, or null when it shows none: GDELT files have no header and
   * are told by their number of tab-separated columns; ACLED and UCDP by their header names.
   */
  public static EventFormat detect(String firstLine) {
    if (firstLine == null) {
      return null;
    }
    String line = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
    int tabs = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\t') {
        tabs++;
      }
    }
    if (tabs + 1 == GdeltRow.V2_COLUMNS) {
      return GDELT2;
    }
    if (tabs + 1 == GdeltRow.V1_COLUMNS || tabs + 1 == GdeltRow.V1_COLUMNS + 1) {
      return GDELT1;
    }
    String header = line.toLowerCase(Locale.ROOT);
    if (header.contains("type_of_violence") && header.contains("best")) {
      return UCDP;
    }
    if (header.contains("event_date") && header.contains("event_type")) {
      return ACLED;
    }
    return null;
  }
}
