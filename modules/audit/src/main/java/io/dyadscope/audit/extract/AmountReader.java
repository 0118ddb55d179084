package io.dyadscope.audit.extract;

import io.dyadscope.evidence.Units;
import io.dyadscope.evidence.Units.Dimension;
import io.dyadscope.audit.Qualifier;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.text.Token;
import io.dyadscope.evidence.number.StatNumber;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the number at a token together with the words that qualify it: a scale after it
 * ({@code million}), a unit ({@code dollars}, {@code percent}), a currency before it
 * ({@code USD}) and a qualifier ({@code over}, {@code about}).
 */
public final class AmountReader {

  private static final Map<String, String> CURRENCY_WORDS = Map.of("dollar", "USD", "usd", "USD", "rupee", "PKR",
      "pkr", "PKR", "inr", "INR", "euro", "EUR", "eur", "EUR", "afghani", "AFN", "afn", "AFN");
  private static final Map<String, Qualifier> QUALIFIER_WORDS = Map.ofEntries(Map.entry("over", Qualifier.AT_LEAST),
      Map.entry("above", Qualifier.AT_LEAST), Map.entry("exceeding", Qualifier.AT_LEAST),
      Map.entry("exceed", Qualifier.AT_LEAST), Map.entry("under", Qualifier.AT_MOST),
      Map.entry("below", Qualifier.AT_MOST), Map.entry("about", Qualifier.ABOUT),
      Map.entry("around", Qualifier.ABOUT), Map.entry("approximately", Qualifier.ABOUT),
      Map.entry("nearly", Qualifier.ABOUT), Map.entry("almost", Qualifier.ABOUT),
      Map.entry("roughly", Qualifier.ABOUT), Map.entry("some", Qualifier.ABOUT),
      Map.entry("circa", Qualifier.ABOUT), Map.entry("approx", Qualifier.ABOUT),
      Map.entry("estimated", Qualifier.ABOUT));

  private AmountReader() {}

  /**
   * A read amount and the tokens it spans.
   *
   * @param amount the number
   * @param first  first token (a currency word or the number)
   * @param last   last token (the number or its unit words)
   */
  public record Read(Amount amount, int first, int last) {}

  /** Compiled once: {@link #currencyOf} runs for every table cell and header. */
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

