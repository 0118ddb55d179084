package io.dyadscope.web;

import io.dyadscope.app.Application;
import io.dyadscope.app.AuditService;
import io.dyadscope.evidence.Dyad;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Audits an uploaded report. The audit service reads a file, so the bytes are written to a file
 * with a server-chosen name in a folder inside the workspace, audited and deleted at once: no
 * name from the request reaches the filesystem.
 */
final class AuditUpload {

  /** Folder inside the workspace that holds an upload for the duration of its audit. */
  static final String FOLDER = ".web-uploads";

  static final Set<String> FORMATS = Set.of("txt", "md", "html", "htm", "pdf");

  private final Application app;

  AuditUpload(Application app) {
    this.app = app;
  }

  /** The audit of {@code bytes}, read as {@code format}, as the API returns it. */
  Map<String, Object> audit(Dyad dyad, String format, byte[] bytes, boolean save) throws IOException {
    if (!FORMATS.contains(format)) {
      throw new Params.BadRequest("unsupported report format '" + Params.shorten(format)
          + "' (expected txt, md, html, htm or pdf)");
    }
    checkContent(format, bytes);
    Path folder = app.access().directory().resolve(FOLDER);
    Files.createDirectories(folder);
    Path file = folder.resolve("upload-" + UUID.randomUUID() + "." + format);
    try {
      Files.write(file, bytes);
      AuditService.Outcome o = app.audits().audit(new AuditService.Request(file, dyad, null, null, save));
      return Views.audit(o.report(), "uploaded report (" + format + ", " + bytes.length + " bytes)", o.text());
    } finally {
      Files.deleteIfExists(file);
      removeFolderWhenEmpty(folder);
    }
  }

  /** Removes the uploads folder when nothing is left in it. */
  static void removeFolderWhenEmpty(Path folder) {
    try (var left = Files.list(folder)) {
      if (left.findAny().isEmpty()) {
        Files.deleteIfExists(folder);
      }
    } catch (IOException e) {
      // another upload in flight keeps the folder; it is removed after the last one
    }
  }

  /** The bytes must be what the format says: a PDF header, or text without NUL bytes. */
  private static void checkContent(String format, byte[] bytes) {
    if (bytes.length == 0) {
      throw new Params.BadRequest("the report is empty");
    }
    if (format.equals("pdf")) {
      if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
        throw new Params.BadRequest("the upload is not a PDF (it does not start with %PDF-)");
      }
      return;
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new Params.BadRequest("the upload is not text (it holds NUL bytes)");
      }
    }
  }
}
