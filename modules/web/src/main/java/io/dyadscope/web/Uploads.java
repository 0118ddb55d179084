package io.dyadscope.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Uploaded bytes as a file, for the services that read files (the audit, the importers): written
 * under a server-chosen folder and name inside the workspace, used, and deleted at once, so no
 * name from a request reaches the filesystem and nothing is left behind.
 */
final class Uploads {

  /** Folder inside the workspace that holds uploads while they are used. */
  static final String FOLDER = ".web-uploads";

  /** What is done with the file. */
  @FunctionalInterface
  interface Use<T> {
    T apply(Path file) throws Exception;
  }

  private Uploads() {}

  /**
   * Runs {@code use} on {@code bytes} written as {@code name} (chosen by the server) in a folder of
   * its own, then removes the file, its folder and, when no other upload is in flight, the uploads folder.
   */
  static <T> T asFile(Path workspace, String name, byte[] bytes, Use<T> use) throws Exception {
    Path uploads = workspace.resolve(FOLDER);
    Path folder = uploads.resolve(UUID.randomUUID().toString());
    Files.createDirectories(folder);
    Path file = folder.resolve(name);
    try {
      Files.write(file, bytes);
      return use.apply(file);
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(folder);
      try (var left = Files.list(uploads)) {
        if (left.findAny().isEmpty()) {
          Files.deleteIfExists(uploads);
        }
      } catch (IOException e) {
        // another upload in flight keeps the folder; it is removed after the last one
      }
    }
  }
}
