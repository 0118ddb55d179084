package io.dyadscope.dossier.findings;

import java.util.List;

/**
 * A recommendation and the evidence that must hold for it to be made. It fires when every
 * condition of {@code all} holds and, if {@code any} is not empty, at least one of {@code any}
 * does; a condition on a finding that was not made does not hold.
 *
 * @param id       unique key, e.g. {@code rec.trade}
 * @param theme    id of the theme it answers
 * @param text     the recommendation; may hold {@code {first}}, {@code {second}}, {@code {dyad}} and
 *                 {@code {subjects:<finding id>}} (the subjects that finding speaks of)
 * @param all      conditions that must all hold
 * @param any      conditions of which one must hold, when not empty
 * @param restsOn  further findings the recommendation rests on, shown in its trail
 */
public record RecommendationRule(String id, String theme, String text, List<Condition> all, List<Condition> any,
    List<String> restsOn) {

  public RecommendationRule {
    id = Json.requireId(id, "recommendation id");
    theme = Json.requireId(theme, "theme of recommendation " + id);
    text = Json.requireText(text, "text of recommendation " + id);
    all = List.copyOf(all);
    any = List.copyOf(any);
    restsOn = List.copyOf(restsOn);
    if (all.isEmpty() && any.isEmpty()) {
      throw new IllegalArgumentException("recommendation " + id + " has no condition: it must rest on findings");
    }
  }
}
