package io.dyadscope.web;

import io.dyadscope.app.Application;
import io.dyadscope.app.AuditService;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.UserError;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Audits an uploaded report. The audit service reads a file, so the bytes become one for the time
 * of the audit ({@link Uploads}): no name from the request reaches the filesystem.
 */
final class AuditUpload {

  static final Set<String> FORMATS = Set.of("txt", "md", "html", "htm", "pdf");

  private final Application app;

  AuditUpload(Application app) {
    this.app = app;
  }

  /** The audit of {@code bytes}, read as {@code format}, as the API returns it. */
  Map<String, Object> audit(Dyad dyad, String format, byte[] bytes, boolean save) throws Exception {
    if (!FORMATS.contains(format)) {
      throw new Params.BadRequest("unsupported report format '" + Params.shorten(format)
          + "' (expected txt, md, html, htm or pdf)");
    }
    checkContent(format, bytes);
    return Uploads.asFile(app.access().directory(), "report." + format, bytes, file -> {
      AuditService.Outcome o;
      try {
        o = app.audits().audit(new AuditService.Request(file, dyad, null, null, save));
      } catch (UserError e) {
        // the CLI's message, naming the upload instead of the server's temporary file
        throw new Params.BadRequest(e.getMessage().replace(file.toString(), "the uploaded report"));
      }
      return Views.audit(o.report(), "uploaded report (" + format + ", " + bytes.length + " bytes)", o.text());
    });
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
