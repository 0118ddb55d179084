package io.dyadscope.events.read;

import io.dyadscope.events.Event;
import io.dyadscope.evidence.imports.ImportProblem;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Two rows of one ACLED or UCDP file with one event id: the same row twice is harmless, but two
 * different rows (other fatalities, say) cannot both be the event, and taking the last silently
 * would hide it. The second is refused naming both lines (under {@code --lenient} it is set aside
 * and listed, the first kept). Holds a line and a checksum per event id kept, not the rows.
 */
final class SameIds {

  private final String file;
  private final Map<String, Long> seen = new HashMap<>();

  SameIds(String file) {
    this.file = file;
  }

  /** The problem with {@code e}, read from {@code values}, or null when its id is new or its row the same. */
  ImportProblem conflict(Event e, String[] values) {
    int line = (int) Math.min(Integer.MAX_VALUE, e.line());
    long mine = ((long) line << 32) | (Arrays.hashCode(values) & 0xFFFFFFFFL);
    Long before = seen.putIfAbsent(e.eventId(), mine);
    if (before == null || (int) before.longValue() == (int) mine) {
      return null;
    }
    return new ImportProblem(file, line, "", "event id '" + e.eventId() + "' is also on line " + (before >>> 32)
        + ", with different values: which row is right cannot be told (fix the file; --lenient keeps the first"
        + " and sets this one aside)");
  }
}
