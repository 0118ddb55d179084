package io.dyadscope.audit.vocabulary;

import io.dyadscope.audit.extract.Mention;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Names of multilateral initiatives that list countries: a hyphenated list of three or more
 * countries ("Turkmenistan-Afghanistan-Pakistan-India pipeline"), or of two followed by a kind word
 * from {@code multilateral.csv} ("Bangladesh-China corridor"), is one entity; its countries are
 * not countries the report names as pairs.
 */
public final class MultilateralNames {

  private static final MultilateralNames STANDARD = load();

  private final List<List<String>> kinds;

  private MultilateralNames(List<List<String>> kinds) {
    this.kinds = List.copyOf(kinds);
  }

  public static MultilateralNames standard() {
    return STANDARD;
  }

  private static MultilateralNames load() {
    List<List<String>> kinds = new ArrayList<>();
    for (DataFile.Row r : DataFile.resource("multilateral.csv", "kind")) {
      List<String> words = Tokenizer.tokens(r.field(0)).stream().map(Token::norm).toList();
      if (words.isEmpty()) {
        throw r.error("kind has no words");
      }
      kinds.add(words);
    }
    return new MultilateralNames(kinds);
  }

  /** {@code countries} without those that are part of a multilateral name. */
  public List<Mention> withoutNames(List<Token> tokens, List<Mention> countries) {
    List<Mention> out = new ArrayList<>(countries.size());
    int i = 0;
    while (i < countries.size()) {
      int j = i;
      while (j + 1 < countries.size() && hyphenated(tokens, countries.get(j), countries.get(j + 1))) {
        j++;
      }
      int size = j - i + 1;
      boolean name = size >= 3 || size == 2 && kindAt(tokens, countries.get(j).last() + 1);
      if (!name) {
        for (int k = i; k <= j; k++) {
          out.add(countries.get(k));
        }
      }
      i = j + 1;
    }
    return out;
  }

  private static boolean hyphenated(List<Token> tokens, Mention a, Mention b) {
    if (b.first() != a.last() + 2) {
      return false;
    }
    Token dash = tokens.get(a.last() + 1);
    return (dash.isPunct('-') || dash.isPunct('–')) && dash.start() == tokens.get(a.last()).end()
        && tokens.get(b.first()).start() == dash.end();
  }

  private boolean kindAt(List<Token> tokens, int at) {
    for (List<String> kind : kinds) {
      boolean match = at + kind.size() <= tokens.size();
      for (int k = 0; match && k < kind.size(); k++) {
        Token t = tokens.get(at + k);
        match = t.isWord() && t.norm().equals(kind.get(k));
      }
      if (match) {
        return true;
      }
    }
    return false;
  }
}
