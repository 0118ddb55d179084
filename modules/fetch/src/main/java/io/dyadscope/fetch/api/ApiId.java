package io.dyadscope.fetch.api;

import java.util.Locale;

/** The public APIs {@code dyadscope fetch} reads, with the base address each is reached at by default. */
public enum ApiId {
  WORLDBANK("worldbank", "https://api.worldbank.org/v2"),
  UNHCR("unhcr", "https://api.unhcr.org/population/v1"),
  UCDP("ucdp", "https://ucdpapi.pcr.uu.se/api"),
  IMF("imf", "http://dataservices.imf.org/REST/SDMX_JSON.svc"),
  GDELT("gdelt", "http://data.gdeltproject.org/events"),
  ACLED("acled", "https://api.acleddata.com"),
  COMTRADE("comtrade", "https://comtradeapi.un.org");

  private final String id;
  private final String defaultBase;

  ApiId(String id, String defaultBase) {
    this.id = id;
    this.defaultBase = defaultBase;
  }

  /** The name a user types: {@code worldbank}, {@code acled}... */
  public String id() {
    return id;
  }

  public String defaultBase() {
    return defaultBase;
  }

  /** The API named {@code text}, case-insensitively. */
  public static ApiId parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (ApiId a : values()) {
      if (a.id.equals(t)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown source '" + text
        + "' (expected worldbank, unhcr, ucdp, imf, gdelt, acled or comtrade)");
  }
}
