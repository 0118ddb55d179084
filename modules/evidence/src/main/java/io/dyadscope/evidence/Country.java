package io.dyadscope.evidence;

import java.util.List;

/**
 * A country or territory of ISO 3166-1.
 *
 * @param iso3    alpha-3 code, e.g. {@code PAK}
 * @param iso2    alpha-2 code, e.g. {@code PK} (prefix of its ISO 3166-2 province codes)
 * @param name    English short name
 * @param aliases other names and demonyms a text may use ({@code Pakistani}, {@code Pakistanis})
 */
public record Country(String iso3, String iso2, String name, List<String> aliases) {

  public Country {
    if (iso3 == null || !iso3.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: '" + iso3 + "'");
    }
    if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
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
