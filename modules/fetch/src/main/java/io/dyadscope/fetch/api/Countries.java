package io.dyadscope.fetch.api;

import io.dyadscope.evidence.Resources;
import java.io.BufferedReader;
import java.util.HashMap;
import java.util.Map;

/**
 * The numbers the APIs use for countries, by ISO 3166-1 alpha-3 code: ISO numeric (ACLED), UN Comtrade's
 * reporter and partner codes, and Gleditsch-Ward numbers (UCDP). Tables in {@code country-numbers.csv}
 * and {@code gleditsch-ward.csv} (provenance in the module's README).
 */
final class Countries {

  private static final Map<String, int[]> NUMBERS = Resources.read(Countries.class, "country-numbers.csv", r -> {
    Map<String, int[]> m = new HashMap<>();
    BufferedReader b = new BufferedReader(r);
    b.readLine();
    for (String line = b.readLine(); line != null; line = b.readLine()) {
      String[] f = line.split(",");
      m.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
    }
    return m;
  });

  private static final Map<String, Integer> GW = Resources.read(Countries.class, "gleditsch-ward.csv", r -> {
    Map<String, Integer> m = new HashMap<>();
    BufferedReader b = new BufferedReader(r);
    b.readLine();
    for (String line = b.readLine(); line != null; line = b.readLine()) {
      String[] f = line.split(",");
      m.put(f[1], Integer.parseInt(f[0]));
    }
    return m;
  });

  private Countries() {}

  static int isoNumeric(String iso3) {
    return numbers(iso3)[0];
  }

  static int comtrade(String iso3) {
    return numbers(iso3)[1];
  }

  static Integer gleditschWard(String iso3) {
    return GW.get(iso3);
  }

  private static int[] numbers(String iso3) {
    int[] n = NUMBERS.get(iso3);
    if (n == null) {
      throw new IllegalArgumentException("no ISO 3166-1 numeric code known for " + iso3);
    }
    return n;
  }
}
