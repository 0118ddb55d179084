package io.dyadscope.app.corpus;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.codebook.Codebook;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

  static List<Coding> read(Path file, Codebook book) {
    List<Coding> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).build())) {
      Map<String, Integer> header = new HashMap<>();
      p.getHeaderMap().forEach((k, v) -> header.put(k.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), v));
      for (String c : COLUMNS) {
        if (!header.containsKey(c)) {
          throw new CorpusException(file + ":1:1: no '" + c + "' column (expected " + String.join(",", COLUMNS) + ")");
        }
      }
      for (CSVRecord r : p) {
        long line = r.getRecordNumber() + 1;
        int from = number(file, line, header.get("start"), r);
        int to = number(file, line, header.get("end"), r);
        String where = file + ":" + line + ": ";
        try {
          out.add(CorpusService.humanCoding(r.get(header.get("document")), from, to, r.get(header.get("code")),
              r.get(header.get("coder")), book, where));
        } catch (CorpusException e) {
          throw e.getMessage().startsWith(where) ? e : new CorpusException(where + e.getMessage(), e);
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new CorpusException(file + ": cannot read: " + e.getMessage(), e);
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
