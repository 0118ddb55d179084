package io.dyadscope.events;

import io.dyadscope.evidence.Labels;
import java.util.Locale;

/** The file layouts Dyadscope reads; detected from a file's first line, or named with {@code --format}. */
public enum EventFormat {
  ACLED(Dataset.ACLED, "ACLED CSV export"),
  UCDP(Dataset.UCDP, "UCDP GED CSV (release or HDX export)"),
  GDELT2(Dataset.GDELT, "GDELT 2.0 events export (61 tab-separated columns)"),
  GDELT1(Dataset.GDELT, "GDELT 1.0 events file (57 or 58 tab-separated columns)");

  private final Dataset dataset;
  private final String description;

  EventFormat(Dataset dataset, String description) {
    this.dataset = dataset;
    this.description = description;
  }

  /** The name {@code --format} takes: {@code acled}, {@code ucdp}, {@code gdelt2}, {@code gdelt1}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Dataset dataset() {
    return dataset;
  }

  public String description() {
    return description;
  }

  public static EventFormat parse(String text) {
    return Labels.parse(values(), EventFormat::id, text, "event format");
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
