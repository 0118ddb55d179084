package io.dyadscope.audit;

import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.List;
import java.util.Map;

/** Shorthands for tests: audit a text, pick findings and verified entries of one check. */
public final class Audits {

  private Audits() {}

  public static AuditReport audit(String text, String dyad) {
    return Auditor.audit(AuditInput.of("report.txt", text, Dyad.parse(dyad)));
  }

  public static AuditReport audit(String text) {
    return audit(text, "PAK-AFG");
  }

  public static AuditReport audit(String text, String dyad, List<Observation> observations,
      Map<String, Source> sources, AuditOptions options) {
    return Auditor.audit(new AuditInput("report.txt", text, Dyad.parse(dyad), observations, sources, options));
  }

  public static List<AuditFinding> findings(AuditReport r, String check) {
    return r.findings().stream().filter(f -> f.check().equals(check)).toList();
  }

  public static List<Verified> verified(AuditReport r, String check) {
    return r.verified().stream().filter(v -> v.check().equals(check)).toList();
  }

  public static List<Claim> claims(AuditReport r, String indicator) {
    return r.claims().stream().filter(c -> c.indicator().equals(indicator)).toList();
  }
}
