package io.dyadscope.audit.vocabulary;

import io.dyadscope.audit.text.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words that say how much a quantity moved ("slightly", "sharp", "strongly") and the size of change
 * each allows, from the resource {@code strength.csv}: weak words 0 to 10%, strong words 15% or more
 * (absolute change in percent of the earlier figure).
 */
public final class StrengthWords {

  /** A strength word and the absolute change it allows, in percent (max may be infinite). */
  public record Bounds(String word, double min, double max) {

    public Bounds {
      if (!(min >= 0) || !(max >= min)) {
        throw new IllegalArgumentException("strength word '" + word + "': bounds must satisfy 0 <= min <= max, got "
            + min + " and " + max);
      }
    }

    /** True when a change whose absolute size lies in [lowAbs, highAbs] cannot fit this word. */
    public boolean contradicts(double lowAbs, double highAbs) {
      return highAbs < min || lowAbs > max;
    }

    /** "0 to 10%" or "15% or more". */
    public String range() {
      return Double.isInfinite(max) ? fmt(min) + "% or more" : fmt(min) + " to " + fmt(max) + "%";
    }

    private static String fmt(double v) {
      return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
  }

  private static final StrengthWords STANDARD = load();

  private final Map<String, Bounds> words;

  private StrengthWords(Map<String, Bounds> words) {
    this.words = Map.copyOf(words);
  }

  public static StrengthWords standard() {
    return STANDARD;
  }

  private static StrengthWords load() {
    Map<String, Bounds> out = new HashMap<>();
    for (DataFile.Row r : DataFile.resource("strength.csv", "word", "min_percent", "max_percent")) {
      String word = r.field(0).toLowerCase();
      double min = r.field(1).isEmpty() ? 0 : r.number(1, "min_percent");
      double max = r.field(2).isEmpty() ? Double.POSITIVE_INFINITY : r.number(2, "max_percent");
      if (min < 0 || max < min) {
        throw r.error("bounds must satisfy 0 <= min_percent <= max_percent");
      }
      if (out.put(word, new Bounds(word, min, max)) != null) {
        throw r.error("'" + word + "' is listed twice");
      }
    }
    return new StrengthWords(out);
  }

  /** The bounds of a word, or null when it is no strength word. */
  public Bounds of(Token t) {
    return t.isWord() ? words.get(t.text().toLowerCase()) : null;
  }

  /** The strength word within {@code reach} tokens of {@code index} inside [from, to), or null. */
  public Bounds near(List<Token> tokens, int index, int reach, int[] clause) {
    for (int d = 1; d <= reach; d++) {
      for (int k : new int[] {index - d, index + d}) {
        if (k >= 0 && k < tokens.size() && clause[k] == clause[index]) {
          Bounds b = of(tokens.get(k));
          if (b != null) {
            return b;
          }
        }
      }
    }
    return null;
  }
}
