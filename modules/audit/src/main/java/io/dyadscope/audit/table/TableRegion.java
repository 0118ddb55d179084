package io.dyadscope.audit.table;

/**
 * Where a plain-text table stands: its caption, header lines and body, as 1-based line numbers.
 *
 * @param number       the table's number as written ({@code 1}, {@code 2a}, {@code IV})
 * @param captionFirst first caption line ({@code Table 1: ...})
 * @param captionLast  last caption line (captions wrap)
 * @param headerFirst  first header line, or 0 when there is none
 * @param headerLast   last header line, or 0
 * @param bodyFirst    first line of rows, or 0 when the caption has no table under it
 * @param bodyLast     last line of rows, or 0
 * @param grid         a Markdown pipe table or an HTML table ({@link GridTables}): its cells are
 *                     given, and it may have no caption (then the caption lines are its header row
 *                     and {@code number} says where it stands, "at line 42")
 */
public record TableRegion(String number, int captionFirst, int captionLast, int headerFirst, int headerLast,
    int bodyFirst, int bodyLast, boolean grid) {

  /** A plain-text table. */
  public TableRegion(String number, int captionFirst, int captionLast, int headerFirst, int headerLast,
      int bodyFirst, int bodyLast) {
    this(number, captionFirst, captionLast, headerFirst, headerLast, bodyFirst, bodyLast, false);
  }

  public TableRegion {
    if (captionFirst < 1 || captionLast < captionFirst) {
      throw new IllegalArgumentException("bad caption lines " + captionFirst + "-" + captionLast + " of table "
          + number);
    }
  }

  /** The last line the table occupies. */
  public int lastLine() {
    return Math.max(captionLast, Math.max(headerLast, bodyLast));
  }

  public boolean hasBody() {
    return bodyFirst > 0;
  }
}
