package io.dyadscope.app.corpus;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.StatisticsText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Coded segments in CSV: {@code document,start,end,code,coder}, one human coding a row. */
final class CodingsCsv {

  static final List<String> COLUMNS = List.of("document", "start", "end", "code", "coder");

  private CodingsCsv() {}

  /**
   * The codings of {@code file}, every refusal naming {@code file:line}: bytes that are not UTF-8, a
   * row with fewer or more fields than the header, a field that does not fit.
   */
  static List<Coding> read(Path file, Codebook book) {
    List<Coding> out = new ArrayList<>();
    String text;
    try {
      text = StatisticsText.utf8(file.toString(), Files.readAllBytes(file));
    } catch (ImportException e) {
      throw new CorpusException(e.problems().get(0).toString(), e);
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot read: " + e.getMessage(), e);
    }
    long nextLine = 2;
    try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).build())) {
      Map<String, Integer> header = new HashMap<>();
      p.getHeaderMap().forEach((k, v) -> header.put(k.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), v));
      for (String c : COLUMNS) {
        if (!header.containsKey(c)) {
          throw new CorpusException(file + ":1:1: no '" + c + "' column (expected " + String.join(",", COLUMNS) + ")");
        }
      }
      for (CSVRecord r : p) {
        long line = nextLine;
        nextLine = p.getCurrentLineNumber() + 1;
        if (r.size() != p.getHeaderNames().size()) {
          throw new CorpusException(file + ":" + line + ": has " + r.size() + (r.size() == 1 ? " field" : " fields")
              + ", the header has " + p.getHeaderNames().size() + " (" + String.join(",", p.getHeaderNames()) + ")");
        }
        int from = number(file, line, header.get("start"), r);
        int to = number(file, line, header.get("end"), r);
        String where = file + ":" + line + ": ";
        try {
          out.add(CorpusCoding.humanCoding(r.get(header.get("document")), from, to, r.get(header.get("code")),
              r.get(header.get("coder")), book, where));
        } catch (CorpusException e) {
          throw e.getMessage().startsWith(where) ? e : new CorpusException(where + e.getMessage(), e);
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      // malformed quoting, a repeated or blank header name
      String why = e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
      throw new CorpusException(file + ":" + nextLine + ": malformed CSV: " + why, e);
    }
    return out;
  }

  private static int number(Path file, long line, int column, CSVRecord r) {
    try {
      return Integer.parseInt(r.get(column));
    } catch (NumberFormatException e) {
      throw new CorpusException(file + ":" + line + ":" + (column + 1) + ": '" + r.get(column)
          + "' is not a whole number of characters", e);
    }
  }
}
