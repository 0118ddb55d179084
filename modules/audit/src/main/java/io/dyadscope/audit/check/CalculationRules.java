package io.dyadscope.audit.check;

import io.dyadscope.audit.vocabulary.DataFile;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * How the indicators of a table must add up, in the manner of XBRL calculation links. The shipped
 * rules are the resource {@code rules.csv} (columns {@code kind,result,operands}):
 *
 * <ul>
 *   <li>{@code sum}: the result is the weighted sum of the operands ({@code trade.balance} is
 *       {@code +trade.exports -trade.imports});
 *   <li>{@code whole}: the operands are the parts of one whole and add up to 100 (the result names
 *       the group);
 *   <li>{@code shares}: the values of the result indicator for different subjects are shares of one
 *       whole and add up to 100, or less when the table lists only some;
 *   <li>{@code change}: the result is the percentage change of the operand on the period before.
 * </ul>
 */
public final class CalculationRules {

  /** The kind of a rule. */
  public enum Kind {
    SUM,
    WHOLE,
    SHARES,
    CHANGE
  }

  /** One weighted operand. */
  public record Term(String indicator, int weight) {}

  /**
   * One rule.
   *
   * @param kind   what it says
   * @param result the total, group name, share indicator or change indicator
   * @param terms  the operands (empty for {@code shares})
   */
  public record Rule(Kind kind, String result, List<Term> terms) {
    public Rule {
      terms = List.copyOf(terms);
    }
  }

  private final List<Rule> rules;

  public CalculationRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  private static final class Default {
    static final CalculationRules INSTANCE =
        DataFile.load("rules.csv", reader -> read(reader, IndicatorCatalogue.standard()));
  }

  public static CalculationRules standard() {
    return Default.INSTANCE;
  }

  /**
   * Reads rules, checking every indicator against {@code catalogue}.
   *
   * @throws IllegalArgumentException naming the row of a rule that is malformed
   */
  public static CalculationRules read(Reader reader, IndicatorCatalogue catalogue) throws IOException {
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).setCommentMarker('#').build();
    List<Rule> list = new ArrayList<>();
    for (CSVRecord r : fmt.parse(reader)) {
      String where = "rule row " + r.getRecordNumber();
      Kind kind;
      try {
        kind = Kind.valueOf(r.get("kind").strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown kind '" + r.get("kind")
            + "' (expected sum, whole, shares or change)");
      }
      String result = r.get("result").strip();
      if (kind != Kind.WHOLE) {
        requireIndicator(catalogue, result, where);
      }
      List<Term> terms = new ArrayList<>();
      String ops = r.isSet("operands") ? r.get("operands").strip() : "";
      for (String op : ops.isEmpty() ? new String[0] : ops.split("\\s+")) {
        int weight = op.startsWith("-") ? -1 : 1;
        String id = op.replaceFirst("^[+-]", "");
        requireIndicator(catalogue, id, where);
        terms.add(new Term(id, weight));
      }
      if ((kind == Kind.SUM || kind == Kind.WHOLE) && terms.size() < 2) {
        throw new IllegalArgumentException(where + ": a " + kind.name().toLowerCase(Locale.ROOT)
            + " rule needs two or more operands");
      }
      if (kind == Kind.CHANGE && terms.size() != 1) {
        throw new IllegalArgumentException(where + ": a change rule names exactly one level indicator");
      }
      list.add(new Rule(kind, result, terms));
    }
    return new CalculationRules(list);
  }

  private static void requireIndicator(IndicatorCatalogue catalogue, String id, String where) {
    if (catalogue.find(id).isEmpty()) {
      throw new IllegalArgumentException(where + ": unknown indicator '" + id + "'");
    }
  }

  public List<Rule> all() {
    return rules;
  }

  public List<Rule> of(Kind kind) {
    return rules.stream().filter(r -> r.kind() == kind).toList();
  }

  /** The sum rule whose result is {@code indicator}, or null. */
  public Rule sumFor(String indicator) {
    for (Rule r : rules) {
      if (r.kind() == Kind.SUM && r.result().equals(indicator)) {
        return r;
      }
    }
    return null;
  }
}
