package io.dyadscope.audit.extract;

import java.util.HashMap;
import java.util.Map;

/** Which way a text says a quantity moved. */
public enum Direction {
  UP("rise"),
  DOWN("fall");

  private static final Map<String, Direction> WORDS = new HashMap<>();

  static {
    for (String w : new String[] {"rose", "rise", "risen", "rising", "increased", "increase", "increasing", "grew",
        "grow", "grown", "growing", "growth", "soared", "soar", "soaring", "surged", "surge", "climbed", "climb",
        "jumped", "jump", "expanded", "expand", "expanding", "expansion", "doubled", "tripled", "rebounded",
        "boost", "boosted", "recovered", "recover", "recovering", "recovery"}) {
      WORDS.put(w, UP);
    }
    for (String w : new String[] {"fell", "fall", "fallen", "falling", "dropped", "drop", "declined", "decline",
        "declining", "decreased", "decrease", "decreasing", "reduced", "reduce", "reduction", "shrank", "shrunk",
        "shrink", "shrinking", "plunged", "plummeted", "slumped", "dipped", "contracted", "contraction", "halved",
        "slid", "slipped"}) {
      WORDS.put(w, DOWN);
    }
  }

  private final String noun;

  Direction(String noun) {
    this.noun = noun;
  }

  /** {@code rise} or {@code fall}. */
  public String noun() {
    return noun;
  }

  /** The direction a word (in normal form) states, or null. */
  public static Direction of(String norm) {
    return WORDS.get(norm);
  }

  /** The direction from {@code a} to {@code b}, or null when they are equal. */
  public static Direction between(double a, double b) {
    return b > a ? UP : b < a ? DOWN : null;
  }
}
