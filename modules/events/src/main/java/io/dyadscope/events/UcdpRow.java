package io.dyadscope.events;

import io.dyadscope.events.reference.CountryCodes;
import java.time.LocalDate;

/**
 * One UCDP GED row to an {@link Event}, by header name: the release layout (49 columns) and the HDX
 * export (50, with {@code iso3}). Deaths are best with the low-high range; the type of violence
 * becomes {@code state-based}, {@code non-state} or {@code one-sided}; sides' countries come from
 * their Gleditsch-Ward numbers (gwnoa, gwnob) or, failing those, from "Government of X" names; the
 * place from {@code iso3}, else {@code country_id} (Gleditsch-Ward), else the country name.
 */
public final class UcdpRow {

  public static final String[] REQUIRED = {"id", "type_of_violence", "date_start", "best", "low", "high"};

  private UcdpRow() {}

  /** True for the HDX export's second line of HXL tags ({@code #date+year} ...). */
  public static boolean isHxlTagRow(String[] row) {
    for (String f : row) {
      if (f != null && f.strip().startsWith("#")) {
        return true;
      }
    }
    return false;
  }

  /**
   * @throws BadRowException naming file, line and column
   */
  public static Event parse(String[] row, CsvLayout layout, String file, long line, CountryCodes codes) {
    if (row.length != layout.size()) {
      throw new BadRowException(file, line, "", "expected " + layout.size() + " fields, found " + row.length);
    }
    String id = layout.get(row, "id");
    if (id.isEmpty()) {
      throw new BadRowException(file, line, "id", "empty event id");
    }
    LocalDate date = Fields.date(layout.get(row, "date_start"), file, line, "date_start");
    String violence = switch (layout.get(row, "type_of_violence")) {
      case "1" -> "state-based";
      case "2" -> "non-state";
      case "3" -> "one-sided";
      default -> throw new BadRowException(file, line, "type_of_violence",
          "type of violence must be 1, 2 or 3: '" + layout.get(row, "type_of_violence") + "'");
    };
    Integer best = Fields.count(layout.get(row, "best"), file, line, "best", null);
    Integer low = Fields.count(layout.get(row, "low"), file, line, "low", null);
    Integer high = Fields.count(layout.get(row, "high"), file, line, "high", null);
    if (best == null || low == null || high == null) {
      String col = best == null ? "best" : low == null ? "low" : "high";
      throw new BadRowException(file, line, col, "empty death estimate");
    }
    String sideA = layout.get(row, "side_a");
    String sideB = layout.get(row, "side_b");
    String isoA = side(layout.get(row, "gwnoa"), sideA, codes, file, line, "gwnoa");
    String isoB = side(layout.get(row, "gwnob"), sideB, codes, file, line, "gwnob");
    String country = codes.country(layout.get(row, "iso3"));
    if (country.isEmpty() && !layout.get(row, "country_id").isEmpty()) {
      country = codes.gleditschWard(Fields.integer(layout.get(row, "country_id"), file, line, "country_id"));
    }
    if (country.isEmpty()) {
      country = codes.country(layout.get(row, "country"));
    }
    try {
      return new Event(Dataset.UCDP, id, file, line, date, violence, layout.get(row, "conflict_name"), "", 0, true,
          sideA, isoA, sideB, isoB, country, layout.get(row, "adm_1"), layout.get(row, "where_coordinates"), best,
          low, high, null, null, null);
    } catch (IllegalArgumentException e) {
      throw new BadRowException(file, line, "", e.getMessage());
    }
  }

  /** A side's state: the first Gleditsch-Ward number listed ("770" or "2, 630"), else its name. */
  private static String side(String gw, String name, CountryCodes codes, String file, long line, String column) {
    if (!gw.isEmpty()) {
      String first = gw.split(",")[0].strip();
      String iso = codes.gleditschWard(Fields.integer(first, file, line, column));
      if (!iso.isEmpty()) {
        return iso;
      }
    }
    return codes.stateActor(name);
  }
}
