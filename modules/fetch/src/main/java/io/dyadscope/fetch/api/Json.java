package io.dyadscope.fetch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reading JSON answers: a body that is not JSON is a {@link BadResponseException} naming the query and place. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static JsonNode parse(Query q, byte[] body) throws BadResponseException {
    try {
      JsonNode n = MAPPER.readTree(body);
      if (n == null || n.isMissingNode()) {
        throw new BadResponseException(q, "empty answer, expected JSON");
      }
      return n;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      throw new BadResponseException(q, "malformed JSON" + where + ": " + e.getOriginalMessage()
          + " (" + Text.start(body) + ")");
    } catch (IOException e) {
      throw new BadResponseException(q, "unreadable answer: " + e.getMessage());
    }
  }

  /** An answer that must be a JSON object; {@code holding} says what it should hold, for the error. */
  static JsonNode object(Query q, byte[] body, String holding) throws BadResponseException {
    JsonNode root = parse(q, body);
    if (!root.isObject()) {
      throw new BadResponseException(q, "expected a JSON object with " + holding + " (" + Text.start(body) + ")");
    }
    return root;
  }

  /** The field {@code name} of {@code n}, which must be there. */
  static JsonNode required(Query q, JsonNode n, String name) throws BadResponseException {
    JsonNode v = n.get(name);
    if (v == null) {
      throw new BadResponseException(q, "no '" + name + "' field where the API documents one (" + Text.start(
          n.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ")");
    }
    return v;
  }

  /** An array field that must be there, as a list. */
  static List<JsonNode> array(Query q, JsonNode n, String name) throws BadResponseException {
    JsonNode v = required(q, n, name);
    if (!v.isArray()) {
      throw new BadResponseException(q, "'" + name + "' is not a list");
    }
    List<JsonNode> out = new ArrayList<>();
    v.forEach(out::add);
    return out;
  }

  /** A node that may be one object or a list of them (SDMX-JSON writes a single series without a list). */
  static List<JsonNode> oneOrMany(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n == null || n.isNull() || n.isMissingNode()) {
      return out;
    }
    if (n.isArray()) {
      n.forEach(out::add);
    } else {
      out.add(n);
    }
    return out;
  }

  /** The text of a scalar field, empty when absent or null. */
  static String text(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v == null || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
  }

  /** The field names of the records, in order of first appearance. */
  static List<String> columns(List<JsonNode> records) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode r : records) {
      r.fieldNames().forEachRemaining(names::add);
    }
    return new ArrayList<>(names);
  }

  /** An integer field that must be there. */
  static int integer(Query q, JsonNode n, String name) throws BadResponseException {
    JsonNode v = required(q, n, name);
    if (v.canConvertToInt() && (v.isNumber() || v.asText().matches("-?\\d+"))) {
      return v.isNumber() ? v.asInt() : Integer.parseInt(v.asText());
    }
    throw new BadResponseException(q, "'" + name + "' is not a whole number: " + v);
  }
}
