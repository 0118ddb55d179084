package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Figures;
/**
 * A test on one metric of one finding, e.g. {@code trade.total-path max_drop_pct >= 10}, or against
 * a reference: {@code trade.total-path below_peak_pct > 1 x noise_pct} (the threshold is
 * {@code value} times the reference metric, of the same finding unless the reference names another).
 *
 * @param finding   id of the finding (the id of the rule that makes it)
 * @param metric    name of the metric
 * @param op        comparison
 * @param value     the threshold, or the multiple of the reference that is the threshold
 * @param reference what the threshold is measured against, or null for a fixed threshold
 * @param minPoints fewest points the finding must rest on for the condition to decide anything (0:
 *                  no minimum); below it the evidence cannot tell
 */
public record Condition(String finding, String metric, Op op, double value, Reference reference, int minPoints) {

  /**
   * A metric the threshold scales with, e.g. the series' own noise.
   *
   * @param finding the finding whose metric it is
   * @param metric  the metric
   */
  public record Reference(String finding, String metric) {

    public Reference {
      finding = Json.requireText(finding, "finding of a reference");
      metric = Json.requireText(metric, "metric of a reference on " + finding);
    }
  }

  /** A condition with a fixed threshold. */
  public Condition(String finding, String metric, Op op, double value) {
    this(finding, metric, op, value, null, 0);
  }

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
    if (minPoints < 0) {
      throw new IllegalArgumentException("condition on " + finding + " " + metric + " has a negative min_points");
    }
  }

  /** The threshold for the findings at hand: {@code value}, or {@code value} times the reference (NaN when unknown). */
  public double threshold(Findings findings) {
    if (reference == null) {
      return value;
    }
    return findings.find(reference.finding()).map(f -> value * f.metric(reference.metric())).orElse(Double.NaN);
  }

  /** {@code trade.total-path max_drop_pct >= 10}. */
  @Override
  public String toString() {
    return finding + " " + metric + " " + op.symbol() + " " + Figures.grouped(value)
        + (reference == null ? "" : " x " + reference.finding() + " " + reference.metric());
  }
}
