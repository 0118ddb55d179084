package io.dyadscope.web;

import io.dyadscope.app.Application;
import io.dyadscope.app.corpus.CorpusImport;
import io.dyadscope.app.corpus.DocumentOptions;
import io.dyadscope.app.statistics.StatisticsService;
import io.dyadscope.corpus.DocumentImport;
import io.dyadscope.corpus.DocumentKind;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.UserError;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports an uploaded file through the same services as {@code dyadscope import}: a CSV of
 * statistics (its format detected: tidy indicators, UNHCR, WDI or Comtrade) or a document for the
 * corpus. The bytes become a server-named file for the time of the import ({@link Uploads}), which
 * is all or nothing, as on the command line; the name the user gave is only
 * checked and shown, in the answer and in error messages in place of the temporary file's.
 */
final class ImportUpload {

  static final Set<String> STATISTICS = Set.of("csv");
  static final Set<String> DOCUMENTS = Set.of("txt", "md", "html", "htm", "pdf", "docx");

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_ .()-]{0,99}");

  /**
   * What the user says about an uploaded document (all optional but its kind); {@code replace}:
   * whether it may replace a stored document of the same id whose text differs.
   */
  record DocumentFields(String kind, String title, String publisher, String date, String licence, boolean replace) {}

  private final Application app;

  ImportUpload(Application app) {
    this.app = app;
  }

  /** Checks the file name the user gave: a plain name with a known extension; returns that extension. */
  static String extension(String name) {
    if (name == null || !FILE_NAME.matcher(name).matches() || name.contains("..")) {
      throw new Params.BadRequest("invalid file name: '" + Params.shorten(name) + "' (letters, digits, spaces and"
          + " _ . ( ) - only)");
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (!STATISTICS.contains(ext) && !DOCUMENTS.contains(ext)) {
      throw new Params.BadRequest("cannot import '" + Params.shorten(name) + "': expected a .csv of statistics or a "
          + "document (.txt, .md, .html, .htm, .pdf, .docx)");
    }
    return ext;
  }

  /** Imports {@code bytes}, uploaded as {@code name}; {@code fields} describe a document and are ignored for a CSV. */
  Map<String, Object> importFile(Dyad dyad, String name, byte[] bytes, DocumentFields fields) throws Exception {
    String ext = extension(name);
    if (bytes.length == 0) {
      throw new Params.BadRequest(name + " is empty");
    }
    return Uploads.asFile(app.access().directory(), "upload." + ext, bytes, file -> {
      try {
        return STATISTICS.contains(ext) ? statistics(dyad, name, file) : document(name, ext, file, fields);
      } catch (ImportException | UserError e) {
        throw new Params.BadRequest(named(e.getMessage(), file, name));
      }
    });
  }

  private Map<String, Object> statistics(Dyad dyad, String name, Path file) throws IOException, ImportException {
    StatisticsService.Outcome o = app.statistics().importFile(null, file, List.of(dyad), Progress.NONE);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", name);
    m.put("kind", "statistics");
    m.put("format", o.format().word());
    m.put("lines", o.summary().describe().stream().map(l -> named(l, file, name)).toList());
    m.put("observationsAfter", o.observationsAfter());
    return m;
  }

  private Map<String, Object> document(String name, String ext, Path file, DocumentFields f) throws Exception {
    if (f == null || f.kind() == null || f.kind().isBlank()) {
      throw new Params.BadRequest("a document needs its kind (" + String.join(", ", kinds()) + ")");
    }
    try {
      DocumentKind.parse(f.kind());
    } catch (IllegalArgumentException e) {
      throw new Params.BadRequest(e.getMessage());
    }
    String stem = name.substring(0, name.length() - ext.length() - 1);
    DocumentOptions options = new DocumentOptions(documentId(stem), blankToNull(f.title(), stem),
        blankToNull(f.publisher(), null), f.kind(), blankToNull(f.date(), null), null, null, null,
        blankToNull(f.licence(), null));
    CorpusImport.FileImport r;
    try {
      r = app.corpus(null).run(c -> c.importFiles(List.of(file), null, options, InputLimits.DEFAULT, f.replace()));
    } catch (UserError e) {
      if (e.getMessage().contains(": would replace the document '")) {
        throw new Params.BadRequest(named(e.getMessage(), file, name).replace("unless replacing is asked for",
            "unless replacing is asked for (replace=true)"));
      }
      throw e;
    }
    DocumentImport d = r.result();
    List<String> lines = new ArrayList<>();
    d.added().forEach(id -> lines.add("added document " + id));
    d.replaced().forEach(id -> lines.add("replaced document " + id + " (its text changed)"));
    if (d.unchanged() > 0) {
      lines.add(d.unchanged() + " unchanged (imported before)");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", name);
    m.put("kind", "document");
    m.put("lines", lines);
    m.put("documentsAfter", app.corpus(null).read(c -> c.documents().size()));
    return m;
  }

  /** {@code text} naming the user's file where it named the temporary one. */
  private static String named(String text, Path file, String name) {
    return text.replace(file.toString(), name).replace(file.getFileName().toString(), name);
  }

  static List<String> kinds() {
    return java.util.Arrays.stream(DocumentKind.values()).map(Enum::name).toList();
  }

  /** A document id from a file name: lower case, runs of other characters as one dash. */
  static String documentId(String stem) {
    String id = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return id.isEmpty() ? "document" : id;
  }

  private static String blankToNull(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s.strip();
  }
}
