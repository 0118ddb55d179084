package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import io.dyadscope.audit.vocabulary.DataFile;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Phrases that name the quantities of the indicator catalogue: "trade volume" is
 * {@code trade.total}, "Expected Increase in Trade Volume" is {@code connectivity.trade_increase}.
 * The shipped lexicon is the resource {@code lexicon.csv} beside this class (columns
 * {@code phrase,indicator}); users extend it with a file of the same form ({@link #load}) and
 * {@link #plus}.
 *
 * <p>Matching ignores case, possessives, plural endings, hyphens and slashes, so "cross-border
 * attacks" matches "Cross border attack". At each position the longest phrase wins.
 */
public final class Lexicon {

  /** A phrase and the indicator it names. */
  public record Entry(String phrase, String indicator) {
    public Entry {
      if (phrase == null || phrase.isBlank()) {
        throw new IllegalArgumentException("lexicon phrase is empty");
      }
      if (indicator == null || indicator.isBlank()) {
        throw new IllegalArgumentException("lexicon phrase '" + phrase + "' has no indicator");
      }
      phrase = phrase.strip();
      indicator = indicator.strip();
    }
  }

  /**
   * Where a phrase of the lexicon stands in a token list.
   *
   * @param first     index of its first token
   * @param last      index of its last token (inclusive)
   * @param indicator the indicator it names
   * @param words     number of words matched
   */
  public record Match(int first, int last, String indicator, int words) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    String indicator;
  }

  private final List<Entry> entries;
  private final Node root = new Node();

  private Lexicon(List<Entry> entries) {
    Map<String, Entry> byKey = new LinkedHashMap<>();
    for (Entry e : entries) {
      List<String> words = words(e.phrase());
      if (words.isEmpty()) {
        throw new IllegalArgumentException("lexicon phrase '" + e.phrase() + "' has no words");
      }
      // A later entry for the same phrase replaces an earlier one: that is how users override.
      byKey.put(String.join(" ", words), e);
      Node n = root;
      for (String w : words) {
        n = n.next.computeIfAbsent(w, k -> new Node());
      }
      n.indicator = e.indicator();
    }
    this.entries = List.copyOf(byKey.values());
  }

  private static final class Default {
    static final Lexicon INSTANCE =
        DataFile.load("lexicon.csv", reader -> read(reader, IndicatorCatalogue.standard()));
  }

  /** The lexicon shipped with Dyadscope. */
  public static Lexicon standard() {
    return Default.INSTANCE;
  }

  /** A lexicon of these entries, checked against {@code catalogue}. */
  public static Lexicon of(List<Entry> entries, IndicatorCatalogue catalogue) {
    for (Entry e : entries) {
      if (catalogue.find(e.indicator()).isEmpty()) {
        throw new IllegalArgumentException("lexicon phrase '" + e.phrase() + "' names unknown indicator '"
            + e.indicator() + "'");
      }
    }
    return new Lexicon(entries);
  }

  /**
   * Reads CSV with a header {@code phrase,indicator}.
   *
   * @throws IllegalArgumentException naming the row when a phrase names an indicator the catalogue
   *     does not have, or one phrase is given two different indicators
   */
  public static Lexicon read(Reader reader, IndicatorCatalogue catalogue) throws IOException {
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).setCommentMarker('#').build();
    List<Entry> list = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (CSVRecord r : fmt.parse(reader)) {
      if (!r.isMapped("phrase") || !r.isMapped("indicator")) {
        throw new IllegalArgumentException("lexicon needs the columns phrase,indicator");
      }
      Entry e = new Entry(r.get("phrase"), r.get("indicator"));
      String key = String.join(" ", words(e.phrase()));
      String before = seen.put(key, e.indicator());
      if (before != null && !before.equals(e.indicator())) {
        throw new IllegalArgumentException("lexicon row " + r.getRecordNumber() + ": phrase '" + e.phrase()
            + "' already names " + before + ", not " + e.indicator());
      }
      list.add(e);
    }
    return of(list, catalogue);
  }


  /** This lexicon with {@code other}'s entries added; where both have a phrase, {@code other}'s wins. */
  public Lexicon plus(Lexicon other) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    return new Lexicon(all);
  }

  /**
   * This lexicon without the phrases of {@code headers} (compared word by word, in normal form): a
   * report whose table keeps "Attacks" apart from "Total incidents" means its own quantity by the
   * word, not the lexicon's.
   */
  public Lexicon without(java.util.Collection<String> headers) {
    java.util.Set<List<String>> gone = new java.util.HashSet<>();
    for (String h : headers) {
      gone.add(words(h));
    }
    if (gone.isEmpty()) {
      return this;
    }
    List<Entry> kept = new ArrayList<>();
    for (Entry e : entries) {
      if (!gone.contains(words(e.phrase()))) {
        kept.add(e);
      }
    }
    return new Lexicon(kept);
  }

  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** The indicator {@code phrase} names exactly, if any. */
  public Optional<String> indicatorOf(String phrase) {
    Node n = root;
    for (String w : words(phrase)) {
      n = n.next.get(w);
      if (n == null) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(n.indicator);
  }

  /** True when the words of {@code phrase} begin some phrase of the lexicon (or are one). */
  public boolean startsPhrase(String phrase) {
    Node n = root;
    List<String> ws = words(phrase);
    if (ws.isEmpty()) {
      return false;
    }
    for (String w : ws) {
      n = n.next.get(w);
      if (n == null) {
        return false;
      }
    }
    return true;
  }

  /** Longest non-overlapping matches in {@code tokens}, left to right. */
  public List<Match> find(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    int n = tokens.size();
    while (i < n) {
      Token t = tokens.get(i);
      Node node = t.isWord() ? root.next.get(t.norm()) : null;
      if (node == null) {
        i++;
        continue;
      }
      int bestLast = -1;
      String best = null;
      int bestWords = 0;
      int words = 1;
      int j = i;
      while (true) {
        if (node.indicator != null) {
          bestLast = j;
          best = node.indicator;
          bestWords = words;
        }
        int k = j + 1;
        // Hyphens and slashes join words: "cross-border", "neutral/no opinion".
        while (k < n && (tokens.get(k).isPunct('-') || tokens.get(k).isPunct('/') || tokens.get(k).isPunct('–'))) {
          k++;
        }
        if (k >= n || !tokens.get(k).isWord()) {
          break;
        }
        Node next = node.next.get(tokens.get(k).norm());
        if (next == null) {
          break;
        }
        node = next;
        j = k;
        words++;
      }
      if (best != null) {
        out.add(new Match(i, bestLast, best, bestWords));
        i = bestLast + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The normal forms of a phrase's words. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokens(phrase)) {
      if (t.isWord() || t.isNumber()) {
        out.add(t.norm());
      }
    }
    return out;
  }
}
