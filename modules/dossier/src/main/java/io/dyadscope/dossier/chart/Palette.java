package io.dyadscope.dossier.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Colours of the charts (Okabe-Ito, safe for colour-blind readers). Each country of the dyad keeps
 * one colour across every chart; projections of it are drawn in the same hue, dashed or pale.
 */
public final class Palette {

  /** The dyad's first country. */
  public static final String FIRST = "#0072B2";
  /** The dyad's second country. */
  public static final String SECOND = "#D55E00";
  /** The dyad itself (bilateral series). */
  public static final String DYAD = "#009E73";
  /** Anything else, in order. */
  public static final List<String> OTHERS = List.of("#E69F00", "#CC79A7", "#56B4E9", "#000000", "#999999");

  /**
   * Series that are not the dyad's countries, when their order is all that tells them apart (event
   * types, the dashboard's headline lines): the country colours first, then the others; no yellow,
   * which is too pale on white.
   */
  public static final List<String> SERIES = List.of(FIRST, SECOND, DYAD, "#CC79A7", "#E69F00", "#56B4E9", "#000000");

  private Palette() {}

  /** The colour of the {@code i}-th series in {@link #SERIES} order, from 0, repeating. */
  public static String series(int i) {
    return SERIES.get(i % SERIES.size());
  }

  /** The colour of subject {@code code} in the dyad {@code first}-{@code second}. */
  public static String subject(String code, String first, String second, String dyad) {
    if (code.equals(first)) {
      return FIRST;
    }
    if (code.equals(second)) {
      return SECOND;
    }
    return code.equals(dyad) ? DYAD : "";
  }

  /** {@code n} colours for series that are not countries, in order. */
  public static List<String> sequence(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(OTHERS.get(i % OTHERS.size()));
    }
    return out;
  }
}
