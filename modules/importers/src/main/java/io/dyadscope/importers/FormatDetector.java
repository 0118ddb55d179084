package io.dyadscope.importers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells which of Dyadscope's import formats a file is from its first lines, so that
 * {@code import FILE} can pick the reader: the signatures are each publisher's own header names.
 */
public final class FormatDetector {

  /** The formats Dyadscope reads. */
  public enum Format {
    /** Dyadscope's tidy indicator CSV. */
    INDICATORS,
    /** UNHCR Refugee Data Finder population export. */
    UNHCR,
    /** World Bank World Development Indicators, wide or long CSV. */
    WDI,
    /** UN Comtrade Plus trade-data CSV. */
    COMTRADE,
    /** IMF Direction of Trade Statistics: a country-table workbook or the long CSV. */
    IMF_DOTS;

    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Lines looked at: the longest preamble seen in a real download is 14 lines. */
  static final int LOOK_AHEAD = 40;

  private FormatDetector() {}

  /**
   * The format of a file's {@code bytes}: an {@code .xlsx} workbook (a ZIP container) is an IMF
   * DOTS country table, the only workbook Dyadscope reads (its reader checks the sheets' titles);
   * text is told by {@link #detect(String)}.
   */
  public static Optional<Format> detect(byte[] bytes) {
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return Optional.of(Format.IMF_DOTS);
    }
    // the name only labels a decoding problem, which utf8OrLatin1 never lets out
    return detect(StatisticsText.utf8OrLatin1("input", bytes));
  }

  /** The format of {@code text}, or empty when none of the signatures is in its first lines. */
  public static Optional<Format> detect(String text) {
    List<String> lines = StatisticsText.lines(StatisticsText.stripBom(text));
    for (int i = 0; i < Math.min(LOOK_AHEAD, lines.size()); i++) {
      String l = lines.get(i).toLowerCase(Locale.ROOT).replace("\"", "");
      if (l.startsWith("typecode,freqcode,")) {
        return Optional.of(Format.COMTRADE);
      }
      if (l.contains("reporter_iso3") && l.contains("partner_iso3") && l.contains("value_usd_millions")) {
        return Optional.of(Format.IMF_DOTS);
      }
      if (l.contains("country of origin (iso)") && l.contains("country of asylum (iso)")
          || l.startsWith("year,") && l.contains("coo_iso") && l.contains("coa_iso")) {
        return Optional.of(Format.UNHCR);
      }
      if (l.startsWith("data source,world development indicators") || l.contains("country code")
          && (l.contains("indicator code") || l.contains("series code"))) {
        return Optional.of(Format.WDI);
      }
      if (l.contains("indicator") && l.contains("dyad") && l.contains("period") && l.contains("status")) {
        return Optional.of(Format.INDICATORS);
      }
    }
    return Optional.empty();
  }
}
