package io.dyadscope.audit.table;

import io.dyadscope.audit.extract.Initiatives;
import io.dyadscope.audit.extract.Lexicon;
import io.dyadscope.audit.extract.Mention;
import io.dyadscope.audit.extract.Places;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Family;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What a table's column headers name: the catalogue indicator (through the lexicon only, exports
 * of the second country read as the first's imports), the country, province or initiative a header
 * or breakdown label names, and the indicator an OCR-garbled header stands for.
 */
final class ColumnNames {

  private final Dyad dyad;
  private final Lexicon lexicon;
  private final IndicatorCatalogue catalogue;
  private final Places places;
  private final Initiatives initiatives;

  ColumnNames(Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue, Places places, Initiatives initiatives) {
    this.dyad = dyad;
    this.lexicon = lexicon;
    this.catalogue = catalogue;
    this.places = places;
    this.initiatives = initiatives;
  }


  /** The indicator a column header names through the lexicon (in the caption's families first), or null. */
  String columnIndicator(String header, Set<String> families) {
    String bare = withoutCountries(HeaderSplitter.withoutParentheses(header));
    List<Lexicon.Match> matches = lexicon.find(Tokenizer.tokens(bare));
    Lexicon.Match best = null;
    for (Lexicon.Match m : matches) {
      if (best == null || m.words() > best.words() || m.words() == best.words() && inFamily(m, families)
          && !inFamily(best, families)) {
        best = m;
      }
    }
    if (best == null) {
      return null;
    }
    String id = best.indicator();
    // "Exports from Afghanistan to Pakistan" are the first country's imports.
    if (id.equals("trade.exports") || id.equals("trade.imports")) {
      Matcher from = TableReader.TRADE_PARTY.matcher(header);
      while (from.find()) {
        boolean exporter = from.group(1).equalsIgnoreCase("from") == id.equals("trade.exports");
        String iso = places.gazetteer().byName(from.group(2)).map(c -> c.iso3()).orElse(null);
        if (exporter && dyad.second().equals(iso)) {
          return id.equals("trade.exports") ? "trade.imports" : "trade.exports";
        }
      }
    }
    return id;
  }

  private boolean inFamily(Lexicon.Match m, Set<String> families) {
    return catalogue.find(m.indicator()).map(i -> families.contains(i.family().name())).orElse(false);
  }

  String headerEntity(String header) {
    String bare = HeaderSplitter.withoutParentheses(header);
    List<Token> tokens = Tokenizer.tokens(bare);
    List<Mention> c = places.countries(tokens, bare);
    if (c.size() == 1) {
      return c.get(0).code();
    }
    String whose = notWhere(c, tokens);
    if (whose != null) {
      return whose;
    }
    List<Mention> p = places.provinces(tokens, bare);
    if (p.size() == 1) {
      return p.get(0).code();
    }
    List<Mention> i = initiatives.find(tokens);
    return i.size() == 1 ? i.get(0).code() : null;
  }

  /**
   * Of two countries in a header, the one that is not a place the quantity is in or goes to
   * ("Nigerian refugees in Cameroon": Nigeria, whose refugees they are, as running text reads
   * "172,100 Nigerian refugees"); null unless exactly one of them is so placed.
   */
  private static String notWhere(List<Mention> countries, List<Token> tokens) {
    if (countries.size() != 2 || countries.get(0).code().equals(countries.get(1).code())) {
      return null;
    }
    String whose = null;
    int placed = 0;
    for (Mention m : countries) {
      Token before = m.first() > 0 ? tokens.get(m.first() - 1) : null;
      if (before != null && (before.is("in") || before.is("into") || before.is("to") || before.is("at"))) {
        placed++;
      } else {
        whose = m.code();
      }
    }
    return placed == 1 ? whose : null;
  }

