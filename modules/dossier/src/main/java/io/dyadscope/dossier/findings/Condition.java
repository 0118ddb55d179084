package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Figures;
/**
 * A test on one metric of one finding, e.g. {@code trade.total-path max_drop_pct >= 10}.
 *
 * @param finding id of the finding (the id of the rule that makes it)
 * @param metric  name of the metric
 * @param op      comparison
 * @param value   the threshold
 */
public record Condition(String finding, String metric, Op op, double value) {

  /** Comparisons a condition can make. */
  public enum Op {
    GT(">"), GE(">="), LT("<"), LE("<="), EQ("=="), NE("!=");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** The comparison in words, for a threshold: {@code at least}, {@code more than}... */
    public String words() {
      return switch (this) {
        case GT -> "more than";
        case GE -> "at least";
        case LT -> "less than";
        case LE -> "at most";
        case EQ -> "exactly";
        case NE -> "other than";
      };
    }

    public boolean test(double a, double b) {
      return switch (this) {
        case GT -> a > b;
        case GE -> a >= b;
        case LT -> a < b;
        case LE -> a <= b;
        case EQ -> a == b;
        case NE -> a != b;
      };
    }

    public static Op parse(String text) {
      for (Op o : values()) {
        if (o.symbol.equals(text.strip())) {
          return o;
        }
      }
      throw new IllegalArgumentException("unknown comparison '" + text + "' (expected >, >=, <, <=, == or !=)");
    }
  }

  public Condition {
    finding = Json.requireText(finding, "finding of a condition");
    metric = Json.requireText(metric, "metric of a condition on " + finding);
    if (op == null) {
      throw new IllegalArgumentException("condition on " + finding + " " + metric + " has no comparison");
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("condition on " + finding + " " + metric + " has a threshold that is not finite");
    }
  }

  /** {@code trade.total-path max_drop_pct >= 10}. */
  @Override
  public String toString() {
    return finding + " " + metric + " " + op.symbol() + " " + Figures.grouped(value);
  }
}
