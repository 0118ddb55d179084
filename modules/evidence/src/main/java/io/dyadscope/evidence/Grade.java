package io.dyadscope.evidence;


/**
 * Credibility of a source, on the reliability scale of the NATO/Admiralty system: A (completely
 * reliable) to E (unreliable), F when it cannot be judged.
 */
public enum Grade {
  A("completely reliable"),
  B("usually reliable"),
  C("fairly reliable"),
  D("not usually reliable"),
  E("unreliable"),
  F("reliability cannot be judged");

  private final String meaning;

  Grade(String meaning) {
    this.meaning = meaning;
  }

  public String meaning() {
    return meaning;
  }

  /** True when this grade is more credible than {@code other}. */
  public boolean betterThan(Grade other) {
    return ordinal() < other.ordinal();
  }

  public static Grade parse(String text) {
    return Resources.constant(Grade.class, text, "grade", "A to F");
  }
}