  /**
   * A header damaged by OCR ("Cr(ﬁ;—:j(rsder") is read as the one unused indicator of the table's
   * family whose phrase shares its first two and last three letters ("cross-border").
   */
  void resolveGarbled(List<TextTable.Column> columns, Set<String> used) {
    Set<Family> families = new HashSet<>();
    for (String u : used) {
      catalogue.find(u).ifPresent(i -> families.add(i.family()));
    }
    for (int c = 0; c < columns.size(); c++) {
      TextTable.Column col = columns.get(c);
      if (col.indicator() != null || col.role() != TextTable.Role.NUMBER) {
        continue;
      }
      String header = Normalizer.normalize(col.header(), Normalizer.Form.NFKC);
      if (!TableReader.GARBLE.matcher(header).find()) {
        continue;
      }
      String skeleton = header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (skeleton.length() < 5) {
        continue;
      }
      String found = null;
      String phrase = null;
      int candidates = 0;
      for (Lexicon.Entry e : lexicon.entries()) {
        Indicator ind = catalogue.find(e.indicator()).orElse(null);
        if (ind == null || used.contains(ind.id()) || !families.contains(ind.family())) {
          continue;
        }
        for (String word : e.phrase().toLowerCase(Locale.ROOT).split("\\s+")) {
          String w = word.replaceAll("[^\\p{L}]", "");
          if (w.length() >= 5 && skeleton.startsWith(w.substring(0, 2))
              && skeleton.endsWith(w.substring(w.length() - 3)) && Math.abs(w.length() - skeleton.length()) <= 3) {
            if (!ind.id().equals(found)) {
              candidates++;
              found = ind.id();
              phrase = e.phrase();
            }
          }
        }
      }
      if (candidates == 1) {
        used.add(found);
        columns.set(c, new TextTable.Column(col.index(), col.header() + " [read as '" + phrase + "']", col.role(),
            found, col.entity(), col.period(), col.partial()));
      }
    }
  }

  /**
   * Two number columns of one table are two quantities, never one: when several name the same
   * indicator for the same place and period ("Attacks" and "Total incidents" both read as
   * incidents), only a column of totals keeps it, and the others become their own quantities, so
   * that a row's parts and its total are not compared as one figure. With no total among them,
   * none keeps it: which one the lexicon means cannot be told. Returns a coverage note per column
   * set apart, by column index.
   */
  static Map<Integer, String> distinct(List<TextTable.Column> columns, String table) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (TextTable.Column col : columns) {
      if (col.role() == TextTable.Role.NUMBER && col.indicator() != null) {
        byKey.computeIfAbsent(col.indicator() + "|" + col.entity() + "|" + col.period(), k -> new ArrayList<>())
            .add(col.index());
      }
    }
    Map<Integer, String> notes = new java.util.TreeMap<>();
    for (List<Integer> same : byKey.values()) {
      if (same.size() < 2) {
        continue;
      }
      List<Integer> totals = same.stream().filter(i -> columns.get(i).isTotal()).toList();
      String keeper = totals.size() == 1 ? columns.get(totals.get(0)).header().strip() : null;
      for (int i : same) {
        TextTable.Column col = columns.get(i);
        if (totals.size() == 1 && totals.get(0) == i) {
          continue;
        }
        notes.put(i, table + ": column '" + col.header().strip() + "' read as its own quantity, not "
            + col.indicator() + (keeper != null ? " (column '" + keeper + "' is its total)"
            : " (" + same.size() + " columns name it)") + "; its numbers were not checked against other figures");
        columns.set(i, new TextTable.Column(col.index(), col.header(), col.role(), null, col.entity(), col.period(),
            col.partial()));
      }
    }
    return notes;
  }

  String withoutCountries(String text) {
    StringBuilder out = new StringBuilder();
    for (String w : Text.words(text)) {
      String bare = Text.trimToLetters(w);
      if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && places.gazetteer().byName(bare).isPresent()) {
        continue;
      }
      out.append(out.length() > 0 ? " " : "").append(w);
    }
    return out.toString();
  }

  String partEntity(String label) {
    List<Token> tokens = Tokenizer.tokens(label);
    List<Mention> p = places.provinces(tokens, label);
    if (!p.isEmpty()) {
      return p.get(0).code();
    }
    List<Mention> c = places.countries(tokens, label);
    if (!c.isEmpty()) {
      return c.get(0).code();
    }
    List<Mention> i = initiatives.find(tokens);
    return i.isEmpty() ? null : i.get(0).code();
  }
}
