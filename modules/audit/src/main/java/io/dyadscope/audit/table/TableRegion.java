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
 */
public record TableRegion(String number, int captionFirst, int captionLast, int headerFirst, int headerLast,
    int bodyFirst, int bodyLast) {

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
