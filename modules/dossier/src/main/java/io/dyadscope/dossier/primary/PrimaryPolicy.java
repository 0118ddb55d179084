package io.dyadscope.dossier.primary;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadscope.dossier.findings.Json;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Optional;

/**
 * How reported figures are checked against observed data and which observed series lead each
 * theme, as data ({@code primary.json}).
 *
 * @param tolerancePct relative difference within which a figure agrees with an observed value
 * @param reasoning    the rule in words, printed with the checks
 * @param derived      indicators an observed source gives only in parts (total trade as exports plus imports)
 * @param themes       theme id to indicator patterns ({@code trade.*} or an exact id) whose observed series lead it
 * @param context      patterns of the observed series the summary gives as context
 */
public record PrimaryPolicy(double tolerancePct, String reasoning, List<Derived> derived,
    Map<String, List<String>> themes, List<String> context) {

  /** An indicator computed from others of the same source, subject and period by summing them. */
  public record Derived(String indicator, List<String> sum, String how) {
    public Derived {
      if (indicator == null || indicator.isBlank() || sum == null || sum.size() < 2) {
        throw new IllegalArgumentException("a derived indicator needs an 'indicator' and at least two 'sum' parts");
      }
      sum = List.copyOf(sum);
    }
  }

  public PrimaryPolicy {
    if (!(tolerancePct > 0 && tolerancePct < 100)) {
      throw new IllegalArgumentException("tolerance_pct must be above 0 and below 100: " + tolerancePct);
    }
    derived = List.copyOf(derived);
    Map<String, List<String>> t = new LinkedHashMap<>();
    themes.forEach((k, v) -> t.put(k, List.copyOf(v)));
    themes = java.util.Collections.unmodifiableMap(t);
    context = List.copyOf(context);
  }

  // Loading is shared (Json.standard: the resource beside the class, read on first use); what repeats
  // with the other definition files is each one's typed standard() and read(Reader), which callers name.
  private static final Supplier<PrimaryPolicy> STANDARD =
      Json.standard(PrimaryPolicy.class, "primary.json", PrimaryPolicy::read);

  /** The policy shipped with Dyadscope. */
  public static PrimaryPolicy standard() {
    return STANDARD.get();
  }

  /** Reads a policy file; every missing or bad field is named. */
  public static PrimaryPolicy read(Reader reader) throws IOException {
    JsonNode root = Json.parse(reader, "primary policy");
    JsonNode tol = root.get("tolerance_pct");
    if (tol == null || !tol.isNumber()) {
      throw new IllegalArgumentException("primary policy needs a number 'tolerance_pct'");
    }
    JsonNode why = root.get("tolerance_reasoning");
    if (why == null || !why.isTextual() || why.asText().isBlank()) {
      throw new IllegalArgumentException("primary policy needs a text 'tolerance_reasoning'");
    }
    List<Derived> derived = new ArrayList<>();
    for (JsonNode d : Json.optionalArray(root, "derived")) {
      List<String> parts = new ArrayList<>();
      Json.array(d, "sum", "a derived indicator").forEach(p -> parts.add(p.asText()));
      derived.add(new Derived(d.path("indicator").asText(""), parts, d.path("how").asText("")));
    }
    Map<String, List<String>> themes = new LinkedHashMap<>();
    JsonNode t = root.path("themes");
    t.fieldNames().forEachRemaining(id -> {
      List<String> patterns = new ArrayList<>();
      Json.array(t, id, "theme '" + id + "' of the primary policy").forEach(p -> patterns.add(pattern(p.asText())));
      themes.put(id, patterns);
    });
    List<String> context = new ArrayList<>();
    Json.optionalArray(root, "context").forEach(p -> context.add(pattern(p.asText())));
    return new PrimaryPolicy(tol.asDouble(), why.asText(), derived, themes, context);
  }

  private static String pattern(String p) {
    if (p.isBlank() || p.indexOf('*') >= 0 && !p.endsWith("*") || p.indexOf('*') != p.lastIndexOf('*')) {
      throw new IllegalArgumentException("not an indicator pattern (an id, or a prefix ending in *): '" + p + "'");
    }
    return p;
  }

  /** True when {@code indicator} is {@code pattern} or starts with its prefix. */
  public static boolean matches(String pattern, String indicator) {
    return pattern.endsWith("*") ? indicator.startsWith(pattern.substring(0, pattern.length() - 1))
        : indicator.equals(pattern);
  }

  /** The patterns of theme {@code id}; empty when it has none. */
  public List<String> patterns(String themeId) {
    return themes.getOrDefault(themeId, List.of());
  }

  /** How {@code indicator} is derived, if it is. */
  public Optional<Derived> derivation(String indicator) {
    return derived.stream().filter(d -> d.indicator().equals(indicator)).findFirst();
  }
}
