package io.dyadscope.evidence;

/**
 * Credibility of a source, on the reliability scale of the NATO/Admiralty system: A (completely
 * reliable) to E (unreliable), F when it cannot be judged.
 */
public enum Grade {
  /** Completely reliable. */
  A,
  /** Usually reliable. */
  B,
  /** Fairly reliable. */
  C,
  /** Not usually reliable. */
  D,
  /** Unreliable. */
  E,
  /** Reliability cannot be judged. */
  F;

  /** True when this grade is more credible than {@code other}. */
  public boolean betterThan(Grade other) {
    return ordinal() < other.ordinal();
  }

  public static Grade parse(String text) {
    // the one lookup for enums read by a word; the error says "A to F" rather than listing six letters
    return Labels.find(values(), Grade::name, text)
        .orElseThrow(() -> new IllegalArgumentException("unknown grade '" + text + "' (expected A to F)"));
  }
}
