package io.dyadscope.events.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.events.Dataset;
import io.dyadscope.events.Event;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The classification rules: which events count towards which security indicator, kept as data in
 * {@code event-rules.json} (the shipped file, or one a user names), validated on load with errors
 * naming the file and the rule. The embedded import and the Spark job both classify with
 * {@link #classify}, so the two cannot drift.
 */
public final class EventRules {

  public static final String RESOURCE = "/io/dyadscope/events/rules/event-rules.json";

  private static final Set<String> FIELDS = Set.of("id", "indicator", "dataset", "description", "eventTypes",
      "subTypes", "cameoPrefixes", "quadClasses", "rootEventsOnly", "crossBorder", "actor1", "actor2",
      "actorPattern");
  private static final Set<String> CRITERIA = Set.of("eventTypes", "subTypes", "cameoPrefixes", "quadClasses",
      "rootEventsOnly", "crossBorder", "actor1", "actor2", "actorPattern");

  private final String name;
  private final List<EventRule> rules;

  private EventRules(String name, List<EventRule> rules) {
    this.name = name;
    this.rules = List.copyOf(rules);
  }

  /** The rules shipped with Dyadscope. */
  public static EventRules standard() {
    try (InputStream in = EventRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("event-rules.json is missing from the classpath");
      }
      return parse("event-rules.json", in.readAllBytes(), IndicatorCatalogue.standard());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A user's rule file. */
  public static EventRules read(Path file, IndicatorCatalogue catalogue) throws IOException {
    return parse(file.toString(), Files.readAllBytes(file), catalogue);
  }

  /**
   * @throws IllegalArgumentException {@code FILE: rule 'ID': problem} for the first problem found
   */
  public static EventRules parse(String name, byte[] json, IndicatorCatalogue catalogue) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (root == null || !root.path("rules").isArray()) {
      throw new IllegalArgumentException(name + ": expected an object with a \"rules\" array");
    }
    List<EventRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode r : root.get("rules")) {
      index++;
      String id = r.path("id").asText("");
      String where = name + ": rule " + (id.isEmpty() ? "#" + index : "'" + id + "'") + ": ";
      if (!id.matches("[a-z0-9][a-z0-9-]*")) {
        throw new IllegalArgumentException(where + "id must be lower-case letters, digits and '-'");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException(where + "id used twice");
      }
      for (Iterator<String> it = r.fieldNames(); it.hasNext();) {
        String f = it.next();
        if (!FIELDS.contains(f)) {
          throw new IllegalArgumentException(where + "unknown field '" + f + "' (known: " + new java.util.TreeSet<>(FIELDS) + ")");
        }
      }
      String indicator = r.path("indicator").asText("");
      if (catalogue.find(indicator).isEmpty()) {
        throw new IllegalArgumentException(where + "unknown indicator '" + indicator + "'");
      }
      Dataset dataset;
      try {
        dataset = Dataset.parse(r.path("dataset").asText(""));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage());
      }
      boolean anyCriterion = false;
      for (String c : CRITERIA) {
        anyCriterion |= r.has(c);
      }
      if (!anyCriterion) {
        throw new IllegalArgumentException(where + "no criterion: a rule must restrict at least one of " + CRITERIA);
      }
      Pattern pattern = null;
      if (r.has("actorPattern")) {
        try {
          pattern = Pattern.compile(r.get("actorPattern").asText());
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(where + "actorPattern is not a regular expression: " + e.getDescription());
        }
      }
      List<Integer> quads = new ArrayList<>();
      for (String q : strings(r, "quadClasses", where)) {
        if (!q.matches("[1-4]")) {
          throw new IllegalArgumentException(where + "quadClasses must be 1-4: '" + q + "'");
        }
        quads.add(Integer.parseInt(q));
      }
      List<String> prefixes = strings(r, "cameoPrefixes", where);
      for (String p : prefixes) {
        if (!p.matches("\\d{2,4}")) {
          throw new IllegalArgumentException(where + "cameoPrefixes must be 2-4 digits: '" + p + "'");
        }
      }
      if (dataset != Dataset.GDELT && (!prefixes.isEmpty() || !quads.isEmpty() || r.has("rootEventsOnly"))) {
        throw new IllegalArgumentException(where + "cameoPrefixes, quadClasses and rootEventsOnly apply to gdelt only");
      }
      try {
        rules.add(new EventRule(id, indicator, dataset, r.path("description").asText(""), strings(r, "eventTypes", where),
            strings(r, "subTypes", where), prefixes, quads, bool(r, "rootEventsOnly", where, false),
            r.has("crossBorder") ? bool(r, "crossBorder", where, false) : null, text(r, "actor1"), text(r, "actor2"),
            pattern));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage());
      }
    }
    if (rules.isEmpty()) {
      throw new IllegalArgumentException(name + ": no rules");
    }
    return new EventRules(name, rules);
  }

  private static List<String> strings(JsonNode r, String field, String where) {
    if (!r.has(field)) {
      return List.of();
    }
    JsonNode n = r.get(field);
    if (!n.isArray() || n.isEmpty()) {
      throw new IllegalArgumentException(where + field + " must be a non-empty array");
    }
    List<String> out = new ArrayList<>();
    n.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static boolean bool(JsonNode r, String field, String where, boolean dflt) {
    if (!r.has(field)) {
      return dflt;
    }
    if (!r.get(field).isBoolean()) {
      throw new IllegalArgumentException(where + field + " must be true or false");
    }
    return r.get(field).asBoolean();
  }

  private static String text(JsonNode r, String field) {
    return r.has(field) ? r.get(field).asText() : null;
  }

  /** Where the rules were read from. */
  public String name() {
    return name;
  }

  public List<EventRule> rules() {
    return rules;
  }

  /** The rules {@code e} matches, at most one per indicator (the first in file order). */
  public List<EventRule> classify(Event e, Dyad dyad) {
    List<EventRule> out = new ArrayList<>(2);
    Set<String> indicators = new LinkedHashSet<>();
    for (EventRule r : rules) {
      if (r.matches(e, dyad) && indicators.add(r.indicator())) {
        out.add(r);
      }
    }
    return out;
  }
}
