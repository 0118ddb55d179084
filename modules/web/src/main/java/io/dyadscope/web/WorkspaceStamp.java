package io.dyadscope.web;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A fingerprint of the workspace folder's files (names, sizes, modification times), so that
 * answers computed from the workspace can be reused until the CLI writes to it.
 */
final class WorkspaceStamp {

  private WorkspaceStamp() {}

  /** The fingerprint of the files directly in {@code dir}; changes when any is written. */
  static String of(Path dir) {
    StringBuilder b = new StringBuilder();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        if (a.isRegularFile()) {
          b.append(f.getFileName()).append(':').append(a.size()).append(':')
              .append(a.lastModifiedTime().toMillis()).append(';');
        }
      }
    } catch (IOException e) {
      return "unreadable:" + System.nanoTime();
    }
    return b.toString();
  }
}
