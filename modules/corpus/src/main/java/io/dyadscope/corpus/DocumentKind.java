package io.dyadscope.corpus;

import io.dyadscope.evidence.Labels;
import java.util.Locale;

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
    return Labels.find(values(), DocumentKind::name, w)
        .orElseThrow(() -> Labels.unknown(values(), DocumentKind::name, word, "document kind"));
  }
}
