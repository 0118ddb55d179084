package io.dyadscope.events;

import io.dyadscope.events.reference.CountryCodes;
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
    String[] f = split(line);
    int n = f.length;
    boolean v2 = n == V2_COLUMNS;
    boolean v1 = n == V1_COLUMNS || n == V1_COLUMNS + 1;
    if (expected == EventFormat.GDELT2 && !v2 || expected == EventFormat.GDELT1 && !v1 || !v1 && !v2) {
      String want = expected == EventFormat.GDELT2 ? "61 (GDELT 2.0)"
          : expected == EventFormat.GDELT1 ? "57 or 58 (GDELT 1.0)" : "61 (GDELT 2.0) or 57/58 (GDELT 1.0)";
      throw new BadRowException(file, lineNo, "", "expected " + want + " tab-separated columns, found " + n);
    }
    int geo = v2 ? 8 : 7;
    int action = GEO_START + 2 * geo;
    String id = f[0];
    if (id.isEmpty() || !digits(id)) {
      throw new BadRowException(file, lineNo, "GLOBALEVENTID", "not a numeric event id: '" + id + "'");
    }
    LocalDate date = date(f[1], file, lineNo);
    String code = f[EVENT_CODE];
    if (code.isEmpty() || !digits(code)) {
      throw new BadRowException(file, lineNo, "EventCode", "not a CAMEO event code: '" + code + "'");
    }
    String root = f[ROOT_CODE];
    if (root.isEmpty() || !digits(root)) {
      throw new BadRowException(file, lineNo, "EventRootCode", "not a CAMEO root code: '" + root + "'");
    }
    int quad = integer(f[QUAD_CLASS], file, lineNo, "QuadClass");
    if (quad < 1 || quad > 4) {
      throw new BadRowException(file, lineNo, "QuadClass", "QuadClass must be 1-4: " + quad);
    }
    String isRoot = f[IS_ROOT];
    if (!isRoot.equals("0") && !isRoot.equals("1")) {
      throw new BadRowException(file, lineNo, "IsRootEvent", "IsRootEvent must be 0 or 1: '" + isRoot + "'");
    }
    double goldstein = decimal(f[GOLDSTEIN], file, lineNo, "GoldsteinScale");
    if (goldstein < -10 || goldstein > 10) {
      throw new BadRowException(file, lineNo, "GoldsteinScale", "outside -10..10: " + f[GOLDSTEIN]);
    }
    int mentions = integer(f[MENTIONS], file, lineNo, "NumMentions");
    if (mentions < 0) {
      throw new BadRowException(file, lineNo, "NumMentions", "negative: " + mentions);
    }
    double tone = decimal(f[TONE], file, lineNo, "AvgTone");
    return new Event(Dataset.GDELT, id, file, lineNo, date, code, f[BASE_CODE], root, quad, isRoot.equals("1"),
        f[ACTOR1_NAME], codes.cameoCountry(f[ACTOR1_COUNTRY]), f[ACTOR2_NAME], codes.cameoCountry(f[ACTOR2_COUNTRY]),
        codes.fips(f[action + 2]), f[action + 3], f[action + 1], null, null, null, goldstein, mentions, tone);
  }

  /** Splits on tabs, keeping empty fields (61 columns give 61 strings). */
  static String[] split(String line) {
    int n = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\t') {
        n++;
      }
    }
    String[] out = new String[n];
    int start = 0;
    int k = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\t') {
        out[k++] = line.substring(start, i);
        start = i + 1;
      }
    }
    out[k] = line.substring(start);
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
      double d = Double.parseDouble(s);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new BadRowException(file, line, column, "not a number: '" + s + "'");
    }
  }
}
