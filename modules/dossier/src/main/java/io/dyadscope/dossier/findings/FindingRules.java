package io.dyadscope.dossier.findings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An ordered list of finding rules. The default list is the resource {@code rules.json} beside
 * this class; a user's file in the same form can replace it:
 *
 * <pre>{@code
 * {"rules": [
 *   {"id": "trade.total-path", "theme": "trade", "kind": "path",
 *    "indicator": "trade.total", "subject": "{dyad}"},
 *   {"id": "refugees.provinces", "theme": "refugees", "kind": "breakdown",
 *    "indicators": ["refugees.share"], "subject": "provinces", "status": "any"}
 * ]}
 * }</pre>
 * Fields: {@code id}, {@code theme}, {@code kind} (required); {@code lenses}, {@code indicator} or
 * {@code indicators}, {@code whole}, {@code subject}, {@code status} (fact, projection or any;
 * default fact for compare, any otherwise), {@code label}, {@code terms} (optional).
 */
public record FindingRules(List<FindingRule> rules) {

  public FindingRules {
    rules = List.copyOf(rules);
    Json.requireUniqueIds(rules, FindingRule::id, "finding rule");
  }

  private static final Supplier<FindingRules> STANDARD =
      Json.standard(FindingRules.class, "rules.json", FindingRules::read);

  /** The rules shipped with Dyadscope. */
  public static FindingRules standard() {
    return STANDARD.get();
  }

  /** Reads rules in the form shown above. */
  public static FindingRules read(Reader reader) throws IOException {
    return new FindingRules(Json.entries(reader, "rules", "finding rules", n -> {
      RuleKind kind = RuleKind.parse(Json.text(n, "kind"));
      List<String> indicators = new ArrayList<>(Json.texts(n, "indicator"));
      indicators.addAll(Json.texts(n, "indicators"));
      String defaultStatus = kind == RuleKind.COMPARE ? "fact" : "any";
      return new FindingRule(Json.text(n, "id"), Json.text(n, "theme"), Json.texts(n, "lenses"), kind, indicators,
          Json.optionalText(n, "whole", ""), Json.optionalText(n, "subject", ""),
          StatusFilter.parse(Json.optionalText(n, "status", defaultStatus)), Json.optionalText(n, "label", ""),
          Json.texts(n, "terms"));
    }));
  }
}
