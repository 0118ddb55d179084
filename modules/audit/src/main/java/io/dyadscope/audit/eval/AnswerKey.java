package io.dyadscope.audit.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The answer key of an annotated report: its dyad, the defects planted in it (each with the file
 * lines where a finding counts) and the clean lines that must carry no error or warning.
 *
 * <pre>
 * {"file": "report.html", "dyad": "EGY-SDN",
 *  "defects": [{"id": "D1", "check": "contradiction", "lines": [[12, 12], [40, 42]], "what": "..."}],
 *  "clean": [{"line": 13, "why": "..."}]}
 * </pre>
 *
 * @param file    the report's file name, beside the key
 * @param dyad    ISO 3166-1 alpha-3 codes joined by a hyphen, in title order
 * @param defects the planted defects
 * @param clean   the clean-trap lines (1-based lines of the file)
 */
public record AnswerKey(String file, String dyad, List<Defect> defects, List<Clean> clean) {

  /** The checks a defect can be planted for. */
  public static final Set<String> CHECKS = Set.of("contradiction", "table-arithmetic", "change-statement",
      "trend-claim", "scope", "text-defect", "strength");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public AnswerKey {
    defects = List.copyOf(defects);
    clean = List.copyOf(clean);
  }

  /**
   * A planted defect.
   *
   * @param id     e.g. {@code D3}
   * @param check  one of {@link #CHECKS}
   * @param ranges inclusive 1-based line ranges of the file, {@code [from, to]} each
   * @param what   what is wrong and what is right
   */
  public record Defect(String id, String check, List<int[]> ranges, String what) {
    public Defect {
      ranges = List.copyOf(ranges);
    }

    /** True when file line {@code line} is in one of the ranges. */
    public boolean covers(int line) {
      for (int[] r : ranges) {
        if (line >= r[0] && line <= r[1]) {
          return true;
        }
      }
      return false;
    }

    /** "12, 40-42". */
    public String where() {
      List<String> parts = new ArrayList<>();
      for (int[] r : ranges) {
        parts.add(r[0] == r[1] ? String.valueOf(r[0]) : r[0] + "-" + r[1]);
      }
      return String.join(", ", parts);
    }
  }

  /** A line that must stay clean, and the trap it sets. */
  public record Clean(int line, String why) {}

  /**
   * Reads a key.
   *
   * @param json   the key's text
   * @param source the key's name, for errors
   * @throws IllegalArgumentException naming {@code source} and the field when the key is malformed
   */
  public static AnswerKey parse(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + ": not valid JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + ": a key is a JSON object");
    }
    String file = text(root, "file", source);
    String dyad = text(root, "dyad", source).toUpperCase(Locale.ROOT);
    if (!dyad.matches("[A-Z]{3}-[A-Z]{3}")) {
      throw new IllegalArgumentException(source + ": field 'dyad' must be AAA-BBB: " + dyad);
    }
    List<Defect> defects = new ArrayList<>();
    JsonNode ds = array(root, "defects", source);
    for (int i = 0; i < ds.size(); i++) {
      JsonNode d = ds.get(i);
      String where = "defects[" + i + "]";
      String check = text(d, "check", source + " " + where);
      if (!CHECKS.contains(check)) {
        throw new IllegalArgumentException(source + " " + where + ": field 'check' is '" + check
            + "', expected one of " + CHECKS.stream().sorted().toList());
      }
      List<int[]> ranges = new ArrayList<>();
      JsonNode ls = array(d, "lines", source + " " + where);
      for (JsonNode r : ls) {
        if (!r.isArray() || r.size() != 2 || !r.get(0).canConvertToInt() || !r.get(1).canConvertToInt()
            || r.get(0).asInt() < 1 || r.get(1).asInt() < r.get(0).asInt()) {
          throw new IllegalArgumentException(source + " " + where + ": field 'lines' holds " + r
              + ", expected [from, to] with 1 <= from <= to");
        }
        ranges.add(new int[] {r.get(0).asInt(), r.get(1).asInt()});
      }
      defects.add(new Defect(d.path("id").asText("D" + (i + 1)), check, ranges, d.path("what").asText("")));
    }
    List<Clean> clean = new ArrayList<>();
    JsonNode cs = array(root, "clean", source);
    for (int i = 0; i < cs.size(); i++) {
      JsonNode c = cs.get(i);
      if (!c.path("line").canConvertToInt() || c.path("line").asInt() < 1) {
        throw new IllegalArgumentException(source + " clean[" + i + "]: field 'line' must be a line number >= 1");
      }
      clean.add(new Clean(c.get("line").asInt(), c.path("why").asText("")));
    }
    return new AnswerKey(file, dyad, defects, clean);
  }

  private static String text(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": field '" + field + "' is missing or empty");
    }
    return v.asText().strip();
  }

  private static JsonNode array(JsonNode n, String field, String where) {
    JsonNode v = n.get(field);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException(where + ": field '" + field + "' must be an array");
    }
    return v;
  }
}
