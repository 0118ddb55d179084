package io.dyadscope.app.corpus;

import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.DocumentKind;
import io.dyadscope.corpus.DocumentMetadata;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A manifest CSV describing documents, one row per file: {@code file} and {@code kind} required;
 * {@code id, title, publisher, date, language, source_id, url, licence, countries} optional ({@code countries}:
 * the countries the document concerns, ISO alpha-3 codes or names separated by {@code ;}); other columns
 * (e.g. {@code retrieved_from}) are ignored. Rows are matched to files by file name.
 */
public final class Manifest {

  /** One row: the id to give the document (empty: from the file name) and its metadata. */
  public record Entry(String id, DocumentMetadata metadata) {}

  private final Map<String, Entry> byFile;

  private Manifest(Map<String, Entry> byFile) {
    this.byFile = byFile;
  }

  /**
   * Reads a manifest.
   *
   * @param where the file name, for messages ({@code file:line:column: message})
   * @throws CorpusException at the first bad row, naming line and column
   */
  public static Manifest read(String where, Reader in) {
    Map<String, Entry> out = new HashMap<>();
    try (CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).build())) {
      Map<String, Integer> header = new HashMap<>();
      p.getHeaderMap().forEach((k, v) -> header.put(k.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), v));
      for (String need : List.of("file", "kind")) {
        if (!header.containsKey(need)) {
          throw new CorpusException(where + ":1:1: manifest has no '" + need + "' column");
        }
      }
      long next = 2;
      for (CSVRecord r : p) {
        long line = next;
        next = p.getCurrentLineNumber() + 1;
        if (r.size() != p.getHeaderNames().size()) {
          throw new CorpusException(where + ":" + line + ": has " + r.size() + (r.size() == 1 ? " field" : " fields")
              + ", the header has " + p.getHeaderNames().size());
        }
        String file = get(r, header, "file");
        String column = "kind";
        try {
          DocumentKind kind = DocumentKind.parse(get(r, header, "kind"));
          column = "date";
          column = "countries";
          List<String> countries = countries(get(r, header, "countries"));
          column = "date";
          DocumentMetadata m = new DocumentMetadata(get(r, header, "title"), get(r, header, "publisher"), kind,
              get(r, header, "date"), get(r, header, "language"), get(r, header, "source_id"), get(r, header, "url"),
              get(r, header, "licence"), countries);
          if (out.put(file, new Entry(get(r, header, "id"), m)) != null) {
            throw new CorpusException(where + ":" + line + ":" + (header.get("file") + 1) + ": file '" + file
                + "' is listed twice");
          }
        } catch (IllegalArgumentException e) {
          throw new CorpusException(where + ":" + line + ":" + (header.get(column) + 1) + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new CorpusException(where + ": malformed CSV: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      // Commons CSV: a repeated or blank name in the header
      throw new CorpusException(where + ":1: bad header: " + e.getMessage(), e);
    }
    return new Manifest(out);
  }

  /**
   * The {@code countries} cell: ISO alpha-3 codes or country names separated by {@code ;}.
   *
   * @throws IllegalArgumentException naming a country the gazetteer does not know
   */
  static List<String> countries(String cell) {
    List<String> out = new java.util.ArrayList<>();
    for (String part : cell.split(";")) {
      if (!part.isBlank()) {
        out.add(Gazetteer.standard().resolve(part.strip()).map(Country::iso3).orElseThrow(() ->
            new IllegalArgumentException("countries: '" + part.strip() + "' is not a country (expected ISO alpha-3"
                + " codes or names separated by ';', e.g. PAK;AFG)")));
      }
    }
    return out;
  }

  private static String get(CSVRecord r, Map<String, Integer> header, String column) {
    Integer i = header.get(column);
    return i == null || i >= r.size() ? "" : r.get(i);
  }

  /** The row for a file name, or null. */
  public Entry entry(String fileName) {
    return byFile.get(fileName);
  }

  public int size() {
    return byFile.size();
  }
}
