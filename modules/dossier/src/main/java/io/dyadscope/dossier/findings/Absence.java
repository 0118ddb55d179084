package io.dyadscope.dossier.findings;

/**
 * A finding rule that could not be applied because the data it needs are missing.
 *
 * @param ruleId id of the rule
 * @param theme  id of the rule's theme
 * @param reason what is missing, e.g. "no observed or reported values of trade.total for PAK-AFG"
 */
public record Absence(String ruleId, String theme, String reason) {

  public Absence {
    ruleId = Json.requireText(ruleId, "rule id");
    theme = Json.requireText(theme, "theme of rule " + ruleId);
    reason = Json.requireText(reason, "reason for rule " + ruleId);
  }
}
