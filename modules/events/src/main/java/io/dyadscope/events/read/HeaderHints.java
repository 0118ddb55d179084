package io.dyadscope.events.read;

import io.dyadscope.events.AcledRow;
import io.dyadscope.events.UcdpRow;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * For a header no format was detected in: when it is plainly an ACLED or UCDP export lacking a
 * column the format needs, which column, so the message names it rather than the format.
 */
final class HeaderHints {

  private static final List<String> ACLED_MARKS = List.of("event_id_cnty", "event_date", "event_type",
      "sub_event_type", "actor1", "admin1", "fatalities");
  private static final List<String> UCDP_MARKS = List.of("type_of_violence", "best", "side_a", "side_b",
      "date_start", "conflict_name", "where_coordinates");

  private HeaderHints() {}

  /** "looks like an ACLED CSV export, but its header lacks column event_type", or null. */
  static String lacking(String firstLine) {
    Set<String> names = new HashSet<>();
    for (String f : (firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine).split("[,;]")) {
      names.add(f.strip().replace("\"", "").toLowerCase(Locale.ROOT));
    }
    long acled = ACLED_MARKS.stream().filter(names::contains).count();
    long ucdp = UCDP_MARKS.stream().filter(names::contains).count();
    if (acled >= 2 && acled >= ucdp) {
      return missing("an ACLED CSV export", names, AcledRow.REQUIRED);
    }
    if (ucdp >= 2) {
      return missing("a UCDP GED CSV", names, UcdpRow.REQUIRED);
    }
    return null;
  }

  private static String missing(String what, Set<String> names, String[] required) {
    for (String r : required) {
      if (!names.contains(r)) {
        return "looks like " + what + ", but its header lacks column " + r;
      }
    }
    return null;
  }
}
