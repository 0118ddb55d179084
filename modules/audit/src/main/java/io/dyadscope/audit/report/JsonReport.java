package io.dyadscope.audit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Finding;
import io.dyadscope.audit.Verified;

/**
 * JSON in exactly this shape (severity in lower case):
 *
 * <pre>
 * {"file": ..., "dyad": ...,
 *  "findings": [{"check", "severity", "line", "excerpt", "message"}],
 *  "verified": [{"check", "line", "message"}],
 *  "coverage": {"numbersFound", "numbersTied", "numbersChecked"}}
 * </pre>
 */
final class JsonReport {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static String render(AuditReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("file", r.file());
    root.put("dyad", r.dyad());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode n = findings.addObject();
      n.put("check", f.check());
      n.put("severity", f.severity().word());
      n.put("line", f.line());
      n.put("excerpt", f.excerpt());
      n.put("message", f.message());
    }
    ArrayNode verified = root.putArray("verified");
    for (Verified v : r.verified()) {
      ObjectNode n = verified.addObject();
      n.put("check", v.check());
      n.put("line", v.line());
      n.put("message", v.message());
    }
    ObjectNode coverage = root.putObject("coverage");
    coverage.put("numbersFound", r.coverage().numbersFound());
    coverage.put("numbersTied", r.coverage().numbersTied());
    coverage.put("numbersChecked", r.coverage().numbersChecked());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the audit report as JSON", e);
    }
  }
}
