package io.dyadscope.importers.wdi;

import io.dyadscope.evidence.Combine;
import io.dyadscope.evidence.Indicator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Catalogue entries for World Bank indicator codes: {@code NY.GDP.PCAP.CD} becomes
 * {@code wdi.ny.gdp.pcap.cd} (lower case, any character other than letters, digits and dots
 * written {@code _}), named as the World Bank names it, in the unit its name ends with in
 * brackets ({@code GDP per capita (current US$)} is in {@code current US$}; a name without one is
 * in {@code value}), family {@code development}. WDI values are yearly, so how they combine only
 * matters for a year's value: {@code last}. No bounds: many WDI series can be negative.
 */
public final class WdiIndicators {

  public static final String PREFIX = "wdi.";
  public static final String FAMILY = "development";
  private static final Pattern UNIT = Pattern.compile("\\(([^()]+)\\)\\s*$");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._]*");

  private WdiIndicators() {}

  /** True when {@code code} has the form of a World Bank indicator code. */
  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches() && !code.endsWith(".") && !code.contains("..");
  }

  /** The catalogue id of a World Bank code. */
  public static String id(String code) {
    return PREFIX + code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "_");
  }

  /** The unit a World Bank indicator name states in its closing brackets, else {@code value}. */
  public static String unit(String name) {
    Matcher m = UNIT.matcher(name);
    return m.find() ? m.group(1).strip() : "value";
  }

  /** The catalogue entry for {@code code} named {@code name} (the code itself when unnamed). */
  public static Indicator indicator(String code, String name) {
    String n = name == null || name.isBlank() ? code : name.strip();
    return Indicator.of(id(code), n, unit(n), FAMILY, Combine.LAST, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY);
  }
}
