package io.dyadscope.events.read;

/**
 * UTF-8 checked a byte at a time, as Java's strict decoder checks it (no overlong forms, no
 * surrogates, nothing past U+10FFFF), for the byte scans that look at a whole event file before a
 * faster reader trusts it (the embedded engine's DuckDB scan, Spark's CSV source): both must refuse
 * exactly the files the row-by-row reader refuses. Mutable, one per scan; the caller says what a byte
 * means beyond its encoding (a NUL, a newline).
 */
public final class Utf8Bytes {

  /** Continuation bytes still due in the current sequence, and the range the next one must be in. */
  private int due;
  private int low = 0x80;
  private int high = 0xBF;

  /** Takes one byte (0-255); false when the bytes so far are not UTF-8 (the state is then undefined). */
  public boolean accept(int b) {
    if (due > 0) {
      if (b < low || b > high) {
        return false;
      }
      due--;
      low = 0x80;
      high = 0xBF;
      return true;
    }
    if (b < 0x80) {
      return true;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      due = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      due = 2;
      low = b == 0xE0 ? 0xA0 : 0x80;
      high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      due = 3;
      low = b == 0xF0 ? 0x90 : 0x80;
      high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return false;
    }
    return true;
  }

  /** Whether a multi-byte sequence is open: the bytes end inside a character if they end here. */
  public boolean inSequence() {
    return due > 0;
  }

  /** Forgets an open sequence (after a fault, to go on scanning). */
  public void reset() {
    due = 0;
    low = 0x80;
    high = 0xBF;
  }
}
