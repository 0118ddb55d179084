package io.dyadscope.evidence;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A country or territory of ISO 3166-1.
 *
 * @param iso3    alpha-3 code, e.g. {@code PAK}
 * @param iso2    alpha-2 code, e.g. {@code PK} (prefix of its ISO 3166-2 province codes)
 * @param name    English short name
 * @param aliases other names and demonyms a text may use ({@code Pakistani}, {@code Pakistanis})
 */
public record Country(String iso3, String iso2, String name, List<String> aliases) {

  // compiled once: the gazetteer makes some 250 countries at the start of every command given a dyad
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

  public Country {
    if (iso3 == null || !ISO3.matcher(iso3).matches()) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: '" + iso3 + "'");
    }
    if (iso2 == null || !ISO2.matcher(iso2).matches()) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: '" + iso2 + "'");
    }
    name = Require.text(name, "country name");
    aliases = List.copyOf(aliases);
  }

  /** The name and every alias. */
  public List<String> names() {
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
