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
 * content. Files up to {@link #WHOLE_CONTENT_LIMIT} are hashed whole; a larger one (a DuckDB database,
 * an event file) by its first and last {@link #EDGE} bytes, which hold DuckDB's headers with their
 * checkpoint counter: any write to it also moves its modification time, so size, time and edges
 * together change with every change a program makes, while a start-up need not read a big file.
 */
final class FileDigest {

  /** Files up to this size are hashed whole. */
  static final long WHOLE_CONTENT_LIMIT = 1L << 20;

  /** How much of each end of a larger file is hashed. */
  static final int EDGE = 64 * 1024;

  private FileDigest() {}

  /** One line describing {@code file}: "size mtime sha256", or "missing" when it is not a regular file. */
  static String of(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return "missing";
    }
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return a.size() + " " + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " " + content(file, a.size());
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
    for (Path p : files) {
      // '/' on every system, so the order and text do not depend on the platform's separator
      lines.add(root.relativize(p).toString().replace('\\', '/') + "\t" + of(p));
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

  private static String content(Path file, long size) throws IOException {
    MessageDigest md = sha256();
    if (size <= WHOLE_CONTENT_LIMIT) {
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buf = new byte[64 * 1024];
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

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException(e);
    }
  }
}
