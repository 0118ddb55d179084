package io.dyadscope.audit.check;

import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.audit.Verified;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Collects what the checks find and verify, and which numbers they used. */
public final class Results {

  private final List<AuditFinding> findings = new ArrayList<>();
  private final List<Verified> verified = new ArrayList<>();
  private final Set<Object> checked = Collections.newSetFromMap(new IdentityHashMap<>());

  public void add(AuditFinding f) {
    findings.add(f);
  }

  public void add(Verified v) {
    verified.add(v);
  }

  /** Records that a claim (or a stated change) took part in a check. */
  public void used(Object numberOrClaim) {
    if (numberOrClaim != null) {
      checked.add(numberOrClaim);
    }
  }

  /** Adds all that {@code other} collected after what is here, as if its checks had run here next. */
  public void addAll(Results other) {
    findings.addAll(other.findings);
    verified.addAll(other.verified);
    checked.addAll(other.checked);
  }

  public int checkedCount() {
    return checked.size();
  }

  /** Findings in line order (then by check and severity). */
  public List<AuditFinding> findings() {
    List<AuditFinding> out = new ArrayList<>(findings);
    out.sort(Comparator.comparingInt(AuditFinding::line).thenComparing(AuditFinding::severity)
        .thenComparing(AuditFinding::check));
    return out;
  }

  public List<Verified> verified() {
    List<Verified> out = new ArrayList<>(verified);
    out.sort(Comparator.comparingInt(Verified::line).thenComparing(Verified::check));
    return out;
  }
}
