package io.dyadscope.evidence;

/**
 * An ordered pair of countries whose relations are studied, written {@code PAK-AFG}. The first
 * country is the reporting side: trade balance and exports are the first country's.
 *
 * @param first  alpha-3 code of the first country
 * @param second alpha-3 code of the second country
 */
public record Dyad(String first, String second) {

  public Dyad {
    if (first == null || !first.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("dyad country is not an alpha-3 code: '" + first + "'");
    }
    if (second == null || !second.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("dyad country is not an alpha-3 code: '" + second + "'");
    }
    if (first.equals(second)) {
      throw new IllegalArgumentException("a dyad needs two different countries: " + first + "-" + second);
    }
  }

  /**
   * Parses {@code PAK-AFG} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the text when it is not two alpha-3 codes
   */
  public static Dyad parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
    if (!t.matches("[A-Z]{3}-[A-Z]{3}")) {
      throw new IllegalArgumentException("not a dyad (expected two ISO alpha-3 codes such as PAK-AFG): '" + text + "'");
    }
    return new Dyad(t.substring(0, 3), t.substring(4));
  }

  /** Parses and checks that both codes are countries of {@code gazetteer}. */
  public static Dyad parse(String text, Gazetteer gazetteer) {
    Dyad d = parse(text);
    for (String code : new String[] {d.first, d.second}) {
      if (gazetteer.byIso3(code).isEmpty()) {
        throw new IllegalArgumentException("unknown country code '" + code + "' in dyad " + d.id());
      }
    }
    return d;
  }

  public String id() {
    return first + "-" + second;
  }

  public boolean contains(String iso3) {
    return first.equals(iso3) || second.equals(iso3);
  }

  @Override
  public String toString() {
    return id();
  }
}
