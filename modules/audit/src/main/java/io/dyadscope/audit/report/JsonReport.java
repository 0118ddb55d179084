package io.dyadscope.audit.report;

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
 *  "findings": [{"check", "severity", "line", "excerpt", "message"}],
 *  "verified": [{"check", "line", "message"}],
 *  "coverage": {"numbersFound", "numbersTied", "numbersChecked", "notes": [...]}}
 * </pre>
 */
final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Shape(String file, String dyad, String dyadInferred, List<FindingShape> findings,
      List<VerifiedShape> verified, Coverage coverage) {}

  private record FindingShape(String check, String severity, int line, String excerpt, String message) {}

  private record VerifiedShape(String check, int line, String message) {}

  private JsonReport() {}

  static String render(AuditReport r) {
    Shape shape = new Shape(r.file(), r.dyad(), r.dyadBasis(),
        r.findings().stream().map(f -> new FindingShape(f.check(), f.severity().word(), f.line(), f.excerpt(),
            f.message())).toList(),
        r.verified().stream().map(v -> new VerifiedShape(v.check(), v.line(), v.message())).toList(),
        r.coverage());
    try {
      return MAPPER.writeValueAsString(shape) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the audit report as JSON", e);
    }
  }
}
