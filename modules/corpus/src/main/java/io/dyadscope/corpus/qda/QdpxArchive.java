package io.dyadscope.corpus.qda;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.InputLimits;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of a {@code .qdpx} (ZIP) file, read as a stream under {@link InputLimits}: the entry
 * count, each entry's and the total unpacked size and the compression ratio are counted while
 * unpacking, so a bomb is refused after a bounded number of bytes whatever its headers claim. Two
 * entries with one name are refused (which one a tool would read is a guess).
 */
final class QdpxArchive {

  /** Below this many unpacked bytes an entry's compression ratio is not judged (small files compress well). */
  private static final long RATIO_GRACE = 1024L * 1024L;

  private QdpxArchive() {}

  static Map<String, byte[]> unzip(Path file, InputLimits limits) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    long total = 0;
    int count = 0;
    try (CountingStream raw = new CountingStream(Files.newInputStream(file));
        ZipInputStream zip = new ZipInputStream(raw)) {
      byte[] buf = new byte[64 * 1024];
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (++count > limits.entries()) {
          throw new CorpusException(file + ": has more than " + limits.entries()
              + " entries (raise with --limit entries=N)");
        }
        String name = e.getName().replace('\\', '/');
        if (e.isDirectory()) {
          continue;
        }
        if (out.containsKey(name)) {
          throw new CorpusException(file + ": two entries are named '" + name + "': refused, since which one"
              + " is meant cannot be told");
        }
        long compressedStart = raw.count;
        ByteArrayOutputStream entry = new ByteArrayOutputStream();
        long size = 0;
        for (int n = zip.read(buf); n > 0; n = zip.read(buf)) {
          size += n;
          total += n;
          if (size > limits.entryBytes()) {
            throw new CorpusException(file + "!" + name + ": unpacks to more than " + InputLimits.mib(limits.entryBytes())
                + " (raise with --limit entry-mb=N)");
          }
          if (total > limits.totalBytes()) {
            throw new CorpusException(file + ": unpacks to more than " + InputLimits.mib(limits.totalBytes())
                + " in all (raise with --limit total-mb=N)");
          }
          long compressed = Math.max(1, raw.count - compressedStart);
          if (size > RATIO_GRACE && size / compressed > limits.ratio()) {
            throw new CorpusException(file + "!" + name + ": unpacks to more than " + limits.ratio()
                + " times its compressed size, as a ZIP bomb does (raise with --limit ratio=N)");
          }
          entry.write(buf, 0, n);
        }
        out.put(name, entry.toByteArray());
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new CorpusException(file + ": not a readable .qdpx (ZIP) file: " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new CorpusException(file + ": not a .qdpx file: not a ZIP archive, or an empty one");
    }
    return out;
  }

  /** Counts the compressed bytes the ZIP reader has taken. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }
}
