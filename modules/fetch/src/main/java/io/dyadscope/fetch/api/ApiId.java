package io.dyadscope.fetch.api;

import io.dyadscope.evidence.Labels;
import java.util.Locale;

/** The public APIs {@code dyadscope fetch} reads, with the base address each is reached at by default. */
public enum ApiId {
  WORLDBANK("https://api.worldbank.org/v2"),
  UNHCR("https://api.unhcr.org/population/v1"),
  UCDP("https://ucdpapi.pcr.uu.se/api"),
  IMF("http://dataservices.imf.org/REST/SDMX_JSON.svc"),
  GDELT("http://data.gdeltproject.org/events"),
  ACLED("https://api.acleddata.com"),
  COMTRADE("https://comtradeapi.un.org");

  private final String defaultBase;

  ApiId(String defaultBase) {
    this.defaultBase = defaultBase;
  }

  /** The name a user types: {@code worldbank}, {@code acled}... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String defaultBase() {
    return defaultBase;
  }

  /** The API named {@code text}, case-insensitively. */
  public static ApiId parse(String text) {
    return Labels.parse(values(), ApiId::id, text, "source");
  }
}
