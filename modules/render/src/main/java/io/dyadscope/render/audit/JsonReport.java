package io.dyadscope.render.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Coverage;
import java.util.List;

/**
 * JSON in exactly this shape (severity in lower case; {@code dyadInferred} only when the dyad was
 * inferred), written by Jackson from the records below:
 *
 * <pre>
 * {"file": ..., "dyad": ..., "dyadInferred": "from the title",
 *  "findings": [{"check", "severity", "line", "column", "page", "textLine", "excerpt", "message"}],
 *  "verified": [{"check", "line", "message"}],
 *  "coverage": {"numbersFound", "numbersTied", "numbersChecked", "notes": [...]}}
 * </pre>
 *
 * <p>{@code line} and {@code column} are the file's (1-based); {@code page} is there only for a PDF
 * (then {@code line} counts from the top of the page); {@code textLine} is the line of the extracted
 * text, there only when it differs from {@code line}.
 */
final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Shape(String file, String dyad, String dyadInferred, List<FindingShape> findings,
      List<VerifiedShape> verified, Coverage coverage) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record FindingShape(String check, String severity, int line, int column, Integer page, Integer textLine,
      String excerpt, String message) {}

  private record VerifiedShape(String check, int line, String message) {}

  private JsonReport() {}

  private static FindingShape finding(AuditReport r, io.dyadscope.evidence.AuditFinding f) {
    AuditReport.Position p = r.at(f.line());
    return new FindingShape(f.check(), f.severity().word(), p.line(), p.column(), p.page() > 0 ? p.page() : null,
        p.line() == f.line() && p.page() == 0 ? null : f.line(), f.excerpt(), f.message());
  }

  static String render(AuditReport r) {
    Shape shape = new Shape(r.file(), r.dyad(), r.dyadBasis(),
        r.findings().stream().map(f -> finding(r, f)).toList(),
        r.verified().stream().map(v -> new VerifiedShape(v.check(), r.at(v.line()).line(), v.message())).toList(),
        r.coverage());
    try {
      return MAPPER.writeValueAsString(shape) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the audit report as JSON", e);
    }
  }
}
