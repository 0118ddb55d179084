package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.text.Figures;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The evidence appendix: every observation a finding cites, so each id in the text has an anchor. */
final class Appendix {

  private Appendix() {}

  static List<EvidenceEntry> of(EvidenceIndex idx, List<Finding> findings, Map<String, Observation> byId) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    findings.forEach(f -> ids.addAll(f.observationIds()));
    List<Observation> cited = new ArrayList<>();
    for (String id : ids) {
      Observation o = byId.get(id);
      if (o != null) {
        cited.add(o);
      }
    }
    cited.sort(Comparator.comparing(Observation::indicator).thenComparing(Observation::subject)
        .thenComparing(Observation::period).thenComparing(Observation::id));
    List<EvidenceEntry> out = new ArrayList<>();
    for (Observation o : cited) {
      out.add(new EvidenceEntry(o.id(), idx.label(o.indicator(), o.subject()), o.period().toString(),
          Figures.exact(o.value()), o.unit(), o.status().word(), o.source(), o.reportedBy(), o.location()));
    }
    return out;
  }
}
