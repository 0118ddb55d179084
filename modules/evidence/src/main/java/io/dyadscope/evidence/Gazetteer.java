package io.dyadscope.evidence;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Every country of ISO 3166-1 with its names, aliases and demonyms. The default gazetteer is the
 * resource {@code countries.csv} beside this class (columns {@code iso3,iso2,name,aliases}, aliases
 * separated by {@code ;}), generated from the JDK's ISO country list and extended by hand.
 *
 * <p>Name look-up ignores case and treats {@code ’} as {@code '}; short all-capital aliases such as
 * {@code US} match only as written, so that the pronoun "us" is not read as a country.
 */
public final class Gazetteer {

  private final Map<String, Country> byIso3;
  private final Map<String, Country> byIso2;
  private final Map<String, Country> byName = new HashMap<>();
  private final Map<String, Country> byExactAbbreviation = new HashMap<>();

  public Gazetteer(Collection<Country> countries) {
    Map<String, Country> m3 = new LinkedHashMap<>();
    Map<String, Country> m2 = new LinkedHashMap<>();
    for (Country c : countries) {
      if (m3.put(c.iso3(), c) != null) {
        throw new IllegalArgumentException("country listed twice: " + c.iso3());
      }
      m2.put(c.iso2(), c);
      for (String n : c.names()) {
        if (isAbbreviation(n)) {
          byExactAbbreviation.putIfAbsent(n, c);
        } else {
          byName.putIfAbsent(fold(n), c);
        }
      }
    }
    this.byIso3 = Collections.unmodifiableMap(m3);
    this.byIso2 = Collections.unmodifiableMap(m2);
  }

  private static final class Default {
    static final Gazetteer INSTANCE = Resources.read(Gazetteer.class, "countries.csv", Gazetteer::read);
  }

  /** The gazetteer shipped with Dyadscope. */
  public static Gazetteer standard() {
    return Default.INSTANCE;
  }

  public static Gazetteer read(Reader reader) throws IOException {
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    List<Country> list = new ArrayList<>();
    for (CSVRecord r : fmt.parse(reader)) {
      String aliases = r.get("aliases");
      list.add(new Country(r.get("iso3"), r.get("iso2"), r.get("name"),
          aliases.isBlank() ? List.of() : Arrays.stream(aliases.split(";")).map(String::strip).toList()));
    }
    return new Gazetteer(list);
  }

  static boolean isAbbreviation(String name) {
    return name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT));
  }

  static String fold(String name) {
    return name.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  public Optional<Country> byIso3(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : byIso3.get(iso3.toUpperCase(Locale.ROOT)));
  }

  public Optional<Country> byIso2(String iso2) {
    return Optional.ofNullable(iso2 == null ? null : byIso2.get(iso2.toUpperCase(Locale.ROOT)));
  }

  /** The country a name, alias or demonym stands for. */
  public Optional<Country> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    Country exact = byExactAbbreviation.get(name.strip());
    return exact != null ? Optional.of(exact) : Optional.ofNullable(byName.get(fold(name)));
  }

  /** The country for an alpha-3 code, or failing that a name. */
  public Optional<Country> resolve(String codeOrName) {
    return byIso3(codeOrName).or(() -> byName(codeOrName));
  }

  public Collection<Country> all() {
    return byIso3.values();
  }
}
