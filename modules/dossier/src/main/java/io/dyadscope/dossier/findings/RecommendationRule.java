package io.dyadscope.dossier.findings;

import java.util.List;

/**
 * A recommendation as a test the evidence can fail. It names the evidence that would support it,
 * what would refute it, and the conditions that decide between the two: it is supported when every
 * condition of {@code all} holds and, if {@code any} is not empty, at least one of {@code any} does;
 * not supported when a condition of {@code all} fails, or every one of {@code any} does; undecided
 * when the evidence cannot tell (a finding missing, too few points to measure a metric, or only
 * published projections behind it).
 *
 * @param id        unique key, e.g. {@code rec.trade}
 * @param theme     id of the theme it answers
 * @param text      the recommendation; may hold {@code {first}}, {@code {second}}, {@code {dyad}} and
 *                  {@code {subjects:<finding id>}} (the subjects that finding speaks of)
 * @param evidence  the evidence that supports it, as a clause ("trade held below its own peak by
 *                  more than its year-to-year noise")
 * @param refutedBy what would refute it, as a clause
 * @param all       conditions that must all hold
 * @param any       conditions of which one must hold, when not empty
 * @param restsOn   further findings the recommendation rests on, shown in its trail
 */
public record RecommendationRule(String id, String theme, String text, String evidence, String refutedBy,
    List<Condition> all, List<Condition> any, List<String> restsOn) {

  public RecommendationRule {
    id = Json.requireId(id, "recommendation id");
    theme = Json.requireId(theme, "theme of recommendation " + id);
    text = Json.requireText(text, "text of recommendation " + id);
    evidence = Json.requireText(evidence, "evidence of recommendation " + id);
    refutedBy = Json.requireText(refutedBy, "refuted_by of recommendation " + id);
    all = List.copyOf(all);
    any = List.copyOf(any);
    restsOn = List.copyOf(restsOn);
    if (all.isEmpty() && any.isEmpty()) {
      throw new IllegalArgumentException("recommendation " + id + " has no condition: it must rest on findings");
    }
  }
}
