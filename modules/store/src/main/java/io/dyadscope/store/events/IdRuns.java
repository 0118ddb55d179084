package io.dyadscope.store.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each GDELT event id stands in its file, as runs of consecutive ids on consecutive lines (a
 * GDELT export numbers its rows so: one run per file). It lets DuckDB scan a file on every core, in no
 * particular order, and each row still be given its physical line from its id, where numbering rows in
 * file order would hold the scan to one thread.
 *
 * @param firstIds   each run's first id, ascending, the runs' id ranges apart
 * @param lastIds    each run's last id
 * @param firstLines the line of each run's first id
 */
record IdRuns(long[] firstIds, long[] lastIds, long[] firstLines) {

  /** More runs than this and the ids do not follow the lines: the file is read in order instead. */
  static final int MOST = 4096;
  /** An id has at most this many digits (so that it fits a long); a line's id is its digits before a tab. */
  static final int MOST_DIGITS = 18;

  IdRuns {
    if (firstIds.length != lastIds.length || firstIds.length != firstLines.length) {
      throw new IllegalArgumentException("runs of unequal lengths");
    }
    for (int k = 0; k < firstIds.length; k++) {
      if (lastIds[k] < firstIds[k] || (k > 0 && firstIds[k] <= lastIds[k - 1])) {
        throw new IllegalArgumentException("runs not ascending and apart at " + k);
      }
    }
  }

  /** A run as a scan finds it: the id on {@code firstLine} and the {@code count} lines after it, one up each. */
  record Run(long firstLine, long firstId, long count) {}

  /**
   * The runs of a whole file from its parts' runs (in file order, lines already counted from the
   * file's start), or null when two runs' ids overlap (an id twice: its line would be ambiguous) or
   * there are more than {@link #MOST}.
   */
  static IdRuns of(List<Run> inFileOrder) {
    List<Run> runs = new ArrayList<>();
    for (Run r : inFileOrder) {
      Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && r.firstLine() == last.firstLine() + last.count() && r.firstId() == last.firstId() + last.count()) {
        runs.set(runs.size() - 1, new Run(last.firstLine(), last.firstId(), last.count() + r.count()));
      } else {
        runs.add(r);
      }
    }
    if (runs.size() > MOST) {
      return null;
    }
    runs.sort((x, y) -> Long.compare(x.firstId(), y.firstId()));
    long[] first = new long[runs.size()];
    long[] last = new long[runs.size()];
    long[] lines = new long[runs.size()];
    for (int k = 0; k < runs.size(); k++) {
      Run r = runs.get(k);
      first[k] = r.firstId();
      last[k] = r.firstId() + r.count() - 1;
      lines[k] = r.firstLine();
      if (k > 0 && first[k] <= last[k - 1]) {
        return null;
      }
    }
    return new IdRuns(first, last, lines);
  }

  /** The line of the row with this id, or 0 when no row of the file has it. */
  long line(long id) {
    int k = Arrays.binarySearch(firstIds, id);
    if (k < 0) {
      k = -k - 2;
    }
    return k >= 0 && id <= lastIds[k] ? firstLines[k] + (id - firstIds[k]) : 0;
  }

  /** The id a record begins with (digits, then a tab), or -1 when it begins otherwise. */
  static long idOf(String record) {
    long id = 0;
    int k = 0;
    while (k < record.length() && k < MOST_DIGITS && record.charAt(k) >= '0' && record.charAt(k) <= '9') {
      id = id * 10 + (record.charAt(k++) - '0');
    }
    return k > 0 && k < record.length() && record.charAt(k) == '\t' ? id : -1;
  }

  int size() {
    return firstIds.length;
  }
}
