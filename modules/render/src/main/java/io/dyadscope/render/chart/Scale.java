package io.dyadscope.render.chart;

import io.dyadscope.evidence.number.StatNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis scale from data values to pixels, with "nice" bounds and ticks (steps of 1, 2, 2.5
 * or 5 times a power of ten, after Heckbert's "Nice numbers for graph labels").
 *
 * @param lo       lowest value on the axis (a multiple of {@code step})
 * @param hi       highest value on the axis (a multiple of {@code step}), above {@code lo}
 * @param step     distance between ticks
 * @param pixelLo  pixel position of {@code lo}
 * @param pixelHi  pixel position of {@code hi} (smaller than {@code pixelLo} for a y axis)
 */
public record Scale(double lo, double hi, double step, double pixelLo, double pixelHi) {

  public Scale {
    if (!(hi > lo) || !(step > 0)) {
      throw new IllegalArgumentException("not a scale: lo " + lo + ", hi " + hi + ", step " + step);
    }
  }

  /**
   * A nice scale covering {@code [min, max]} with about {@code ticks} ticks, mapped onto
   * {@code [pixelLo, pixelHi]}. A degenerate range is widened around its value.
   */
  public static Scale nice(double min, double max, int ticks, double pixelLo, double pixelHi) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException("not a data range: [" + min + ", " + max + "]");
    }
    if (min == max) {
      double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
      min -= pad;
      max += pad;
    }
    double step = niceNumber((max - min) / Math.max(1, ticks - 1), true);
    double lo = Math.floor(min / step) * step;
    double hi = Math.ceil(max / step) * step;
    return new Scale(clean(lo), clean(hi), step, pixelLo, pixelHi);
  }

  /** The nearest "nice" number to {@code x}: 1, 2, 2.5, 5 or 10 times a power of ten. */
  static double niceNumber(double x, boolean round) {
    double exp = Math.floor(Math.log10(x));
    double f = x / Math.pow(10, exp);
    double nice;
    if (round) {
      nice = f < 1.5 ? 1 : f < 2.25 ? 2 : f < 3.5 ? 2.5 : f < 7.5 ? 5 : 10;
    } else {
      nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    }
    return nice * Math.pow(10, exp);
  }

  /** Removes binary noise such as 0.30000000000000004 from a computed tick. */
  private static double clean(double v) {
    return StatNumber.decimal(String.format(java.util.Locale.ROOT, "%.10g", v));
  }

  /** The tick values from {@code lo} to {@code hi}. */
  public List<Double> ticks() {
    List<Double> t = new ArrayList<>();
    long n = Math.round((hi - lo) / step);
    for (long i = 0; i <= n; i++) {
      t.add(clean(lo + i * step));
    }
    return t;
  }

  /** The pixel position of {@code value}. */
  public double position(double value) {
    return pixelLo + (value - lo) / (hi - lo) * (pixelHi - pixelLo);
  }
}
