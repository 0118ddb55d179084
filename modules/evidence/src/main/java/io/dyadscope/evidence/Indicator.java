package io.dyadscope.evidence;

/**
 * An entry of the indicator catalogue: what a number measures and how it behaves.
 *
 * @param id       dotted key, e.g. {@code trade.total}
 * @param name     human name, e.g. {@code Total bilateral trade}
 * @param unit     canonical unit, e.g. {@code USD million}, {@code count}, {@code percent}
 * @param family   area of relations
 * @param combine  how values combine over time and parts
 * @param min      smallest valid value ({@code Double.NEGATIVE_INFINITY} when unbounded)
 * @param max      largest valid value ({@code Double.POSITIVE_INFINITY} when unbounded)
 * @param familyName the family's word: {@code family.word()} for a named family, the free word
 *                 (e.g. {@code returns}) when {@code family} is {@link Family#OTHER}
 */
public record Indicator(String id, String name, String unit, Family family, Combine combine,
    double min, double max, String familyName) {

  /** An indicator of one of the named families. */
  public Indicator(String id, String name, String unit, Family family, Combine combine, double min, double max) {
    this(id, name, unit, family, combine, min, max, family == null ? null : family.word());
  }

  /** An indicator of any family, named by its word: a named family's word gives that family. */
  public static Indicator of(String id, String name, String unit, String familyWord, Combine combine, double min,
      double max) {
    Family f = Family.of(familyWord);
    return new Indicator(id, name, unit, f, combine, min, max, Family.checkWord(familyWord));
  }

  public Indicator {
    id = Require.matching(Require.text(id, "indicator id"), "[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*",
        "indicator id must be dotted lower-case words");
    name = Require.text(name, "indicator name");
    unit = Require.text(unit, "indicator unit");
    if (family == null || combine == null) {
      throw new IllegalArgumentException("indicator " + id + " needs a family and a combine rule");
    }
    if (family == Family.OTHER) {
      familyName = Family.checkWord(familyName);
      if (Family.of(familyName) != Family.OTHER) {
        throw new IllegalArgumentException("indicator " + id + ": family '" + familyName + "' is a named family, not OTHER");
      }
    } else if (familyName == null || familyName.isBlank()) {
      familyName = family.word();
    } else if (!family.word().equals(familyName.strip())) {
      throw new IllegalArgumentException("indicator " + id + ": family " + family.word() + " named '" + familyName + "'");
    } else {
      familyName = familyName.strip();
    }
    if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
      throw new IllegalArgumentException("indicator " + id + " has bounds min " + min + " > max " + max);
    }
  }

  /** True for percentages: shares of a whole that cannot exceed 100. */
  public boolean isShare() {
    return "percent".equals(unit) && max <= 100;
  }

  /** Null when {@code value} is valid, else why not. */
  public String violation(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "value is not a finite number";
    }
    if (value < min) {
      return min == 0 ? "negative value " + fmt(value) + " for " + id + ", which cannot be negative"
          : "value " + fmt(value) + " below the minimum " + fmt(min) + " of " + id;
    }
    if (value > max) {
      return isShare() ? "share " + fmt(value) + " over 100 for " + id
          : "value " + fmt(value) + " above the maximum " + fmt(max) + " of " + id;
    }
    return null;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
