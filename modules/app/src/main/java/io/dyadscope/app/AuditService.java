package io.dyadscope.app;

import io.dyadscope.audit.AuditInput;
import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Auditor;
import io.dyadscope.audit.DyadInference;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.audit.extract.Lexicon;
import io.dyadscope.documents.DocumentText;
import io.dyadscope.documents.SourceText;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.evidence.UserError;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.store.SavedAudit;
import io.dyadscope.store.SavedClaim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The audit use case: checks a report against itself and the workspace, and keeps it when asked. */
public final class AuditService {

  private final WorkspaceAccess access;

  public AuditService(WorkspaceAccess access) {
    this.access = access;
  }

  /**
   * A request for an audit.
   *
   * @param file           the report (.txt, .md, .html, .pdf)
   * @param dyad           the country pair it is about, or null to infer it from the report's title and
   *                       most-mentioned countries
   * @param toleranceOrNull relative tolerance for agreement with the workspace, or null for rounding only
   * @param lexiconOrNull  a file of extra {@code phrase,indicator} lines, or null
   * @param save           keep the document, its claims and findings in the workspace
   */
  public record Request(Path file, Dyad dyad, Double toleranceOrNull, Path lexiconOrNull, boolean save) {}

  /** The audit and the text it read. */
  public record Outcome(AuditReport report, String text) {}

  public Outcome audit(Request request) throws IOException {
    UserFiles.requireFile(request.file());
    AuditOptions options = AuditOptions.defaults();
    if (request.toleranceOrNull() != null) {
      options = options.withTolerance(request.toleranceOrNull());
    }
    if (request.lexiconOrNull() != null) {
      AuditOptions base = options;
      Lexicon extra = UserFiles.read(request.lexiconOrNull(), r -> Lexicon.read(r, base.catalogue()));
      options = options.withLexicon(options.lexicon().plus(extra));
    }
    SourceText source = readText(request.file());
    String text = source.text();
    Dyad d;
    String basis = null;
    if (request.dyad() != null) {
      d = request.dyad();
    } else {
      try {
        DyadInference.Inferred inferred = DyadInference.infer(text, options.gazetteer());
        d = inferred.dyad();
        basis = inferred.basis();
      } catch (IllegalArgumentException e) {
        throw new UserError(request.file() + ": " + e.getMessage(), e);
      }
    }
    String dyadBasis = basis;
    AuditOptions opts = options;
    byte[] bytes = Files.readAllBytes(request.file());
    String sha256 = Hashing.sha256(bytes);
    if (!request.save()) {
      AuditReport report = access.read(ws -> Auditor.audit(new AuditInput(request.file().toString(), text, d,
          ws.observations(ObservationQuery.all().dyad(d.id())), ws.sources(), opts, dyadBasis, sha256, source.map())));
      return new Outcome(report, text);
    }
    AuditReport report = access.write(ws -> {
      AuditReport r = Auditor.audit(new AuditInput(request.file().toString(), text, d,
          ws.observations(ObservationQuery.all().dyad(d.id())), ws.sources(), opts, dyadBasis, sha256, source.map()));
      ws.saveAudit(saved(r, text, bytes));
      return r;
    });
    return new Outcome(report, text);
  }

  static SourceText readText(Path file) throws IOException {
    try {
      return DocumentText.open(file);
    } catch (IllegalArgumentException | IOException e) {
      // a file the user gave that cannot be read (a corrupt PDF): the same refusal in the CLI and the dashboard
      throw new UserError(e.getMessage(), e);
    }
  }

  static SavedAudit saved(AuditReport report, String text, byte[] document) {
    List<SavedClaim> claims = report.claims().stream().map(c -> new SavedClaim(c.line(), c.excerpt(), c.indicator(),
        c.subject(), c.period() == null ? "" : c.period().toString(), c.value(), c.unit(), c.status().word())).toList();
    List<AuditFinding> findings = report.findings();
    return new SavedAudit(report.file(), Hashing.sha256(document), report.dyad(), text, claims, findings);
  }

}
