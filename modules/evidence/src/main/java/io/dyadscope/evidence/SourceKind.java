package io.dyadscope.evidence;

import java.util.Locale;

/** The kind of body that published a source. */
public enum SourceKind implements Worded {
  OFFICIAL,
  INTERNATIONAL_ORGANISATION,
  THINK_TANK,
  SCHOLARLY,
  NEWS,
  DATASET,
  SURVEY;

  /** Human label, as written in source files: its {@link #word()}, e.g. {@code think tank}. */
  public String label() {
    return word();
  }

  /** Accepts the label, the constant name, or either with '_', '-' or ' ' as separators. */
  public static SourceKind parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\- ]+", " ");
    if (t.equals("international organization") || t.equals("io")) {
      return INTERNATIONAL_ORGANISATION;
    }
    return Labels.find(values(), SourceKind::word, t)
        .orElseThrow(() -> Labels.unknown(values(), SourceKind::word, text, "source kind"));
  }
}
