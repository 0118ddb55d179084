package io.dyadscope.spark;

import io.dyadscope.events.EventFormat;
import io.dyadscope.events.GdeltRow;
import io.dyadscope.events.read.Utf8Bytes;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.net.URI;
import java.util.Locale;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * What one pass over a file's bytes tells before Spark's CSV source reads it: whether it is a plain
 * GDELT file (2.0 or 1.0, by its first line's tabs, as {@link EventFormat#detect} tells) whose every
 * line Spark's CSV source reads exactly as the row-by-row reader splits it, and how many lines it has.
 * The CSV source drops blank and white-space-only lines, ignores columns past the schema, reads a
 * missing column as empty, and turns bytes that are not UTF-8 into U+FFFD, all silently; the
 * row-by-row reader reports each of those. So a file is {@link #fast} only when it has none of them:
 * valid UTF-8 without NUL (NUL is the disabled quote character), no BOM, no carriage return, every
 * line with a visible character and exactly the columns of its format (61; 57 or 58 for 1.0), a first
 * line short enough for the row-by-row reader's detection to see whole. Every other file (zips, ACLED,
 * UCDP, anything odd) is read by {@link FileReading}, which gives the embedded engine's exact messages.
 *
 * @param path   the file as Spark lists it (Hadoop path string)
 * @param name   the file as the row-by-row reader names it (a local path, else the URI)
 * @param format a plain GDELT file's format ({@link EventFormat#id()}), or null: read row by row
 * @param lines  its lines (each a row), when fast
 */
record FileCheck(String path, String name, String format, long lines) implements Serializable {

  boolean fast() {
    return format != null;
  }

  /** Checks one file of {@code binaryFiles}; {@code forced} is the format named for every file, or null. */
  record Task(String forced) implements Function<Tuple2<String, PortableDataStream>, FileCheck> {
    @Override
    public FileCheck call(Tuple2<String, PortableDataStream> file) throws IOException {
      if (file._1().toLowerCase(Locale.ROOT).endsWith(".zip")) {
        return new FileCheck(file._1(), name(file._1()), null, 0);
      }
      try (InputStream in = file._2().open()) {
        return of(file._1(), in, forced);
      }
    }
  }

  /** Checks the bytes of the file {@code path} (not a zip); {@code forced} is the format named, or null. */
  static FileCheck of(String path, InputStream in, String forced) throws IOException {
    Scan s = new Scan();
    EventFormat format = s.run(in);
    boolean fits = format != null && (forced == null || forced.equals(format.id()));
    return new FileCheck(path, name(path), fits ? format.id() : null, fits ? s.lines : 0);
  }

  /** The name {@link FileReading} gives a file: a local file's path, else its URI. */
  static String name(String path) {
    URI uri = new org.apache.hadoop.fs.Path(path).toUri();
    boolean local = uri.getScheme() == null || uri.getScheme().equals("file");
    return local ? java.nio.file.Path.of(uri.getPath()).toString() : uri.toString();
  }

  /** The byte scan; stops at the first thing the CSV source would read otherwise than the row-by-row reader. */
  private static final class Scan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH = 0x8080808080808080L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long TABS = 0x0909090909090909L;
    /** Added to bytes below 0x80: the high bit stays clear exactly for those below 0x20 (control characters). */
    private static final long CONTROL = 0x6060606060606060L;
    /** Added to bytes below 0x80: the high bit is set exactly for those above 0x20 (not blank). */
    private static final long VISIBLE = 0x5F5F5F5F5F5F5F5FL;
    /** Longest first line checked: the row-by-row reader detects the format from the first 65,536 characters. */
    private static final int FIRST_LINE_MAX = 60_000;

    long lines;
    private int tabs;
    private boolean visible;
    private long position;
    private final Utf8Bytes utf8 = new Utf8Bytes();
    private int[] allowed;
    private EventFormat format;

    /** The file's format when it is fast, else null. */
    EventFormat run(InputStream in) throws IOException {
      byte[] buf = new byte[1 << 20];
      int n;
      boolean start = true;
      while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
        if (start && n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
          return null;
        }
        start = false;
        if (!bytes(buf, n)) {
          return null;
        }
      }
      if (utf8.inSequence()) {
        return null;
      }
      if (tabs > 0 || visible) {
        if (!lineEnds()) {
          return null;
        }
      }
      return lines == 0 ? null : format;
    }

    private boolean bytes(byte[] buf, int n) {
      int i = 0;
      while (i < n) {
        // Eight plain bytes at a time (ASCII, tabs the only control characters) once the format is known;
        // a line's end, anything else and the first line go byte by byte.
        if (!utf8.inSequence() && format != null && i + 8 <= n) {
          long w = (long) LONGS.get(buf, i);
          if ((w & HIGH) == 0) {
            long x = w ^ TABS;
            long tabMask = ~(((x & LOW7) + LOW7) | x | LOW7);
            long controlMask = ~(w + CONTROL) & HIGH;
            if (tabMask == controlMask) {
              tabs += Long.bitCount(tabMask);
              visible |= ((w + VISIBLE) & HIGH) != 0;
              i += 8;
              continue;
            }
          }
        }
        if (!oneByte(buf[i] & 0xFF, i)) {
          return false;
        }
        i++;
      }
      position += n;
      return true;
    }

    private boolean oneByte(int b, int i) {
      if (utf8.inSequence()) {
        if (!utf8.accept(b)) {
          return false;
        }
      } else if (b > 0x20) {
        visible = true;
        if (b >= 0x80 && !utf8.accept(b)) {
          return false;
        }
      } else if (b == '\t') {
        tabs++;
      } else if (b == '\n') {
        if (!lineEnds()) {
          return false;
        }
      } else if (b == 0 || b == '\r') {
        return false;
      }
      return format != null || lines > 0 || position + i <= FIRST_LINE_MAX;
    }

    /** The end of a line: the first fixes the format; every line needs a visible character and its columns. */
    private boolean lineEnds() {
      if (lines == 0) {
        int columns = tabs + 1;
        if (columns == GdeltRow.V2_COLUMNS) {
          format = EventFormat.GDELT2;
          allowed = new int[] {GdeltRow.V2_COLUMNS - 1, GdeltRow.V2_COLUMNS - 1};
        } else if (columns == GdeltRow.V1_COLUMNS || columns == GdeltRow.V1_COLUMNS + 1) {
          format = EventFormat.GDELT1;
          allowed = new int[] {GdeltRow.V1_COLUMNS - 1, GdeltRow.V1_COLUMNS};
        } else {
          return false;
        }
      }
      if (!visible || (tabs != allowed[0] && tabs != allowed[1])) {
        return false;
      }
      lines++;
      tabs = 0;
      visible = false;
      return true;
    }
  }
}
