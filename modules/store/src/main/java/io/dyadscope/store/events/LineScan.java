package io.dyadscope.store.events;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file's line count and its first blank line, found by scanning its bytes eight at a time. DuckDB's
 * CSV reader numbers its rejects by physical line but skips blank lines silently, so the rows it
 * returns can be given their line numbers only when a file has none; this scan tells which case a
 * file is (and how many rows it has) while DuckDB reads it.
 *
 * @param lines      physical lines (a last line without a newline counts)
 * @param firstBlank the first empty line's number, or 0 when there is none
 */
record LineScan(long lines, long firstBlank) {

  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final int CHUNK = 1 << 30;

  static LineScan of(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size == 0) {
        return new LineScan(0, 0);
      }
      long newlines = 0;
      long firstBlank = 0;
      // The byte before the current position: a newline there (or the file's start) begins a line.
      int previous = '\n';
      boolean crAfterNewline = false;
      for (long base = 0; base < size; base += CHUNK) {
        int len = (int) Math.min(CHUNK, size - base);
        MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, base, len);
        b.order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        for (; i + 8 <= len; i += 8) {
          long x = b.getLong(i) ^ NEWLINES;
          long zero = ~(((x & LOW7) + LOW7) | x | LOW7);
          if (zero == 0) {
            previous = 1;
            crAfterNewline = false;
            continue;
          }
          for (int k = i; k < i + 8; k++) {
            int c = b.get(k);
            if (c == '\n') {
              newlines++;
              if (firstBlank == 0 && (previous == '\n' || crAfterNewline)) {
                firstBlank = newlines;
              }
            }
            crAfterNewline = c == '\r' && previous == '\n';
            previous = c;
          }
        }
        for (; i < len; i++) {
          int c = b.get(i);
          if (c == '\n') {
            newlines++;
            if (firstBlank == 0 && (previous == '\n' || crAfterNewline)) {
              firstBlank = newlines;
            }
          }
          crAfterNewline = c == '\r' && previous == '\n';
          previous = c;
        }
      }
      return new LineScan(newlines + (previous == '\n' ? 0 : 1), firstBlank);
    }
  }
}
