package io.dyadscope.events;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of an event dataset, in the fields the three datasets share. Codes are kept as the
 * dataset writes them (CAMEO codes as strings with their leading zeros); countries are ISO 3166-1
 * alpha-3 or empty when the dataset does not say or the code cannot be mapped.
 *
 * @param dataset        the dataset
 * @param eventId        the dataset's own id (ACLED event_id_cnty, UCDP id, GDELT GLOBALEVENTID); for an
 *                       ACLED export without ids, a derived id (see the events README)
 * @param file           the file (or zip member) it was read from, as named to the user
 * @param line           1-based line where its record starts
 * @param date           the day (UCDP: date_start)
 * @param eventType      ACLED event_type; UCDP type of violence ({@code state-based}, {@code non-state},
 *                       {@code one-sided}); GDELT EventCode
 * @param subType        ACLED sub_event_type; UCDP conflict name; GDELT EventBaseCode
 * @param rootCode       GDELT EventRootCode, else empty
 * @param quadClass      GDELT QuadClass 1-4, else 0
 * @param rootEvent      GDELT IsRootEvent; true for the other datasets
 * @param actor1         first actor's name (ACLED actor1, UCDP side_a, GDELT Actor1Name)
 * @param actor1Iso      its country, alpha-3, or empty
 * @param actor2         second actor's name, or empty
 * @param actor2Iso      its country, or empty
 * @param countryIso     country where it happened, or empty when unknown
 * @param admin1         first-level division (name; GDELT: the ADM1 code), or empty
 * @param location       place name, or empty
 * @param fatalities     deaths (ACLED fatalities, UCDP best), or null when the dataset records none (GDELT)
 * @param fatalitiesLow  UCDP low estimate, else equal to {@code fatalities} (UCDP's low and high are kept
 *                       as published, even where best lies outside them)
 * @param fatalitiesHigh UCDP high estimate, else equal to {@code fatalities}
 * @param goldstein      GDELT Goldstein scale (-10..10), else null
 * @param mentions       GDELT NumMentions, else null
 * @param tone           GDELT AvgTone, else null
 */
public record Event(Dataset dataset, String eventId, String file, long line, LocalDate date, String eventType,
    String subType, String rootCode, int quadClass, boolean rootEvent, String actor1, String actor1Iso,
    String actor2, String actor2Iso, String countryIso, String admin1, String location, Integer fatalities,
    Integer fatalitiesLow, Integer fatalitiesHigh, Double goldstein, Integer mentions, Double tone) {

  public Event {
    Objects.requireNonNull(dataset, "dataset");
    eventId = required(eventId, "eventId");
    file = required(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("event line must be at least 1: " + line);
    }
    Objects.requireNonNull(date, "date");
    eventType = required(eventType, "eventType");
    subType = text(subType);
    rootCode = text(rootCode);
    if (quadClass < 0 || quadClass > 4 || (dataset == Dataset.GDELT) != (quadClass != 0)) {
      throw new IllegalArgumentException("QuadClass must be 1-4 for GDELT and 0 otherwise: " + quadClass);
    }
    actor1 = text(actor1);
    actor2 = text(actor2);
    actor1Iso = iso(actor1Iso, "actor1Iso");
    actor2Iso = iso(actor2Iso, "actor2Iso");
    countryIso = iso(countryIso, "countryIso");
    admin1 = text(admin1);
    location = text(location);
    if (fatalities == null) {
      if (fatalitiesLow != null || fatalitiesHigh != null) {
        throw new IllegalArgumentException("fatality range without a best estimate");
      }
    } else {
      fatalitiesLow = fatalitiesLow == null ? fatalities : fatalitiesLow;
      fatalitiesHigh = fatalitiesHigh == null ? fatalities : fatalitiesHigh;
      // Not low <= best <= high: 200 of the 6,416 events of the UCDP HDX export for Pakistan break that
      // order (e.g. best 2, low 2, high 1) and are kept as published.
      if (fatalitiesLow < 0 || fatalities < 0 || fatalitiesHigh < 0) {
        throw new IllegalArgumentException("negative fatalities: low " + fatalitiesLow + ", best " + fatalities
            + ", high " + fatalitiesHigh);
      }
    }
    if (goldstein != null && !(goldstein >= -10 && goldstein <= 10)) {
      throw new IllegalArgumentException("Goldstein scale outside -10..10: " + goldstein);
    }
    if (mentions != null && mentions < 0) {
      throw new IllegalArgumentException("negative mentions: " + mentions);
    }
    if (tone != null && !Double.isFinite(tone)) {
      throw new IllegalArgumentException("tone is not a finite number: " + tone);
    }
  }

  /** Year and month as {@code yyyy*100+mm}. */
  public int yearMonth() {
    return date.getYear() * 100 + date.getMonthValue();
  }

  /** True when an actor or the place is one of the two countries. */
  public boolean touches(String iso1, String iso2) {
    return actor1Iso.equals(iso1) || actor1Iso.equals(iso2) || actor2Iso.equals(iso1) || actor2Iso.equals(iso2)
        || countryIso.equals(iso1) || countryIso.equals(iso2);
  }

  /**
   * True when an actor of one of the two countries acts in the other: actor 1 (or, failing a country
   * for actor 1, actor 2) belongs to one and the place is the other.
   */
  public boolean crossBorder(String iso1, String iso2) {
    return (countryIso.equals(iso2) && (actor1Iso.equals(iso1) || actor2Iso.equals(iso1)))
        || (countryIso.equals(iso1) && (actor1Iso.equals(iso2) || actor2Iso.equals(iso2)));
  }

  private static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("event " + field + " is empty");
    }
    return value.strip();
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  private static String iso(String value, String field) {
    String v = text(value);
    if (!v.isEmpty() && !(v.length() == 3 && upper(v.charAt(0)) && upper(v.charAt(1)) && upper(v.charAt(2)))) {
      throw new IllegalArgumentException(field + " is not an ISO alpha-3 code: '" + v + "'");
    }
    return v;
  }
}
