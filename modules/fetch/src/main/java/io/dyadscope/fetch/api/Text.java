package io.dyadscope.fetch.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/** Small text helpers of the API readers: query encoding, CSV writing, the start of an answer for a message. */
final class Text {

  private Text() {}

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2C", ",").replace("%3A", ":");
  }

  /** The first 120 characters of an answer, on one line, for an error message. */
  static String start(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? "empty body" : "begins: " + (s.length() > 120 ? s.substring(0, 120) + "..." : s);
  }

  /** A CSV file: the header, then the rows; every value quoted when {@code quoteAll}. */
  static byte[] csv(List<String> header, List<List<String>> rows, boolean quoteAll) {
    StringBuilder b = new StringBuilder();
    CSVFormat f = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
        .setQuoteMode(quoteAll ? QuoteMode.ALL : QuoteMode.MINIMAL).build();
    try (CSVPrinter p = new CSVPrinter(b, f)) {
      p.printRecord(header);
      for (List<String> r : rows) {
        p.printRecord(r);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
