package io.dyadscope.render.audit;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.render.Templates;
import java.util.Locale;

/** The ways an audit report can be written out. */
public enum ReportFormat {
  /** Linter lines: {@code FILE:LINE: severity [check] message}. */
  TEXT,
  /** A self-contained page showing the text with findings beside their lines. */
  HTML,
  /** Markdown: summary, findings table, verified list. */
  MD,
  /** {@code {"file", "dyad", "findings", "verified", "coverage"}}. */
  JSON;

  /**
   * Writes {@code report}; {@code text} is the audited text, which the HTML page shows (the other
   * formats ignore it and accept null).
   */
  public String render(AuditReport report, String text) {
    return switch (this) {
      case TEXT -> TextReport.render(report);
      case HTML -> Templates.render("audit/report.jte", AuditPage.of(report, text == null ? "" : text));
      case MD -> MarkdownReport.render(report);
      case JSON -> JsonReport.render(report);
    };
  }

  /** The usual file extension: {@code txt}, {@code html}, {@code md}, {@code json}. */
  public String extension() {
    return this == TEXT ? "txt" : name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code text}, {@code html}, {@code md} (or {@code markdown}) and {@code json}.
   *
   * @throws IllegalArgumentException naming the text when it is none of them
   */
  public static ReportFormat parse(String name) {
    String t = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "text", "txt" -> TEXT;
      case "html", "htm" -> HTML;
      case "md", "markdown" -> MD;
      case "json" -> JSON;
      default -> throw new IllegalArgumentException("unknown format '" + name + "' (expected text, html, md or json)");
    };
  }
}
