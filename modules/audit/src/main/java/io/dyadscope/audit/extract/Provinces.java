package io.dyadscope.audit.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Provinces and states by ISO 3166-2 code, with their names and aliases. The shipped list is the
 * resource {@code provinces.csv} (columns {@code code,name,aliases}, aliases separated by
 * {@code ;}); it holds Pakistan's and Afghanistan's first-level divisions. Reports about other
 * countries add theirs with {@link #load} and {@link #plus}.
 *
 * <p>Names match ignoring case; short all-capital aliases ({@code KP}) only as written.
 */
public final class Provinces {

  /**
   * One province.
   *
   * @param code    ISO 3166-2 code, e.g. {@code PK-KP}
   * @param name    English name
   * @param aliases other names and abbreviations
   */
  public record Province(String code, String name, List<String> aliases) {
    public Province {
      if (code == null || !code.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
        throw new IllegalArgumentException("not an ISO 3166-2 code: '" + code + "'");
      }
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("province " + code + " has no name");
      }
      name = name.strip();
      aliases = List.copyOf(aliases);
    }

    /** The alpha-2 code of its country: {@code PK} for {@code PK-KP}. */
    public String iso2() {
      return code.substring(0, 2);
    }
  }

  private final List<Province> all;
  private final Map<String, List<Province>> byName = new HashMap<>();
  private final Map<String, List<Province>> byAbbreviation = new HashMap<>();
  private int maxWords = 1;

  public Provinces(List<Province> provinces) {
    this.all = List.copyOf(provinces);
    for (Province p : all) {
      List<String> names = new ArrayList<>();
      names.add(p.name());
      names.addAll(p.aliases());
      for (String n : names) {
        if (n.length() <= 5 && n.equals(n.toUpperCase(Locale.ROOT))) {
          byAbbreviation.computeIfAbsent(n, k -> new ArrayList<>()).add(p);
        } else {
          byName.computeIfAbsent(fold(n), k -> new ArrayList<>()).add(p);
        }
        maxWords = Math.max(maxWords, n.split("[\\s-]+").length);
      }
    }
  }

  private static final class Default {
    static final Provinces INSTANCE = load();

    private static Provinces load() {
      try (InputStream in = Provinces.class.getResourceAsStream("/io/dyadscope/audit/provinces.csv")) {
        if (in == null) {
          throw new IllegalStateException("provinces.csv missing from the classpath");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static Provinces standard() {
    return Default.INSTANCE;
  }

  public static Provinces read(Reader reader) throws IOException {
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).build();
    List<Province> list = new ArrayList<>();
    for (CSVRecord r : fmt.parse(reader)) {
      String aliases = r.isMapped("aliases") ? r.get("aliases") : "";
      list.add(new Province(r.get("code"), r.get("name"),
          aliases.isBlank() ? List.of() : Arrays.stream(aliases.split(";")).map(String::strip).toList()));
    }
    return new Provinces(list);
  }

  public static Provinces load(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  public Provinces plus(Provinces other) {
    List<Province> list = new ArrayList<>(all);
    list.addAll(other.all);
    return new Provinces(list);
  }

  public List<Province> all() {
    return all;
  }

  /** Most words in any name: how far a matcher needs to look ahead. */
  public int maxWords() {
    return maxWords;
  }

  /** Every province that {@code name} names (a name such as Punjab may exist in two countries). */
  public List<Province> named(String name) {
    List<Province> exact = byAbbreviation.get(name.strip());
    if (exact != null) {
      return exact;
    }
    return byName.getOrDefault(fold(name), List.of());
  }

  static String fold(String name) {
    return name.strip().replace('’', '\'').replaceAll("[\\s-]+", " ").toLowerCase(Locale.ROOT);
  }
}
