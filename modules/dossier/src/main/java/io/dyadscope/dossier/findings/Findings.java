package io.dyadscope.dossier.findings;

import java.util.List;
import java.util.Optional;

/**
 * What a set of rules made of the evidence: the findings, and for each rule that found nothing,
 * why. Both lists follow the order of the rules.
 *
 * @param findings  the findings made
 * @param absences  the rules that could not be applied
 */
public record Findings(List<Finding> findings, List<Absence> absences) {

  public Findings {
    findings = List.copyOf(findings);
    absences = List.copyOf(absences);
  }

  public Optional<Finding> find(String id) {
    return findings.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public Optional<Absence> absence(String ruleId) {
    return absences.stream().filter(a -> a.ruleId().equals(ruleId)).findFirst();
  }

  public List<Finding> forTheme(String theme) {
    return findings.stream().filter(f -> f.theme().equals(theme)).toList();
  }

  public List<Absence> absencesForTheme(String theme) {
    return absences.stream().filter(a -> a.theme().equals(theme)).toList();
  }

  public List<Finding> forLens(String lens) {
    return findings.stream().filter(f -> f.lenses().contains(lens)).toList();
  }
}
