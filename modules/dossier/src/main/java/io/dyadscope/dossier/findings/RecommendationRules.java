package io.dyadscope.dossier.findings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The recommendations a dossier may make. The default set is the resource
 * {@code recommendations.json} beside this class; a user's file in the same form can replace it:
 *
 * <pre>{@code
 * {"recommendations": [
 *   {"id": "rec.trade", "theme": "trade", "text": "...",
 *    "evidence": "trade held below its own peak by more than its year-to-year noise",
 *    "refuted_by": "trade at its peak, or below it by no more than its noise",
 *    "all": [{"finding": "trade.total-path", "metric": "below_peak_pct", "op": ">", "value": 1,
 *             "reference": {"metric": "noise_pct"}}],
 *    "any": [],
 *    "rests_on": ["trade.total-projection"]}
 * ]}
 * }</pre>
 */
public record RecommendationRules(List<RecommendationRule> rules) {

  public RecommendationRules {
    rules = List.copyOf(rules);
    Json.requireUniqueIds(rules, RecommendationRule::id, "recommendation");
  }

  private static final Supplier<RecommendationRules> STANDARD =
      Json.standard(RecommendationRules.class, "recommendations.json", RecommendationRules::read);

  /** The six recommendations of the seed study, as tests over the standard findings. */
  public static RecommendationRules standard() {
    return STANDARD.get();
  }

  public static RecommendationRules read(Reader reader) throws IOException {
    return new RecommendationRules(Json.entries(reader, "recommendations", "recommendations", "recommendation",
        n -> new RecommendationRule(Json.text(n, "id"), Json.text(n, "theme"), Json.text(n, "text"),
            Json.text(n, "evidence"), Json.text(n, "refuted_by"),
            conditions(Json.optionalArray(n, "all")), conditions(Json.optionalArray(n, "any")),
            Json.texts(n, "rests_on"))));
  }

  /**
   * Conditions in the form {@code {"finding", "metric", "op", "value"}}, with an optional
   * {@code "reference": {"finding", "metric"}} (finding defaults to the condition's own) that
   * makes the threshold {@code value} times that metric.
   */
  static List<Condition> conditions(List<JsonNode> nodes) {
    List<Condition> list = new ArrayList<>();
    for (JsonNode c : nodes) {
      String finding = Json.text(c, "finding");
      JsonNode ref = c.get("reference");
      Condition.Reference reference = null;
      if (ref != null && !ref.isNull()) {
        if (!ref.isObject()) {
          throw new IllegalArgumentException("'reference' must be an object {\"finding\", \"metric\"} in " + c);
        }
        reference = new Condition.Reference(Json.optionalText(ref, "finding", finding), Json.text(ref, "metric"));
      }
      JsonNode min = c.get("min_points");
      if (min != null && !min.canConvertToInt()) {
        throw new IllegalArgumentException("'min_points' must be a whole number in " + c);
      }
      list.add(new Condition(finding, Json.text(c, "metric"), Condition.Op.parse(Json.text(c, "op")),
          Json.number(c, "value"), reference, min == null ? 0 : min.asInt()));
    }
    return list;
  }
}
