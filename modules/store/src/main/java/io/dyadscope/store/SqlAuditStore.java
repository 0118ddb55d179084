package io.dyadscope.store;

import io.dyadscope.evidence.Severity;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.DocumentFinding;
import io.dyadscope.evidence.Dyad;
import java.sql.PreparedStatement;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** {@link AuditStore} over the {@code documents}, {@code claims} and {@code audit_findings} tables. */
record SqlAuditStore(Database db) implements AuditStore {

  @Override
  public void save(SavedAudit a) {
    String docId = a.documentId();
    db.inTransaction("save the audit of " + a.path(), c -> {
      try (PreparedStatement p = c.prepareStatement(
          "DELETE FROM claims WHERE document_id IN (SELECT id FROM documents WHERE sha256 = ?)")) {
        p.setString(1, a.sha256());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement(
          "DELETE FROM audit_findings WHERE document_id IN (SELECT id FROM documents WHERE sha256 = ?)")) {
        p.setString(1, a.sha256());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement("DELETE FROM documents WHERE sha256 = ?")) {
        p.setString(1, a.sha256());
        p.executeUpdate();
      }
      try (PreparedStatement p = c.prepareStatement(
          "INSERT INTO documents VALUES (?, ?, ?, ?, CAST(? AS TIMESTAMP), ?)")) {
        p.setString(1, docId);
        p.setString(2, a.path());
        p.setString(3, a.sha256());
        p.setString(4, a.dyad());
        p.setString(5, Timestamps.nowUtc());
        p.setString(6, a.text());
        p.executeUpdate();
      }
      DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
      // Claims and findings only ever get inserted, so they are appended straight into their tables.
      try (DuckDBAppender ap = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "claims")) {
        for (SavedClaim cl : a.claims()) {
          ap.beginRow().append(docId).append(cl.line()).append(cl.excerpt()).append(cl.indicator())
              .append(cl.subject()).append(cl.period()).append(cl.value()).append(cl.unit()).append(cl.status())
              .endRow();
        }
      }
      try (DuckDBAppender ap = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "audit_findings")) {
        for (AuditFinding f : a.findings()) {
          ap.beginRow().append(docId).append(f.check()).append(f.severity().word()).append(f.line()).append(f.excerpt())
              .append(f.message()).endRow();
        }
      }
      return null;
    });
  }

  @Override
  public List<DocumentFinding> findings(String dyad) {
    String id = Dyad.parse(dyad).id();
    return db.list("read saved findings", "SELECT d.path, f.check_id, f.severity, f.line, f.excerpt, f.message"
        + " FROM audit_findings f JOIN documents d ON d.id = f.document_id WHERE d.dyad = ?"
        + " ORDER BY d.path, f.line, f.check_id, f.message", List.of(id), r -> new DocumentFinding(r.getString(1),
            new AuditFinding(r.getString(2), Severity.parse(r.getString(3)), r.getInt(4), r.getString(5),
                r.getString(6))));
  }

  @Override
  public long documentCount() {
    return db.count("SELECT count(*) FROM documents");
  }
}
