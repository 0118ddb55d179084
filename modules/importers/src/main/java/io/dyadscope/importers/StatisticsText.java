package io.dyadscope.importers;

import io.dyadscope.evidence.imports.ImportException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a statistics download, and its lines. Publishers' downloads come as UTF-8 (UNHCR,
 * the World Bank, often with a byte-order mark) or as Latin-1 (UN Comtrade's web downloads).
 */
public final class StatisticsText {

  private StatisticsText() {}

  /**
   * Strict UTF-8 without a byte-order mark.
   *
   * @throws ImportException naming the line of the first byte that is not UTF-8
   */
  public static String utf8(String name, byte[] bytes) throws ImportException {
    return stripBom(IndicatorImporter.decode(name, bytes));
  }

  /** UTF-8 when the bytes are UTF-8, else Latin-1 (Windows-1252's letters are Latin-1's). */
  public static String utf8OrLatin1(String name, byte[] bytes) {
    try {
      return utf8(name, bytes);
    } catch (ImportException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  public static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The lines of {@code text}, ending at LF, CR or CRLF, without their ends. */
  public static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }
}
