package io.dyadscope.audit.vocabulary;

import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Phrases that put a trend over a span ending at the latest figure ("in recent years", "over the
 * past three years"), from the resource {@code spans.csv}; {@code N} in a phrase stands for a
 * number written in the text.
 */
public final class SpanPhrases {

  private static final Map<String, Integer> NUMBER_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
      "six", 6, "seven", 7, "eight", 8, "nine", 9, "ten", 10, "several", 3);

  private record Phrase(List<String> words, int years) {}

  private static final SpanPhrases STANDARD = load();

  private final List<Phrase> phrases;

  private SpanPhrases(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  public static SpanPhrases standard() {
    return STANDARD;
  }

  private static SpanPhrases load() {
    List<Phrase> out = new ArrayList<>();
    for (DataFile.Row r : DataFile.resource("spans.csv", "phrase", "years")) {
      List<String> words = Tokenizer.tokens(r.field(0)).stream()
          .map(t -> t.text().equals("N") ? "N" : t.norm()).toList();
      boolean hasN = words.contains("N");
      int years;
      if (r.field(1).equals("N")) {
        if (!hasN) {
          throw r.error("years is N but the phrase has no N");
        }
        years = -1;
      } else {
        double y = r.number(1, "years");
        if (y < 1 || y != Math.rint(y)) {
          throw r.error("years must be a whole number of 1 or more: " + r.field(1));
        }
        years = (int) y;
      }
      out.add(new Phrase(words, years));
    }
    return new SpanPhrases(out);
  }

  /** The span in years stated by a phrase among {@code tokens}, or 0 when there is none. */
  public int years(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      for (Phrase p : phrases) {
        int n = match(tokens, i, p);
        if (n > 0) {
          return n;
        }
      }
    }
    return 0;
  }

  private static int match(List<Token> tokens, int at, Phrase p) {
    int years = p.years();
    for (int k = 0; k < p.words().size(); k++) {
      if (at + k >= tokens.size()) {
        return 0;
      }
      Token t = tokens.get(at + k);
      String w = p.words().get(k);
      if (w.equals("N")) {
        Integer n = t.isNumber() ? parse(t.text()) : NUMBER_WORDS.get(t.norm());
        if (n == null) {
          return 0;
        }
        years = n;
      } else if (!t.isWord() || !t.norm().equals(w)) {
        return 0;
      }
    }
    return years;
  }

  private static Integer parse(String s) {
    try {
      int n = Integer.parseInt(s);
      return n >= 1 && n <= 50 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
