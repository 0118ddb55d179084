package io.dyadscope.audit.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;

/**
 * The prose of a JSON document (a report exported as data, such as Dyadscope's own dossier.json):
 * every string value on a line of its own, in document order. Numbers, booleans and keys are data,
 * not claims, so they are left out; the sentences that state figures are strings and are checked.
 */
final class JsonText {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonText() {}

  static String toText(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    StringBuilder b = new StringBuilder();
    collect(root, b);
    return b.toString();
  }

  private static void collect(JsonNode n, StringBuilder b) {
    if (n == null) {
      return;
    }
    if (n.isTextual()) {
      String t = n.asText().strip();
      if (!t.isEmpty()) {
        // Paragraph breaks keep one value's sentences from running into the next's.
        b.append(t.replace('\n', ' ')).append("\n\n");
      }
    } else if (n.isContainerNode()) {
      for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
        collect(it.next(), b);
      }
    }
  }
}
