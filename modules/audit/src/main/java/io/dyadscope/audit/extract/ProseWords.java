package io.dyadscope.audit.extract;

import io.dyadscope.audit.vocabulary.DataFile;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word sets the stages of the prose reader use, read from {@code prose-words.csv}: knowledge
 * kept as data so that a new word is an edit of the list, not of the code. Loading checks every row
 * (a known set, a lower-case word without spaces, no word twice in a set) and that no set is empty,
 * and names the file and line of any fault.
 */
final class ProseWords {

  /** The sets, by the name they have in the file. */
  enum Kind {
    REFERENCE("reference"), ABBREVIATED_REFERENCE("abbreviated-reference"), DURATION("duration"),
    PROJECTION("projection"), GROWTH_VERB("growth-verb"), NEGATION("negation"), HOSTING("hosting"),
    CASUALTY("casualty"), PERSON("person"), FUNCTION("function"), CLAUSE("clause"), QUANTITY_STOP("quantity-stop"),
    QUANTITY_LINK("quantity-link"), LINKING_VERB("linking-verb"), PREPOSITION("preposition"),
    PLACE_PREPOSITION("place-preposition"), DETERMINER("determiner"), BALANCE("balance"), MONTH("month"),
    SHARE_WORD("share-word"), MODIFIER("modifier"), YEAR_WORD("year-word");

    final String name;

    Kind(String name) {
      this.name = name;
    }

    static Kind named(String name) {
      for (Kind k : values()) {
        if (k.name.equals(name)) {
          return k;
        }
      }
      return null;
    }
  }

  static final String FILE = "prose-words.csv";
  private static final ProseWords STANDARD = new ProseWords(DataFile.resource(FILE, "set", "word"));

  static final Set<String> REFERENCE = STANDARD.of(Kind.REFERENCE);
  static final Set<String> ABBREVIATED_REFERENCE = STANDARD.of(Kind.ABBREVIATED_REFERENCE);
  static final Set<String> DURATION = STANDARD.of(Kind.DURATION);
  static final Set<String> PROJECTION = STANDARD.of(Kind.PROJECTION);
  static final Set<String> GROWTH_VERB = STANDARD.of(Kind.GROWTH_VERB);
  static final Set<String> NEGATION = STANDARD.of(Kind.NEGATION);
  static final Set<String> HOSTING = STANDARD.of(Kind.HOSTING);
  static final Set<String> CASUALTY = STANDARD.of(Kind.CASUALTY);
  static final Set<String> PERSON = STANDARD.of(Kind.PERSON);
  static final Set<String> FUNCTION = STANDARD.of(Kind.FUNCTION);
  static final Set<String> CLAUSE = STANDARD.of(Kind.CLAUSE);
  static final Set<String> QUANTITY_STOP = STANDARD.of(Kind.QUANTITY_STOP);
  static final Set<String> QUANTITY_LINK = STANDARD.of(Kind.QUANTITY_LINK);
  static final Set<String> LINKING_VERB = STANDARD.of(Kind.LINKING_VERB);
  static final Set<String> PREPOSITION = STANDARD.of(Kind.PREPOSITION);
  static final Set<String> PLACE_PREPOSITION = STANDARD.of(Kind.PLACE_PREPOSITION);
  static final Set<String> DETERMINER = STANDARD.of(Kind.DETERMINER);
  static final Set<String> BALANCE = STANDARD.of(Kind.BALANCE);
  static final Set<String> MONTH = STANDARD.of(Kind.MONTH);
  static final Set<String> SHARE_WORD = STANDARD.of(Kind.SHARE_WORD);
  static final Set<String> MODIFIER = STANDARD.of(Kind.MODIFIER);
  static final Set<String> YEAR_WORD = STANDARD.of(Kind.YEAR_WORD);

  private final Map<Kind, Set<String>> sets = new EnumMap<>(Kind.class);

  /** The sets of {@code rows} (columns set, word); an error names the row at fault. */
  ProseWords(List<DataFile.Row> rows) {
    Map<Kind, Set<String>> building = new EnumMap<>(Kind.class);
    String file = FILE;
    for (DataFile.Row r : rows) {
      file = r.file();
      Kind kind = Kind.named(r.field(0));
      if (kind == null) {
        throw r.error("unknown set '" + r.field(0) + "'");
      }
      String word = r.field(1);
      if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT)) || word.contains(" ")) {
        throw r.error("word must be one lower-case word, found '" + word + "'");
      }
      if (!building.computeIfAbsent(kind, k -> new HashSet<>()).add(word)) {
        throw r.error("'" + word + "' is listed twice in set " + kind.name);
      }
    }
    for (Kind k : Kind.values()) {
      Set<String> words = building.get(k);
      if (words == null) {
        throw new IllegalArgumentException(file + ": set '" + k.name + "' has no words");
      }
      sets.put(k, Set.copyOf(words));
    }
  }

  Set<String> of(Kind kind) {
    return sets.get(kind);
  }
}
