package io.dyadscope.corpus.codebook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One code of a codebook.
 *
 * @param id         stable short name used in commands and the store, e.g. {@code theme.security}
 * @param name       the label shown to people (any script)
 * @param parent     id of the parent code, or empty for a top-level code
 * @param color      {@code #rrggbb}, or empty
 * @param definition what the code means
 * @param inclusion  when to apply it
 * @param exclusion  when not to
 * @param rules      auto-coding rules, each a Lucene query; a segment matching any of them gets the code
 * @param guid       the code's REFI-QDA GUID: kept from an imported project, else derived from the id
 */
public record Code(String id, String name, CodeKind kind, String parent, String color, String definition,
    String inclusion, String exclusion, List<String> rules, String guid) {

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");
  private static final Pattern COLOR = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

  public Code {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("code id '" + id
          + "' must be letters, digits, '.', '_' or '-' starting with a letter or digit");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("code " + id + " has no name");
    }
    kind = kind == null ? CodeKind.other : kind;
    parent = parent == null ? "" : parent.strip();
    color = color == null ? "" : color.strip();
    if (!color.isEmpty() && !COLOR.matcher(color).matches()) {
      throw new IllegalArgumentException("code " + id + ": colour '" + color + "' is not #rrggbb");
    }
    definition = definition == null ? "" : definition.strip();
    inclusion = inclusion == null ? "" : inclusion.strip();
    exclusion = exclusion == null ? "" : exclusion.strip();
    rules = rules == null ? List.of() : List.copyOf(rules);
    guid = guid == null || guid.isBlank() ? guidFor(id) : guid.strip();
  }

  /** The GUID a code of this id gets when none was given: the same id always gets the same GUID. */
  public static String guidFor(String id) {
    return UUID.nameUUIDFromBytes(("dyadscope-code:" + id).getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The definition with inclusion and exclusion notes, as one description text. */
  public String description() {
    StringBuilder sb = new StringBuilder(definition);
    if (!inclusion.isEmpty()) {
      sb.append(sb.length() > 0 ? "\n" : "").append("Include: ").append(inclusion);
    }
    if (!exclusion.isEmpty()) {
      sb.append(sb.length() > 0 ? "\n" : "").append("Exclude: ").append(exclusion);
    }
    return sb.toString();
  }
}
