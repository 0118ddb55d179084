package io.dyadscope.audit.vocabulary;

import io.dyadscope.evidence.number.StatNumber;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small comma-separated knowledge file shipped beside the audit's classes: a header naming its
 * columns, then one entry a line; blank lines and lines starting with {@code #} are comments. Every
 * row must have as many fields as the header, and errors name the file and line
 * ({@code strength.csv:7: ...}).
 */
public final class DataFile {

  /** One entry: its fields and where it stands, to name it in errors. */
  public record Row(String file, int line, List<String> fields) {

    public String field(int i) {
      return fields.get(i);
    }

    /** An error naming this row: {@code strength.csv:7: message}. */
    public IllegalArgumentException error(String message) {
      return new IllegalArgumentException(file + ":" + line + ": " + message);
    }

    /** A field read as a number, or an error naming the row and column. */
    public double number(int i, String column) {
      try {
        return StatNumber.decimal(fields.get(i));
      } catch (NumberFormatException e) {
        throw error(column + " is not a number: '" + fields.get(i) + "'");
      }
    }
  }

  private DataFile() {}

  /** Reads a knowledge file of one kind from its text. */
  @FunctionalInterface
  public interface Parser<T> {
    T read(Reader reader) throws IOException;
  }

  /** The rows of the resource {@code io/dyadscope/audit/NAME}, checked against {@code header}. */
  public static List<Row> resource(String name, String... header) {
    return load(name, reader -> read(name, new BufferedReader(reader), header));
  }

  /**
   * The resource {@code io/dyadscope/audit/NAME} read by {@code parser}. The resources ship with the
   * audit, so a missing or unreadable one is a broken build and fails loudly.
   */
  public static <T> T load(String name, Parser<T> parser) {
    try (InputStream in = DataFile.class.getResourceAsStream("/io/dyadscope/audit/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      return parser.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of {@code reader}, named {@code name} in errors. */
  public static List<Row> read(String name, BufferedReader reader, String... header) throws IOException {
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    int n = 0;
    for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
      n++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
      if (!headerSeen) {
        if (!fields.equals(List.of(header))) {
          throw new IllegalArgumentException(name + ":" + n + ": header must be '" + String.join(",", header)
              + "', found '" + line + "'");
        }
        headerSeen = true;
        continue;
      }
      if (fields.size() != header.length) {
        throw new IllegalArgumentException(name + ":" + n + ": expected " + header.length + " fields ("
            + String.join(",", header) + "), found " + fields.size());
      }
      if (fields.get(0).isEmpty()) {
        throw new IllegalArgumentException(name + ":" + n + ": " + header[0] + " is empty");
      }
      rows.add(new Row(name, n, fields));
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(name + ": empty, expected a header '" + String.join(",", header) + "'");
    }
    return rows;
  }
}
