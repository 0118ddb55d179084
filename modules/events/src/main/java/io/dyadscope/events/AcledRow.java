package io.dyadscope.events;

import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.evidence.Hashing;
import java.time.LocalDate;

/**
 * One ACLED export row to an {@link Event}, by header name, so that full exports (31 columns) and
 * reduced ones (any subset holding at least event_date and event_type) both read. What a reduced
 * export lacks is derived where it can be:
 * <ul>
 *   <li>no {@code event_id_cnty}: the id is {@code derived-} and a hash of date, actors, place and
 *       types (two identical events of one day then count once);</li>
 *   <li>no {@code country}: the place's country comes from {@code iso3}; without both (ACLED's numeric
 *       {@code iso} is not mapped), from {@code admin1} through the ISO 3166-2 gazetteer or, failing
 *       that, from {@code latitude}/{@code longitude} in the country outlines ({@link EventPlaces});</li>
 *   <li>actor countries come from state actor names ("Military Forces of Pakistan (2018-)"); other
 *       actors have none.</li>
 * </ul>
 */
public final class AcledRow {

  /** Columns a file must have to be read as ACLED. */
  public static final String[] REQUIRED = {"event_date", "event_type"};

  private AcledRow() {}

  /**
   * @throws BadRowException naming file, line and column
   */
  public static Event parse(String[] row, CsvLayout layout, String file, long line, CountryCodes codes) {
    return parse(row, layout, file, line, codes, null);
  }

  /**
   * As {@link #parse(String[], CsvLayout, String, long, CountryCodes)}, counting in {@code tally} how
   * events without a country column were placed.
   *
   * @throws BadRowException naming file, line and column
   */
  public static Event parse(String[] row, CsvLayout layout, String file, long line, CountryCodes codes,
      EventPlaces.Tally tally) {
    if (row.length != layout.size()) {
      throw new BadRowException(file, line, "", "expected " + layout.size() + " fields, found " + row.length);
    }
    LocalDate date = Fields.date(layout.get(row, "event_date"), file, line, "event_date");
    String year = layout.get(row, "year");
    if (!year.isEmpty() && Fields.integer(year, file, line, "year") != date.getYear()) {
      throw new BadRowException(file, line, "year", "year " + year + " differs from event_date " + date);
    }
    String type = layout.get(row, "event_type");
    if (type.isEmpty()) {
      throw new BadRowException(file, line, "event_type", "empty event type");
    }
    String sub = layout.get(row, "sub_event_type");
    String actor1 = layout.get(row, "actor1");
    String actor2 = layout.get(row, "actor2");
    String admin1 = layout.get(row, "admin1");
    String location = layout.get(row, "location");
    Integer fatalities = Fields.count(layout.get(row, "fatalities"), file, line, "fatalities", null);
    if (layout.has("fatalities") && fatalities == null) {
      throw new BadRowException(file, line, "fatalities", "empty fatalities");
    }
    String country = codes.country(layout.get(row, "country"));
    if (country.isEmpty()) {
      country = codes.country(layout.get(row, "iso3"));
    }
    if (country.isEmpty() && !layout.has("country") && !layout.has("iso3")) {
      country = EventPlaces.standard().place(admin1, layout.get(row, "latitude"), layout.get(row, "longitude"), tally)
          .orElse("");
    }
    String id = layout.get(row, "event_id_cnty");
    if (id.isEmpty()) {
      id = "derived-" + Hashing.shortSha256(String.join("|", date.toString(), actor1, actor2, country, admin1,
          location, type, sub), 8);
    }
    try {
      return new Event(Dataset.ACLED, id, file, line, date, type, sub, "", 0, true, actor1,
          codes.stateActor(actor1), actor2, codes.stateActor(actor2), country, admin1, location, fatalities, null,
          null, null, null, null);
    } catch (IllegalArgumentException e) {
      throw new BadRowException(file, line, "", e.getMessage());
    }
  }
}
