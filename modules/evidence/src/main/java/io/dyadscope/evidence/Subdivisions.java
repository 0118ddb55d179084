package io.dyadscope.evidence;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Country subdivisions (subdivisions, states, regions...) by ISO 3166-2 code, with their names and
 * aliases: the one list the audit and the dossier share. The shipped list is the resource
 * {@code subdivisions.csv} (columns {@code code,name,type,parent,aliases}, aliases separated by
 * {@code ;}), about 5,000 entries for every country, derived from Debian's iso-codes 4.15 (see
 * {@code subdivisions.README.md} beside it). Users add more with {@link #load} and {@link #plus}.
 *
 * <p>Names match ignoring case; short all-capital aliases ({@code KP}) only as written.
 */
public final class Subdivisions {

  /**
   * One subdivision.
   *
   * @param code    ISO 3166-2 code, e.g. {@code PK-KP}
   * @param name    English name
   * @param type    the kind ISO gives it ({@code Subdivision}, {@code State}...), or empty
   * @param aliases other names, spellings and abbreviations
   */
  public record Subdivision(String code, String name, String type, List<String> aliases) {
    public Subdivision {
      if (code == null || !code.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
        throw new IllegalArgumentException("not an ISO 3166-2 code: '" + code + "'");
      }
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("subdivision " + code + " has no name");
      }
      name = name.strip();
      type = type == null ? "" : type.strip();
      aliases = List.copyOf(aliases);
    }

    /** The alpha-2 code of its country: {@code PK} for {@code PK-KP}. */
    public String iso2() {
      return code.substring(0, 2);
    }
  }

  private final List<Subdivision> all;
  private final Map<String, Subdivision> byCode = new HashMap<>();
  private final Map<String, List<Subdivision>> byName = new HashMap<>();
  private final Map<String, List<Subdivision>> byAbbreviation = new HashMap<>();
  private int maxWords = 1;

  public Subdivisions(List<Subdivision> subdivisions) {
    this.all = List.copyOf(subdivisions);
    for (Subdivision p : all) {
      byCode.putIfAbsent(p.code(), p);
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
    static final Subdivisions INSTANCE = Resources.read(Subdivisions.class, "subdivisions.csv", Subdivisions::read);
  }

  public static Subdivisions standard() {
    return Default.INSTANCE;
  }

  public static Subdivisions read(Reader reader) throws IOException {
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).build();
    List<Subdivision> list = new ArrayList<>();
    for (CSVRecord r : fmt.parse(reader)) {
      String aliases = r.isMapped("aliases") ? r.get("aliases") : "";
      String type = r.isMapped("type") ? r.get("type") : "";
      list.add(new Subdivision(r.get("code"), r.get("name"), type,
          aliases.isBlank() ? List.of() : Arrays.stream(aliases.split(";")).map(String::strip).toList()));
    }
    return new Subdivisions(list);
  }


  public Subdivisions plus(Subdivisions other) {
    List<Subdivision> list = new ArrayList<>(all);
    list.addAll(other.all);
    return new Subdivisions(list);
  }

  /** The subdivisions of the countries with these alpha-2 codes. */
  public Subdivisions of(Collection<String> iso2) {
    return new Subdivisions(all.stream().filter(p -> iso2.contains(p.iso2())).toList());
  }

  /** The subdivision with ISO 3166-2 code {@code code}. */
  public Optional<Subdivision> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public List<Subdivision> all() {
    return all;
  }

  /** Most words in any name: how far a matcher needs to look ahead. */
  public int maxWords() {
    return maxWords;
  }

  /** Every province that {@code name} names (a name such as Punjab may exist in two countries). */
  public List<Subdivision> named(String name) {
    List<Subdivision> exact = byAbbreviation.get(name.strip());
    if (exact != null) {
      return exact;
    }
    return byName.getOrDefault(fold(name), List.of());
  }

  static String fold(String name) {
    return name.strip().replace('’', '\'').replaceAll("[\\s-]+", " ").toLowerCase(Locale.ROOT);
  }
}
