package io.dyadscope.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A list of codes with their meanings kept as a classpath resource (two columns, e.g. {@code code,meaning}, under a
 * header line): the non-country codes each publisher uses, so that skipping them is data, not
 * code. A resource that is missing, has no rows or repeats a code fails loudly, naming it.
 */
public final class CodeList {

  private final String resource;
  private final Map<String, String> meanings;

  private CodeList(String resource, Map<String, String> meanings) {
    this.resource = resource;
    this.meanings = Collections.unmodifiableMap(meanings);
  }

  /** Loads {@code resource} relative to {@code anchor}'s package. */
  public static CodeList load(Class<?> anchor, String resource) {
    String where = anchor.getPackageName().replace('.', '/') + "/" + resource;
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("code list missing from the classpath: " + where);
      }
      Map<String, String> m = new LinkedHashMap<>();
      CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
      try (CSVParser p = f.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (CSVRecord r : p) {
          String code = r.size() < 2 ? "" : r.get(0);
          if (code.isEmpty() || r.get(1).isEmpty()) {
            throw new IllegalStateException(where + ":" + p.getCurrentLineNumber() + ": code and meaning are required");
          }
          if (m.put(code, r.get(1)) != null) {
            throw new IllegalStateException(where + ":" + p.getCurrentLineNumber() + ": code " + code + " listed twice");
          }
        }
      }
      if (m.isEmpty()) {
        throw new IllegalStateException(where + ": no codes listed");
      }
      return new CodeList(where, m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean contains(String code) {
    return meanings.containsKey(code);
  }

  public String meaning(String code) {
    return meanings.get(code);
  }

  public Map<String, String> all() {
    return meanings;
  }

  public String resource() {
    return resource;
  }
}
