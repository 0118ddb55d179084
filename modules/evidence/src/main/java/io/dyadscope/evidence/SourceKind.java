package io.dyadscope.evidence;

import java.util.Locale;

/** The kind of body that published a source. */
public enum SourceKind {
  OFFICIAL("official"),
  INTERNATIONAL_ORGANISATION("international organisation"),
  THINK_TANK("think tank"),
  SCHOLARLY("scholarly"),
  NEWS("news"),
  DATASET("dataset"),
  SURVEY("survey");

  private final String label;

  SourceKind(String label) {
    this.label = label;
  }

  /** Human label, as written in source files. */
  public String label() {
    return label;
  }

  /** Accepts the label, the constant name, or either with '_', '-' or ' ' as separators. */
  public static SourceKind parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\- ]+", " ");
    if (t.equals("international organization") || t.equals("io")) {
      return INTERNATIONAL_ORGANISATION;
    }
    for (SourceKind k : values()) {
      if (k.label.equals(t)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown source kind '" + text
        + "' (expected official, international organisation, think tank, scholarly, news, dataset or survey)");
  }
}
