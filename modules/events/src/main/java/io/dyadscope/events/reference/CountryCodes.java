package io.dyadscope.events.reference;

import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Resources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country codes of the event datasets mapped to ISO 3166-1 alpha-3: CAMEO actor country codes
 * (GDELT Actor1/2CountryCode), FIPS 10-4 (GDELT geography), Gleditsch-Ward state numbers (UCDP), and
 * country names (ACLED country, ACLED state actors such as "Military Forces of Pakistan (2018-)").
 * Tables are resources in {@code reference/}, checked on load; see the README beside them.
 */
public final class CountryCodes {

  private static final String FOLDER = "/io/dyadscope/events/reference/";
  private static final Supplier<CountryCodes> STANDARD = Resources.once(() -> load(Gazetteer.standard()));

  /** ACLED names state actors "Military Forces of X (2018-)", "Police Forces of X", "Government of X". */
  private static final Pattern STATE_ACTOR = Pattern.compile(
      "^(?:Military|Police|Naval|Air) Forces of (?:the )?(.+?)(?: \\(.*\\))?(?: - .*)?$|^Government of (?:the )?(.+?)(?: \\(.*\\))?$");

  private final Gazetteer gazetteer;
  private final Map<String, String> fipsToIso3;
  private final Map<Integer, String> gwToIso3;
  private final Map<String, String> actorCache = new java.util.concurrent.ConcurrentHashMap<>();

  CountryCodes(Gazetteer gazetteer, Map<String, String> fipsToIso3, Map<Integer, String> gwToIso3) {
    this.gazetteer = gazetteer;
    this.fipsToIso3 = Map.copyOf(fipsToIso3);
    this.gwToIso3 = Map.copyOf(gwToIso3);
  }

  /** The shipped tables over {@link Gazetteer#standard()}; loaded once. */
  public static CountryCodes standard() {
    return STANDARD.get();
  }

  static CountryCodes load(Gazetteer g) {
    Map<String, String> fips = new HashMap<>();
    for (String[] row : table("fips10-4-to-iso3166.csv", ",", "fips,iso2")) {
      String name = "fips10-4-to-iso3166.csv: " + row[0];
      if (!row[0].matches("[A-Z]{2}") || !row[1].matches("[A-Z]{2}")) {
        throw new IllegalStateException(name + ": codes must be two capital letters");
      }
      Optional<Country> c = g.byIso2(row[1]);
      // Territories the gazetteer does not list stay unmapped: their events have no location country.
      c.ifPresent(country -> {
        if (fips.put(row[0], country.iso3()) != null) {
          throw new IllegalStateException(name + ": listed twice");
        }
      });
    }
    Map<Integer, String> gw = new HashMap<>();
    for (String[] row : table("gleditsch-ward-to-iso3166.csv", ",", "gw,iso3")) {
      String name = "gleditsch-ward-to-iso3166.csv: " + row[0];
      if (g.byIso3(row[1]).isEmpty()) {
        throw new IllegalStateException(name + ": unknown ISO alpha-3 code " + row[1]);
      }
      if (gw.put(Integer.parseInt(row[0]), row[1]) != null) {
        throw new IllegalStateException(name + ": listed twice");
      }
    }
    return new CountryCodes(g, fips, gw);
  }

  /** A GDELT actor country (CAMEO code): states use ISO alpha-3; regional codes (e.g. EUR, AFR) map to empty. */
  public String cameoCountry(String code) {
    if (code == null || code.length() != 3) {
      return "";
    }
    return gazetteer.byIso3(code).map(Country::iso3).orElse("");
  }

  /** A FIPS 10-4 country code (GDELT geography), or empty when unknown. */
  public String fips(String code) {
    return code == null || code.isEmpty() ? "" : fipsToIso3.getOrDefault(code, "");
  }

  /** The FIPS 10-4 codes mapped, each to its ISO alpha-3 code: the table {@link #fips} reads, for SQL joins. */
  public Map<String, String> fipsTable() {
    return fipsToIso3;
  }

  /**
   * The FIPS 10-4 codes that {@link #fips} maps to any of {@code iso3Codes}, sorted: the place filter on
   * raw GDELT codes for a dyad's two countries.
   */
  public List<String> fipsCodesOf(String... iso3Codes) {
    List<String> wanted = List.of(iso3Codes);
    List<String> out = new ArrayList<>();
    fipsToIso3.forEach((fips, iso) -> {
      if (wanted.contains(iso)) {
        out.add(fips);
      }
    });
    out.sort(null);
    return out;
  }

  /** The ISO alpha-3 codes that {@link #cameoCountry} keeps (the gazetteer's states), for SQL joins. */
  public java.util.Set<String> iso3Codes() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    gazetteer.all().forEach(c -> out.add(c.iso3()));
    return out;
  }

  /** A Gleditsch-Ward state number (UCDP gwnoa, gwnob, country_id), or empty when not in the table. */
  public String gleditschWard(int gw) {
    return gwToIso3.getOrDefault(gw, "");
  }

  /** A country by alpha-3 code or name (ACLED country, iso3), or empty. */
  public String country(String codeOrName) {
    if (codeOrName == null || codeOrName.isBlank()) {
      return "";
    }
    return gazetteer.resolve(codeOrName.strip()).map(Country::iso3).orElse("");
  }

  /**
   * The state an ACLED or UCDP actor name stands for: "Military Forces of Pakistan (2018-)",
   * "Government of Afghanistan"; empty for non-state actors, whose country the name does not say.
   */
  public String stateActor(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    return actorCache.computeIfAbsent(name, n -> {
      Matcher m = STATE_ACTOR.matcher(n.strip());
      if (!m.matches()) {
        return "";
      }
      String country = m.group(1) != null ? m.group(1) : m.group(2);
      return country(country);
    });
  }

  private static List<String[]> table(String file, String sep, String header) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CountryCodes.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("reference table " + file + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String first = r.readLine();
      if (first == null || !first.strip().toLowerCase(Locale.ROOT).equals(header)) {
        throw new IllegalStateException(file + ": header must be '" + header + "'");
      }
      String line;
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(sep, -1);
        if (f.length != header.split(sep).length) {
          throw new IllegalStateException(file + ":" + n + ": expected " + header.split(sep).length + " fields");
        }
        rows.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static List<String[]> resourceTable(String file, String sep, String header) {
    return table(file, sep, header);
  }
}
