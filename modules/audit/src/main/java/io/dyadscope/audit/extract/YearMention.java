package io.dyadscope.audit.extract;

import io.dyadscope.evidence.Units;
import io.dyadscope.audit.text.Token;
import io.dyadscope.evidence.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A year or month named in a sentence.
 *
 * @param token    index of the year's token
 * @param first    index of the first token (the month name, when there is one)
 * @param period   the year or month
 * @param citation true for the year of a citation, "(UNHCR, 2023)", "World Bank (2022)",
 *                 "Asian Development Bank 2023": a weak hint for the period of a claim
 */
public record YearMention(int token, int first, Period period, boolean citation) {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
      Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
  /** Capitalised words that come before a year without making it a citation: "In 2022". */
  private static final Set<String> LEAD_WORDS = Set.of("in", "during", "by", "since", "from", "for", "until", "till",
      "through", "throughout", "between", "of", "after", "before", "the", "this", "that", "its", "to", "and", "fy",
      "year", "early", "late", "mid", "end", "as", "at", "around", "about", "circa", "spring", "summer", "autumn",
      "fall", "winter", "fiscal", "calendar", "than", "on", "over", "into", "whole", "entire", "a", "an", "our",
      "their", "his", "her", "these", "those", "last", "next", "same", "each", "every", "first", "new", "latest");

  /** True when {@code token} holds a year: four digits from 1800 to 2200, nothing attached. */
  public static boolean isYear(Token token) {
    if (!(token.isNumber() || token.isWord())) {
      return false;
    }
    String s = token.text();
    if (s.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    int y = Integer.parseInt(s);
    return y >= 1800 && y <= 2200;
  }

  /** The years of a sentence, in order. */
  public static List<YearMention> find(List<Token> tokens) {
    List<YearMention> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!isYear(t)) {
        continue;
      }
      // A year is a bare number, or the end of a range "2020-2021" (read as a word by the tokenizer).
      if (t.isWord() && !(i >= 2 && tokens.get(i - 1).isPunct('-') && isYear(tokens.get(i - 2)))) {
        continue;
      }
      if (i + 1 < tokens.size() && tokens.get(i + 1).isWord()
          && !Double.isNaN(Units.scaleWord(tokens.get(i + 1).norm())) && !tokens.get(i + 1).norm().isEmpty()
          && Units.scaleWord(tokens.get(i + 1).norm()) > 1 && tokens.get(i + 1).norm().length() > 2) {
        continue; // "2000 million" is an amount
      }
      int year = Integer.parseInt(t.text());
      int first = i;
      Period p = Period.ofYear(year);
      if (i > 0 && tokens.get(i - 1).isWord()) {
        Integer month = MONTHS.get(tokens.get(i - 1).norm());
        if (month != null && Character.isUpperCase(tokens.get(i - 1).text().charAt(0))) {
          p = Period.ofMonth(year, month);
          first = i - 1;
        }
      }
      out.add(new YearMention(i, first, p, first == i && isCitation(tokens, i)));
    }
    return out;
  }

  private static boolean isCitation(List<Token> tokens, int i) {
    // Inside parentheses with a name before it: "(UNHCR, 2023)", "(Khan & Yousafzai, 2021)".
    for (int k = i - 1; k >= 0 && k >= i - 12; k--) {
      Token t = tokens.get(k);
      if (t.isPunct(')')) {
        break;
      }
      if (t.isPunct('(')) {
        boolean name = false;
        for (int j = k + 1; j < i; j++) {
          Token u = tokens.get(j);
          if (u.capitalised() && !LEAD_WORDS.contains(u.norm())) {
            name = true;
          }
        }
        if (name) {
          return true;
        }
        // "(2023)" right after a name: "Studies (2023)", "UNHCR (2023)".
        boolean onlyYear = k == i - 1 && i + 1 < tokens.size() && tokens.get(i + 1).isPunct(')');
        return onlyYear && k > 0 && tokens.get(k - 1).capitalised() && !LEAD_WORDS.contains(tokens.get(k - 1).norm());
      }
    }
    // "World Bank 2023": a year right after a name.
    if (i > 0) {
      Token prev = tokens.get(i - 1);
      return prev.capitalised() && !LEAD_WORDS.contains(prev.norm()) && !MONTHS.containsKey(prev.norm());
    }
    return false;
  }
}
