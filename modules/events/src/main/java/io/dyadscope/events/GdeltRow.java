package io.dyadscope.events;

import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.evidence.number.StatNumber;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * One line of a GDELT event file to an {@link Event}: GDELT 2.0 exports (61 tab-separated columns)
 * and GDELT 1.0 files (57 columns, 58 with SOURCEURL). Stateless, so that an embedded import and a
 * Spark map call the same code. Actor countries are CAMEO codes (ISO alpha-3 for states), the place is
 * ActionGeo's FIPS 10-4 code; event codes stay strings with their leading zeros.
 */
public final class GdeltRow {

  public static final int V2_COLUMNS = 61;
  public static final int V1_COLUMNS = 57;

  private static final int ACTOR1_NAME = 6;
  private static final int ACTOR1_COUNTRY = 7;
  private static final int ACTOR2_NAME = 16;
  private static final int ACTOR2_COUNTRY = 17;
  private static final int IS_ROOT = 25;
  private static final int EVENT_CODE = 26;
  private static final int BASE_CODE = 27;
  private static final int ROOT_CODE = 28;
  private static final int QUAD_CLASS = 29;
  private static final int GOLDSTEIN = 30;
  private static final int MENTIONS = 31;
  private static final int TONE = 34;
  private static final int GEO_START = 35;

  private GdeltRow() {}

  /** Parses a line of either version, told by its number of columns. */
  public static Event parse(String line, String file, long lineNo) {
    return parse(line, file, lineNo, null, CountryCodes.standard());
  }

  /**
   * Parses a line of the version {@code expected} (null: either).
   *
   * @throws BadRowException naming file, line and column
   */
  public static Event parse(String line, String file, long lineNo, EventFormat expected, CountryCodes codes) {
    int[] starts = fieldStarts(line);
    int n = starts.length - 1;
    java.util.function.IntFunction<String> f = i -> line.substring(starts[i], starts[i + 1] - 1);
    boolean v2 = n == V2_COLUMNS;
    boolean v1 = n == V1_COLUMNS || n == V1_COLUMNS + 1;
    if (expected == EventFormat.GDELT2 && !v2 || expected == EventFormat.GDELT1 && !v1 || !v1 && !v2) {
      String want = expected == EventFormat.GDELT2 ? "61 (GDELT 2.0)"
          : expected == EventFormat.GDELT1 ? "57 or 58 (GDELT 1.0)" : "61 (GDELT 2.0) or 57/58 (GDELT 1.0)";
      throw new BadRowException(file, lineNo, "", "expected " + want + " tab-separated columns, found " + n);
    }
    int geo = v2 ? 8 : 7;
    int action = GEO_START + 2 * geo;
    String id = f.apply(0);
    if (id.isEmpty() || !digits(id)) {
      throw new BadRowException(file, lineNo, "GLOBALEVENTID", "not a numeric event id: '" + id + "'");
    }
    LocalDate date = date(f.apply(1), file, lineNo);
    String code = f.apply(EVENT_CODE);
    if (code.isEmpty() || !digits(code)) {
      throw new BadRowException(file, lineNo, "EventCode", "not a CAMEO event code: '" + code + "'");
    }
    String root = f.apply(ROOT_CODE);
    if (root.isEmpty() || !digits(root)) {
      throw new BadRowException(file, lineNo, "EventRootCode", "not a CAMEO root code: '" + root + "'");
    }
    int quad = integer(f.apply(QUAD_CLASS), file, lineNo, "QuadClass");
    if (quad < 1 || quad > 4) {
      throw new BadRowException(file, lineNo, "QuadClass", "QuadClass must be 1-4: " + quad);
    }
    String isRoot = f.apply(IS_ROOT);
    if (!isRoot.equals("0") && !isRoot.equals("1")) {
      throw new BadRowException(file, lineNo, "IsRootEvent", "IsRootEvent must be 0 or 1: '" + isRoot + "'");
    }
    double goldstein = decimal(f.apply(GOLDSTEIN), file, lineNo, "GoldsteinScale");
    if (goldstein < -10 || goldstein > 10) {
      throw new BadRowException(file, lineNo, "GoldsteinScale", "outside -10..10: " + f.apply(GOLDSTEIN));
    }
    int mentions = integer(f.apply(MENTIONS), file, lineNo, "NumMentions");
    if (mentions < 0) {
      throw new BadRowException(file, lineNo, "NumMentions", "negative: " + mentions);
    }
    double tone = decimal(f.apply(TONE), file, lineNo, "AvgTone");
    return new Event(Dataset.GDELT, id, file, lineNo, date, code, f.apply(BASE_CODE), root, quad,
        isRoot.equals("1"), f.apply(ACTOR1_NAME), codes.cameoCountry(f.apply(ACTOR1_COUNTRY)), f.apply(ACTOR2_NAME),
        codes.cameoCountry(f.apply(ACTOR2_COUNTRY)), codes.fips(f.apply(action + 2)), f.apply(action + 3),
        f.apply(action + 1), null, null, null, goldstein, mentions, tone);
  }

  /**
   * Where a line's tab-separated fields start: {@code starts[i]} is the first char of field i and
   * {@code starts[n]} is one past the line's end plus one, so field i is
   * {@code line.substring(starts[i], starts[i + 1] - 1)}. Only the fields used are ever copied.
   */
  static int[] fieldStarts(String line) {
    int[] starts = new int[V2_COLUMNS + 2];
    int k = 0;
    starts[k++] = 0;
    int tab = -1;
    while ((tab = line.indexOf('\t', tab + 1)) >= 0) {
      if (k == starts.length - 1) {
        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
      }
      starts[k++] = tab + 1;
    }
    starts[k++] = line.length() + 1;
    return java.util.Arrays.copyOf(starts, k);
  }

  /** Splits on tabs, keeping empty fields (61 columns give 61 strings). */
  static String[] split(String line) {
    int[] starts = fieldStarts(line);
    String[] out = new String[starts.length - 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = line.substring(starts[i], starts[i + 1] - 1);
    }
    return out;
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static LocalDate date(String s, String file, long line) {
    if (s.length() != 8 || !digits(s)) {
      throw new BadRowException(file, line, "SQLDATE", "not a date YYYYMMDD: '" + s + "'");
    }
    try {
      return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
          Integer.parseInt(s.substring(6, 8)));
    } catch (DateTimeException e) {
      throw new BadRowException(file, line, "SQLDATE", "not a date YYYYMMDD: '" + s + "'");
    }
  }

  private static int integer(String s, String file, long line, String column) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new BadRowException(file, line, column, "not a whole number: '" + s + "'");
    }
  }

  private static double decimal(String s, String file, long line, String column) {
    try {
      double d = StatNumber.decimal(s);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new BadRowException(file, line, column, "not a number: '" + s + "'");
    }
  }
}
