package io.dyadscope.dossier.findings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The recommendations a dossier may make. The default set is the resource
 * {@code recommendations.json} beside this class; a user's file in the same form can replace it:
 *
 * <pre>{@code
 * {"recommendations": [
 *   {"id": "rec.trade", "theme": "trade", "text": "...",
 *    "all": [{"finding": "trade.total-path", "metric": "max_drop_pct", "op": ">=", "value": 10}],
 *    "any": [],
 *    "rests_on": ["trade.total-projection"]}
 * ]}
 * }</pre>
 */
public record RecommendationRules(List<RecommendationRule> rules) {

  public RecommendationRules {
    rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (RecommendationRule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("recommendation listed twice: " + r.id());
      }
    }
  }

  private static final class Default {
    static final RecommendationRules INSTANCE =
        Json.loadResource(RecommendationRules.class, "recommendations.json", RecommendationRules::read);
  }

  /** The six recommendations of the seed study, as rules over the standard findings. */
  public static RecommendationRules standard() {
    return Default.INSTANCE;
  }

  public static RecommendationRules read(Reader reader) throws IOException {
    JsonNode root = Json.parse(reader, "recommendations");
    List<RecommendationRule> list = new ArrayList<>();
    for (JsonNode n : Json.array(root, "recommendations", "recommendations")) {
      list.add(new RecommendationRule(Json.text(n, "id"), Json.text(n, "theme"), Json.text(n, "text"),
          conditions(Json.optionalArray(n, "all")), conditions(Json.optionalArray(n, "any")),
          Json.texts(n, "rests_on")));
    }
    return new RecommendationRules(list);
  }

  private static List<Condition> conditions(List<JsonNode> nodes) {
    List<Condition> list = new ArrayList<>();
    for (JsonNode c : nodes) {
      list.add(new Condition(Json.text(c, "finding"), Json.text(c, "metric"), Condition.Op.parse(Json.text(c, "op")),
          Json.number(c, "value")));
    }
    return list;
  }
}
