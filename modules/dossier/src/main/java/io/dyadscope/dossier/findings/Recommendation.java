package io.dyadscope.dossier.findings;

import java.util.List;

/**
 * A recommendation as evaluated against the findings: made or not, why, and the findings behind it.
 *
 * @param id        the rule id
 * @param theme     id of the theme it answers
 * @param text      the recommendation with names filled in
 * @param triggered true when its conditions hold
 * @param why       the conditions that made it fire, or those that failed and why
 * @param trail     the findings it rests on that were made, in order (conditions first, then the rest)
 * @param missing   ids of findings it names that were not made
 */
public record Recommendation(String id, String theme, String text, boolean triggered, String why,
    List<Finding> trail, List<String> missing) {

  public Recommendation {
    id = Json.requireText(id, "recommendation id");
    text = Json.requireText(text, "text of recommendation " + id);
    why = Json.requireText(why, "reason of recommendation " + id);
    trail = List.copyOf(trail);
    missing = List.copyOf(missing);
  }
}
