package io.dyadscope.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What sort of text a corpus document is; the analysis counts codes per kind. */
public enum DocumentKind {
  agreement,
  communique,
  statement,
  policy,
  report,
  news,
  transcript,
  encyclopedic;

  /**
   * The kind named by {@code word} (case-insensitive; "communiqué" is read as communique).
   *
   * @throws IllegalArgumentException naming the word and the known kinds
   */
  public static DocumentKind parse(String word) {
    String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT).replace('é', 'e');
    for (DocumentKind k : values()) {
      if (k.name().equals(w)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown document kind '" + word + "' (known: "
        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
  }
}
