package io.dyadscope.app.uptodate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a file is, for deciding whether work done from it is still current: its size, its
 * modification time (to the nanosecond where the file system keeps it) and a SHA-256 of its
 * content. Small files (catalogues, index segments' metadata, imported CSV copies) up to
 * {@link #WHOLE_CONTENT_LIMIT} are hashed whole; a larger one (the DuckDB database, a dossier) by its
 * first and last {@link #EDGE} bytes, where DuckDB keeps its headers with their checkpoint counter
 * and a jar its directory with every entry's CRC. Any write to a file also moves its modification
 * time, so size, time and hash together change with every change a program makes, while the check
 * reads a few hundred kilobytes, not the whole workspace: hashing it whole would cost a start-up
 * more than the rest of the check.
 */
final class FileDigest {

  /** Files up to this size are hashed whole. */
  static final long WHOLE_CONTENT_LIMIT = 64 * 1024;

  /** How much of each end of a larger file is hashed. */
  static final int EDGE = 16 * 1024;

  private FileDigest() {}

  /** One line describing {@code file}: "size mtime sha256", or "missing" when it is not a regular file. */
  static String of(Path file) throws IOException {
    return of(file, sha256());
  }

  /** As {@link #of(Path)} with a digest to reuse (getting one per file costs more than hashing a small file). */
  static String of(Path file, MessageDigest md) throws IOException {
    if (!Files.isRegularFile(file)) {
      return "missing";
    }
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + content(file, a.size(), md);
  }

  /**
   * Every regular file under {@code folder} (recursively) with its digest, one per line, sorted by
   * path relative to the folder, leaving out files under {@code excluded}; empty when the folder does
   * not exist.
   */
  static String tree(Path folder, Set<Path> excluded) throws IOException {
    if (!Files.isDirectory(folder)) {
      return "";
    }
    Path root = folder.toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(Files::isRegularFile).filter(p -> excluded.stream().noneMatch(p::startsWith)).forEach(files::add);
    }
    List<String> lines = new ArrayList<>();
    MessageDigest md = sha256();
    for (Path p : files) {
      // '/' on every system, so the order and text do not depend on the platform's separator
      lines.add(root.relativize(p).toString().replace('\\', '/') + "\t" + of(p, md));
    }
    lines.sort(null);
    return String.join("\n", lines);
  }

  /** Lower-case hex SHA-256 of {@code text} (UTF-8). */
  static String sha256(String text) {
    MessageDigest md = sha256();
    md.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(md.digest());
  }

  private static String content(Path file, long size, MessageDigest md) throws IOException {
    md.reset();
    if (size <= WHOLE_CONTENT_LIMIT) {
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buf = new byte[(int) WHOLE_CONTENT_LIMIT];
        for (int n; (n = in.read(buf)) > 0; ) {
          md.update(buf, 0, n);
        }
      }
    } else {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        md.update(read(ch, 0));
        md.update(read(ch, size - EDGE));
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static ByteBuffer read(FileChannel ch, long position) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(EDGE);
    while (b.hasRemaining() && ch.read(b, position + b.position()) > 0) {
      // a read may return fewer bytes than asked: go on until the edge is full or the file ends
    }
    return b.flip();
  }

  /** A new SHA-256 digest, to pass to {@link #of(Path, MessageDigest)} for a run of files. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
