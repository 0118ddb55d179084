package io.dyadscope.store.events;

import io.dyadscope.events.read.Utf8Bytes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What DuckDB's CSV reader does not tell about a file, found by scanning its bytes eight at a time
 * (in parts, one per processor): its line count, its first blank line (DuckDB skips blank lines
 * silently, so rows could not be given their lines) and its first line that is not UTF-8 or holds a
 * NUL character (DuckDB does not check every column's bytes, and a bad byte in a column it projects
 * with rejects on can fail inside it); and, where every line begins with a number and a tab (a GDELT
 * event id), where each id stands ({@link IdRuns}), so that rows read in any order can be given lines.
 *
 * @param lines      physical lines (a last line without a newline counts)
 * @param firstBlank the first empty line's number, or 0 when there is none
 * @param firstBad   the first line that is not UTF-8 text or holds NUL, or 0
 * @param nul        whether that line's fault is a NUL character (UTF-16 text)
 * @param ids        where each line's leading id stands, or null when a line has none or ids repeat
 */
record LineScan(long lines, long firstBlank, long firstBad, boolean nul, IdRuns ids) {

  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH = 0x8080808080808080L;
  /** Read through a buffer, not mapped: a mapping would count the whole file as the process's memory. */
  private static final int CHUNK = 1 << 20;

  static LineScan of(Path file) throws IOException {
    long size;
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      size = ch.size();
    }
    int parts = size < (8L << 20) ? 1 : Runtime.getRuntime().availableProcessors();
    List<Long> starts = new ArrayList<>();
    starts.add(0L);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int k = 1; k < parts; k++) {
        long s = lineStartAfter(ch, size * k / parts);
        if (s > starts.get(starts.size() - 1) && s < size) {
          starts.add(s);
        }
      }
    }
    starts.add(size);
    List<CompletableFuture<Part>> work = new ArrayList<>();
    for (int k = 0; k + 1 < starts.size(); k++) {
      long from = starts.get(k);
      long to = starts.get(k + 1);
      work.add(CompletableFuture.supplyAsync(() -> {
        try {
          return Part.scan(file, from, to);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }));
    }
    long before = 0;
    long blank = 0;
    long bad = 0;
    boolean nul = false;
    int last = '\n';
    List<IdRuns.Run> runs = new ArrayList<>();
    boolean idsBroken = false;
    for (CompletableFuture<Part> f : work) {
      Part p;
      try {
        p = f.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof java.io.UncheckedIOException u) {
          throw u.getCause();
        }
        throw e;
      }
      if (blank == 0 && p.firstBlank > 0) {
        blank = before + p.firstBlank;
      }
      if (bad == 0 && p.firstBad > 0) {
        bad = before + p.firstBad;
        nul = p.nul;
      }
      idsBroken |= p.idsBroken;
      for (IdRuns.Run r : p.runs) {
        runs.add(new IdRuns.Run(before + r.firstLine(), r.firstId(), r.count()));
      }
      before += p.newlines;
      last = p.last;
    }
    return new LineScan(size == 0 ? 0 : before + (last == '\n' ? 0 : 1), blank, bad, nul,
        idsBroken || runs.isEmpty() ? null : IdRuns.of(runs));
  }

  /** The offset just after the first newline at or after {@code at}, or the file's size. */
  private static long lineStartAfter(FileChannel ch, long at) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(1 << 16);
    long pos = at;
    while (true) {
      b.clear();
      int n = ch.read(b, pos);
      if (n <= 0) {
        return ch.size();
      }
      for (int i = 0; i < n; i++) {
        if (b.get(i) == '\n') {
          return pos + i + 1;
        }
      }
      pos += n;
    }
  }

  /** One part of a file, from a line's start to another's; lines numbered from 1 within it. */
  private static final class Part {
    long newlines;
    long firstBlank;
    long firstBad;
    boolean nul;
    int last = '\n';
    private boolean crAfterNewline;
    private final Utf8Bytes utf8 = new Utf8Bytes();
    /** Reading a line's leading id: its value and digits so far; broken once a line has none. */
    private boolean inId = true;
    private long id;
    private int digits;
    boolean idsBroken;
    final List<IdRuns.Run> runs = new ArrayList<>();
    private long runLine;
    private long runId;
    private long runCount;

    static Part scan(Path file, long from, long to) throws IOException {
      Part p = new Part();
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        ByteBuffer b = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        long pos = from;
        while (pos < to) {
          b.clear();
          b.limit((int) Math.min(CHUNK, to - pos));
          int len = 0;
          while (b.hasRemaining()) {
            int n = ch.read(b, pos + len);
            if (n < 0) {
              break;
            }
            len += n;
          }
          if (len == 0) {
            break;
          }
          p.bytes(b, len);
          pos += len;
        }
      }
      if (p.utf8.inSequence() && p.firstBad == 0) {
        // The part (a whole number of lines) ends inside a UTF-8 sequence: its last line is cut.
        p.newlines--;
        p.bad(false);
        p.newlines++;
      }
      // A last line cut inside its id (no tab after it) has no id to place it by.
      p.idsBroken |= p.inId && p.last != '\n';
      p.endRun();
      return p;
    }

    private void bytes(ByteBuffer b, int len) {
      int i = 0;
      for (; i + 8 <= len; i += 8) {
        long w = b.getLong(i);
        long x = w ^ NEWLINES;
        long newline = ~(((x & LOW7) + LOW7) | x | LOW7);
        long zero = ~(((w & LOW7) + LOW7) | w | LOW7);
        if (newline == 0 && zero == 0 && (w & HIGH) == 0 && !utf8.inSequence() && !inId) {
          last = 1;
          crAfterNewline = false;
          continue;
        }
        for (int k = i; k < i + 8; k++) {
          one(b.get(k) & 0xFF);
        }
      }
      for (; i < len; i++) {
        one(b.get(i) & 0xFF);
      }
    }

    private void one(int c) {
      if (firstBad == 0) {
        utf8(c);
      }
      if (inId) {
        idByte(c);
      }
      if (c == '\n') {
        inId = !idsBroken;
        newlines++;
        if (firstBlank == 0 && (last == '\n' || crAfterNewline)) {
          firstBlank = newlines;
        }
      }
      crAfterNewline = c == '\r' && last == '\n';
      last = c;
    }

    /** One byte of a line's leading id, read as {@link IdRuns#idOf} reads a record's. */
    private void idByte(int c) {
      if (c >= '0' && c <= '9' && digits < IdRuns.MOST_DIGITS) {
        id = id * 10 + (c - '0');
        digits++;
        return;
      }
      inId = false;
      if (c != '\t' || digits == 0) {
        idsBroken = true;
        return;
      }
      long line = newlines + 1;
      if (runCount > 0 && line == runLine + runCount && id == runId + runCount) {
        runCount++;
      } else {
        endRun();
        runLine = line;
        runId = id;
        runCount = 1;
      }
      id = 0;
      digits = 0;
    }

    private void endRun() {
      if (runCount > 0) {
        runs.add(new IdRuns.Run(runLine, runId, runCount));
        runCount = 0;
        idsBroken |= runs.size() > IdRuns.MOST;
      }
    }

    /** Checks one byte as Java's strict decoder would; a NUL outside a sequence is a fault of its own (UTF-16). */
    private void utf8(int c) {
      if (c == 0 && !utf8.inSequence()) {
        bad(true);
      } else if (!utf8.accept(c)) {
        bad(false);
      }
    }

    private void bad(boolean isNul) {
      firstBad = newlines + 1;
      nul = isNul;
      utf8.reset();
    }
  }
}
