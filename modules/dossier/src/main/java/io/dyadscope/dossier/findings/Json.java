package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.Resources;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Small helpers for reading the JSON definition files (themes, rules, recommendations, tables,
 * charts) with error messages that name the missing or bad field.
 */
public final class Json {

  /** The mapper every definition file is read with; comments are allowed in user files. */
  public static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.ALLOW_COMMENTS);

  private Json() {}

  /** A reader function that may fail with an {@link IOException}. */
  @FunctionalInterface
  public interface ReaderFunction<T> {
    T read(Reader reader) throws IOException;
  }

  /** Loads a resource beside {@code owner} with {@code parser}. */
  public static <T> T loadResource(Class<?> owner, String name, ReaderFunction<T> parser) {
    return Resources.read(owner, name, parser::read);
  }

  /** The shipped definitions {@code name} beside {@code owner}, read with {@code parser} when first asked for. */
  public static <T> Supplier<T> standard(Class<?> owner, String name, ReaderFunction<T> parser) {
    return Resources.onFirstUse(owner, name, parser::read);
  }

  /**
   * The entries of a definition file {@code {"field": [entry, ...]}}, each made by {@code entry};
   * {@code what} names the file in errors.
   */
  public static <T> List<T> entries(Reader reader, String field, String what, Function<JsonNode, T> entry)
      throws IOException {
    List<T> list = new ArrayList<>();
    for (JsonNode n : array(parse(reader, what), field, what)) {
      list.add(entry.apply(n));
    }
    return list;
  }

  /**
   * As {@link #entries(Reader, String, String, Function)}, with a bad entry's error led by its place
   * and id: {@code "recommendation 2 (rec.trade): missing text field 'text' in ..."}.
   */
  public static <T> List<T> entries(Reader reader, String field, String what, String entryName,
      Function<JsonNode, T> entry) throws IOException {
    List<T> list = new ArrayList<>();
    List<JsonNode> nodes = array(parse(reader, what), field, what);
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode n = nodes.get(i);
      try {
        list.add(entry.apply(n));
      } catch (IllegalArgumentException e) {
        String where = entryName + " " + (i + 1) + " (" + n.path("id").asText("without id") + ")";
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return list;
  }

  /** Parses a whole document, naming {@code what} when it is not JSON. */
  public static JsonNode parse(Reader reader, String what) throws IOException {
    try {
      JsonNode n = MAPPER.readTree(reader);
      if (n == null || n.isMissingNode()) {
        throw new IllegalArgumentException(what + " is empty");
      }
      return n;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The array field {@code field}, required. */
  public static List<JsonNode> array(JsonNode node, String field, String what) {
    JsonNode a = node.get(field);
    if (a == null || !a.isArray()) {
      throw new IllegalArgumentException(what + " needs an array '" + field + "'");
    }
    List<JsonNode> list = new ArrayList<>();
    a.forEach(list::add);
    return list;
  }

  /** The array field {@code field}, or an empty list when absent. */
  public static List<JsonNode> optionalArray(JsonNode node, String field) {
    JsonNode a = node.get(field);
    if (a == null || a.isNull()) {
      return List.of();
    }
    if (!a.isArray()) {
      throw new IllegalArgumentException("'" + field + "' must be an array in " + node);
    }
    List<JsonNode> list = new ArrayList<>();
    a.forEach(list::add);
    return list;
  }

  /** The text field {@code field}, required. */
  public static String text(JsonNode node, String field) {
    JsonNode t = node.get(field);
    if (t == null || !t.isTextual() || t.asText().isBlank()) {
      throw new IllegalArgumentException("missing text field '" + field + "' in " + node);
    }
    return t.asText().strip();
  }

  /** The text field {@code field}, or {@code fallback} when absent. */
  public static String optionalText(JsonNode node, String field, String fallback) {
    JsonNode t = node.get(field);
    if (t == null || t.isNull()) {
      return fallback;
    }
    if (!t.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be text in " + node);
    }
    return t.asText().strip();
  }

  /** A list of texts: an array of strings, a single string, or empty when absent. */
  public static List<String> texts(JsonNode node, String field) {
    JsonNode t = node.get(field);
    if (t == null || t.isNull()) {
      return List.of();
    }
    if (t.isTextual()) {
      return List.of(t.asText().strip());
    }
    if (!t.isArray()) {
      throw new IllegalArgumentException("field '" + field + "' must be text or an array of texts in " + node);
    }
    List<String> list = new ArrayList<>();
    for (JsonNode e : t) {
      if (!e.isTextual()) {
        throw new IllegalArgumentException("field '" + field + "' holds a non-text entry " + e + " in " + node);
      }
      list.add(e.asText().strip());
    }
    return list;
  }

  /** The number field {@code field}, required. */
  public static double number(JsonNode node, String field) {
    JsonNode t = node.get(field);
    if (t == null || !t.isNumber()) {
      throw new IllegalArgumentException("missing number field '" + field + "' in " + node);
    }
    return t.asDouble();
  }

  /** Checks that an id is a short lower-case key. */
  public static String requireId(String id, String what) {
    if (id == null || !id.strip().matches("[a-z0-9][a-z0-9._-]*")) {
      throw new IllegalArgumentException(what + " must be lower-case letters, digits, '.', '_' or '-': '" + id + "'");
    }
    return id.strip();
  }

  /** Checks that a text is present. */
  public static String requireText(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    return text.strip();
  }

  /** Checks that no two entries share an id: {@code "chart listed twice: trade"}. */
  public static <T> void requireUniqueIds(List<T> entries, Function<T, String> id, String what) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (T e : entries) {
      if (!seen.add(id.apply(e))) {
        throw new IllegalArgumentException(what + " listed twice: " + id.apply(e));
      }
    }
  }
}