  /**
   * The currency a caption or header names ("(EUR million)", "€ m", "US$ bn", "rupees"), as an ISO
   * code; the empty string when it names none.
   */
  public static String currencyOf(String text) {
    if (text.contains("US$") || text.contains("$")) {
      return "USD";
    }
    if (text.contains("€")) {
      return "EUR";
    }
    if (text.contains("£")) {
      return "GBP";
    }
    // A code in capitals ("EUR") or a name in lower case ("rupees"): "Afghani refugees" is a people.
    for (String word : NOT_LETTERS.split(text)) {
      boolean code = word.length() == 3 && word.equals(word.toUpperCase(java.util.Locale.ROOT));
      if (!code && !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      String w = word.toLowerCase(java.util.Locale.ROOT);
      String found = CURRENCY_WORDS.get(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
      if (found != null) {
        return found;
      }
    }
    return "";
  }

  /** Reads the number token at {@code i}; null when it is not a number. */
  public static Read read(List<Token> tokens, int i, CharSequence flat) {
    Token t = tokens.get(i);
    if (!t.isNumber()) {
      return null;
    }
    String s = t.text();
    int p = 0;
    double sign = 1;
    char c0 = s.charAt(0);
    if (c0 == '-' || c0 == '−' || c0 == '–') {
      sign = -1;
      p = 1;
    } else if (c0 == '+') {
      p = 1;
    }
    String currency = "";
    if (s.startsWith("US$", p)) {
      currency = "USD";
      p += 3;
    } else if (s.startsWith("$", p)) {
      currency = "USD";
      p += 1;
    } else if (s.startsWith("€", p)) {
      currency = "EUR";
      p += 1;
    } else if (s.startsWith("£", p)) {
      currency = "GBP";
      p += 1;
    }
    int q = p;
    while (q < s.length() && (Character.isDigit(s.charAt(q)) || s.charAt(q) == ',' || s.charAt(q) == '.')) {
      q++;
    }
    String digits = s.substring(p, q).replace(",", "");
    int dot = digits.indexOf('.');
    int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
    double number = StatNumber.decimal(digits);
    String rest = s.substring(q).strip();
    boolean percent = rest.endsWith("%");
    String suffix = percent ? rest.substring(0, rest.length() - 1).strip() : rest;
    double scale = suffix.isEmpty() ? 1 : Units.scaleWord(suffix);
    boolean scaled = !suffix.isEmpty();
    int last = i;
    // Words after the number: "percent", "per cent", a scale, a currency.
    int j = i + 1;
    if (!percent && j < tokens.size() && tokens.get(j).isPunct('%')) {
      percent = true;
      last = j++;
    }
    if (!percent && j < tokens.size() && (tokens.get(j).is("percent") || tokens.get(j).is("pct"))) {
      percent = true;
      last = j++;
    } else if (!percent && j + 1 < tokens.size() && tokens.get(j).is("per") && tokens.get(j + 1).is("cent")) {
      percent = true;
      last = j + 1;
      j += 2;
    }
    if (!percent && !scaled && j < tokens.size() && tokens.get(j).isWord()) {
      double sc = Units.scaleWord(tokens.get(j).norm());
      String w = tokens.get(j).norm();
      if (!Double.isNaN(sc) && sc > 1 && !w.equals("m") && !w.equals("b") && !w.equals("k")) {
        scale = sc;
        scaled = true;
        last = j++;
      }
    }
    if (!percent && j < tokens.size() && tokens.get(j).isWord()) {
      String w = tokens.get(j).norm();
      if (w.equals("us") && j + 1 < tokens.size() && tokens.get(j + 1).is("dollar")) {
        currency = "USD";
        last = j + 1;
      } else if (CURRENCY_WORDS.containsKey(w) && currency.isEmpty()) {
        currency = CURRENCY_WORDS.get(w);
        last = j;
      }
    }
    int first = i;
    // A currency code before the number: "USD 2 billion", "Rs 5 billion".
    if (currency.isEmpty() && i > 0 && tokens.get(i - 1).isWord()) {
      String w = tokens.get(i - 1).text();
      String code = switch (w) {
        case "USD", "US" -> "USD";
        case "Rs", "PKR" -> "PKR";
        case "INR" -> "INR";
        case "EUR" -> "EUR";
        case "AFN" -> "AFN";
        default -> "";
      };
      if (!code.isEmpty() && (!w.equals("US") || i > 1 && tokens.get(i - 1).end() == t.start())) {
        currency = code;
        first = i - 1;
      }
    }
    Qualifier qualifier = qualifier(tokens, first);
    double value = sign * number * scale;
    double half = 0.5 * Math.pow(10, -decimals) * scale;
    Dimension kind = percent ? Dimension.PERCENT : currency.isEmpty() ? Dimension.COUNT : Dimension.MONEY;
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    String written = Text.collapse(flat.subSequence(start, end));
    return new Read(new Amount(value, half, kind, currency, scaled, qualifier, written, start, end), first, last);
  }

  private static Qualifier qualifier(List<Token> tokens, int first) {
    if (first == 0) {
      return Qualifier.EXACT;
    }
    Token a = tokens.get(first - 1);
    Token b = first >= 2 ? tokens.get(first - 2) : null;
    if (a.isWord()) {
      String w = a.norm();
      if (b != null && b.isWord()) {
        String two = b.norm() + " " + w;
        switch (two) {
          case "more than", "greater than", "at least", "upward of", "in excess", "excess of":
            return Qualifier.AT_LEAST;
          case "less than", "fewer than", "at most", "up to":
            return Qualifier.AT_MOST;
          case "close to", "an estimated":
            return Qualifier.ABOUT;
          default:
            break;
        }
      }
      Qualifier q = QUALIFIER_WORDS.get(w);
      if (q != null) {
        return q;
      }
    }
    return Qualifier.EXACT;
  }
}
