package io.dyadscope.corpus.codebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dyadscope.corpus.CorpusException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A codebook as JSON: {@code {"name": ..., "codes": [{"id", "name", "kind", "parent", "color",
 * "definition", "inclusion", "exclusion", "rules": [...], "guid"}]}}. Dyadscope's default is
 * {@value #DEFAULT_RESOURCE}; the REFI-QDA form is {@link io.dyadscope.corpus.qda.QdcCodebook}.
 */
public final class CodebookJson {

  /** Classpath resource of the default codebook: seven themes, three lenses. */
  public static final String DEFAULT_RESOURCE = "/io/dyadscope/corpus/codebook.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CodebookJson() {}

  /** The codebook shipped with Dyadscope. */
  public static Codebook standard() {
    try (InputStream in = CodebookJson.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("default codebook " + DEFAULT_RESOURCE + " is missing from the classpath");
      }
      return read(in.readAllBytes(), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a codebook file. @throws CorpusException naming the file and the bad entry */
  public static Codebook read(Path file) {
    try {
      return read(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new CorpusException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  static Codebook read(byte[] bytes, String where) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new CorpusException(where + ": not JSON: " + e.getMessage().split("\n")[0], e);
    }
    if (root == null || !root.path("codes").isArray()) {
      throw new CorpusException(where + ": expected an object with a \"codes\" array");
    }
    List<Code> codes = new ArrayList<>();
    int i = 0;
    for (JsonNode n : root.path("codes")) {
      String at = where + ": codes[" + i++ + "]" + (n.hasNonNull("id") ? " (" + n.get("id").asText() + ")" : "");
      try {
        List<String> rules = new ArrayList<>();
        JsonNode r = n.path("rules");
        if (!r.isMissingNode() && !r.isArray()) {
          throw new IllegalArgumentException("\"rules\" must be an array of Lucene queries");
        }
        r.forEach(q -> rules.add(q.asText()));
        String kind = text(n, "kind");
        codes.add(new Code(text(n, "id"), text(n, "name"), kind.isEmpty() ? CodeKind.other : kind(kind),
            text(n, "parent"), text(n, "color"), text(n, "definition"), text(n, "inclusion"), text(n, "exclusion"),
            rules, text(n, "guid")));
      } catch (IllegalArgumentException e) {
        throw new CorpusException(at + ": " + e.getMessage(), e);
      }
    }
    try {
      return new Codebook(root.path("name").asText(""), codes);
    } catch (CorpusException e) {
      throw new CorpusException(where + ": " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static CodeKind kind(String word) {
    for (CodeKind k : CodeKind.values()) {
      if (k.name().equals(word)) {
        return k;
      }
    }
    throw new IllegalArgumentException("kind '" + word + "' is not one of theme, lens, other");
  }

  /** The codebook as JSON text, in the form {@link #read(Path)} reads. */
  public static String write(Codebook book) {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", book.name());
    ArrayNode codes = root.putArray("codes");
    for (Code c : book.codes()) {
      ObjectNode n = codes.addObject();
      n.put("id", c.id());
      n.put("name", c.name());
      n.put("kind", c.kind().name());
      if (!c.parent().isEmpty()) {
        n.put("parent", c.parent());
      }
      if (!c.color().isEmpty()) {
        n.put("color", c.color());
      }
      n.put("definition", c.definition());
      n.put("inclusion", c.inclusion());
      n.put("exclusion", c.exclusion());
      ArrayNode rules = n.putArray("rules");
      c.rules().forEach(rules::add);
      n.put("guid", c.guid());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
