package io.dyadscope.corpus.gold;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One sentence of a document coded by a person: the reference the auto-coder is measured against.
 *
 * @param line       line of the gold file it was read from, for messages
 * @param documentId the document it comes from
 * @param split      {@code tuning} (rules may be tuned on it) or {@code held-out} (never tuned on)
 * @param codes      the codes that apply (empty: none does)
 * @param text       the sentence as quoted: white space collapsed, reference marks left out
 */
public record GoldSentence(int line, String documentId, String split, Set<String> codes, String text) {

  /** The split rules may be tuned on. */
  public static final String TUNING = "tuning";
  /** The split kept aside: measured, never tuned on. */
  public static final String HELD_OUT = "held-out";

  public GoldSentence {
    Objects.requireNonNull(documentId, "documentId");
    if (!split.equals(TUNING) && !split.equals(HELD_OUT)) {
      throw new IllegalArgumentException("split must be '" + TUNING + "' or '" + HELD_OUT + "', not '" + split + "'");
    }
    codes = Set.copyOf(new TreeSet<>(codes));
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("sentence is empty");
    }
  }
}
