package io.dyadscope.corpus.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Krippendorff's alpha for unitizing (Krippendorff 1995, "On the reliability of unitizing
 * continuous data", Sociological Methodology 25: 47–76), for one category: how far coders agree on
 * where the passages of a category begin and end on a continuum (the characters of the documents
 * both coded, end to end), rather than on sentences fixed in advance.
 *
 * <p>Each coder cuts the continuum {@code [0, length)} into sections: their units of the category
 * and the gaps between them. The observed disagreement sums, over ordered pairs of coders and pairs
 * of their sections, the squared distances of overlapping units (start and end apart) and the squared
 * length of a unit lying wholly inside the other coder's gap, divided by {@code m(m-1)length²}.
 * The expected disagreement is that of units placed on the continuum by chance, keeping their
 * lengths and the gaps' (the paper's formula with the sum over units of {@code l(l-1)} taken from
 * {@code mL(mL-1)}). Alpha is {@code 1 - observed/expected}; 1 is perfect agreement, 0 chance.
 *
 * <p>A coder's overlapping units of the category are joined into one first; units that merely touch
 * stay apart, as in the paper's example D.
 */
public final class UnitizedAlpha {

  /** A unit coded by {@code coder} (0-based) on {@code [start, end)} of the continuum. */
  public record Unit(int coder, long start, long end) {
    public Unit {
      if (coder < 0) {
        throw new IllegalArgumentException("coder must be 0 or more: " + coder);
      }
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("not a unit: [" + start + ", " + end + ")");
      }
    }

    long length() {
      return end - start;
    }
  }

  /** The disagreements and alpha; alpha is NaN when no coder marked any unit (nothing to agree on). */
  public record Result(double observed, double expected, double alpha) {}

  private record Section(long start, long end, boolean unit) {
    long length() {
      return end - start;
    }
  }

  private UnitizedAlpha() {}

  /**
   * @param length the continuum's length
   * @param coders how many coders cut it (at least 2)
   * @param units  every coder's units of the category, in any order
   */
  public static Result of(long length, int coders, List<Unit> units) {
    if (coders < 2) {
      throw new IllegalArgumentException("unitized alpha needs at least two coders: " + coders);
    }
    if (length < 1) {
      throw new IllegalArgumentException("the continuum is empty: length " + length);
    }
    List<List<Section>> sections = new ArrayList<>();
    for (int c = 0; c < coders; c++) {
      sections.add(sections(c, length, units));
    }
    double observed = observed(sections) / ((double) coders * (coders - 1) * (double) length * length);
    double expected = expected(sections, length, coders);
    double alpha = expected == 0 ? Double.NaN : 1 - observed / expected;
    return new Result(observed, expected, alpha);
  }

  /** One coder's units (overlapping ones joined) and the gaps between them, in order. */
  private static List<Section> sections(int coder, long length, List<Unit> units) {
    List<Unit> own = units.stream().filter(u -> u.coder() == coder).sorted(Comparator.comparingLong(Unit::start))
        .toList();
    List<Section> out = new ArrayList<>();
    long at = 0;
    int i = 0;
    while (i < own.size()) {
      Unit u = own.get(i);
      if (u.end() > length) {
        throw new IllegalArgumentException("unit [" + u.start() + ", " + u.end() + ") of coder " + coder
            + " ends past the continuum (" + length + ")");
      }
      long start = u.start();
      long end = u.end();
      for (i++; i < own.size() && own.get(i).start() < end; i++) {
        end = Math.max(end, own.get(i).end());
      }
      if (start > at) {
        out.add(new Section(at, start, false));
      }
      out.add(new Section(start, end, true));
      at = end;
    }
    if (at < length) {
      out.add(new Section(at, length, false));
    }
    return out;
  }

  /** The sum of squared distances over ordered pairs of coders and their sections. */
  private static double observed(List<List<Section>> sections) {
    double sum = 0;
    for (int i = 0; i < sections.size(); i++) {
      for (int j = 0; j < sections.size(); j++) {
        if (i != j) {
          sum += pair(sections.get(i), sections.get(j));
        }
      }
    }
    return sum;
  }

  /**
   * One ordered pair of coders: a's units overlapping b's units, a's units inside b's gaps, and b's
   * units inside a's gaps. Both lists tile the continuum in order, so one walk finds every overlap,
   * and a unit lies inside at most one gap.
   */
  private static double pair(List<Section> a, List<Section> b) {
    double sum = 0;
    int k = 0;
    for (Section u : unitsOf(a)) {
      k = firstEndingAfter(b, k, u.start());
      for (int h = k; h < b.size() && b.get(h).start() < u.end(); h++) {
        Section v = b.get(h);
        if (v.unit()) {
          double ds = u.start() - v.start();
          double de = u.end() - v.end();
          sum += ds * ds + de * de;
        }
      }
    }
    return sum + containedInGaps(a, b) + containedInGaps(b, a);
  }

  /** Squared lengths of {@code coder}'s units lying wholly inside one of {@code other}'s gaps. */
  private static double containedInGaps(List<Section> coder, List<Section> other) {
    double sum = 0;
    int k = 0;
    for (Section u : unitsOf(coder)) {
      k = firstEndingAfter(other, k, u.start());
      if (k < other.size()) {
        Section g = other.get(k);
        if (!g.unit() && g.start() <= u.start() && u.end() <= g.end()) {
          double l = u.length();
          sum += l * l;
        }
      }
    }
    return sum;
  }

  private static List<Section> unitsOf(List<Section> tiling) {
    return tiling.stream().filter(Section::unit).toList();
  }

  /** The first index from {@code k} on whose section ends after {@code start} (the size when none does). */
  private static int firstEndingAfter(List<Section> tiling, int k, long start) {
    int i = k;
    while (i < tiling.size() && tiling.get(i).end() <= start) {
      i++;
    }
    return i;
  }

  private static double expected(List<List<Section>> sections, long length, int coders) {
    List<Long> unitLengths = new ArrayList<>();
    List<Long> gapLengths = new ArrayList<>();
    for (List<Section> s : sections) {
      for (Section x : s) {
        (x.unit() ? unitLengths : gapLengths).add(x.length());
      }
    }
    if (unitLengths.isEmpty()) {
      return 0;
    }
    long[] gaps = gapLengths.stream().mapToLong(Long::longValue).sorted().toArray();
    double[] suffix = new double[gaps.length + 1];   // suffix[i] = sum of gaps[i..]
    for (int i = gaps.length - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + gaps[i];
    }
    int units = unitLengths.size();
    double numerator = 0;
    double withinUnits = 0;
    for (long len : unitLengths) {
      double l = len;
      numerator += (units - 1) / 3.0 * (2 * l * l * l - 3 * l * l + l);
      int from = firstAtLeast(gaps, len);
      int count = gaps.length - from;
      numerator += l * l * (suffix[from] - count * (l - 1));   // sum over gaps g >= l of (g - l + 1)
      withinUnits += l * (l - 1);
    }
    double ml = (double) coders * length;
    return 2.0 / length * numerator / (ml * (ml - 1) - withinUnits);
  }

  private static int firstAtLeast(long[] sorted, long value) {
    int i = Arrays.binarySearch(sorted, value);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && sorted[i - 1] == value) {
      i--;
    }
    return i;
  }
}
