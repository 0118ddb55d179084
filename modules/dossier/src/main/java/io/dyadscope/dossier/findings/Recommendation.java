package io.dyadscope.dossier.findings;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A recommendation as evaluated against the findings: supported, not supported or undecided, the
 * numbers that decided it, and the findings behind it.
 *
 * @param id        the rule id
 * @param theme     id of the theme it answers
 * @param text      the recommendation with names filled in
 * @param status    what the evidence says of it
 * @param evidence  the evidence that would support it
 * @param refutedBy what would refute it
 * @param why       the checks that decided it, with their numbers
 * @param trail     the findings it rests on that were made, in order (conditions first, then the rest)
 * @param missing   ids of findings it names that were not made
 * @param sourceIds the sources of the findings its conditions tested, without repeats
 */
public record Recommendation(String id, String theme, String text, Status status, String evidence,
    String refutedBy, String why, List<Finding> trail, List<String> missing, List<String> sourceIds) {

  /** What the evidence says of a recommendation. */
  public enum Status {
    SUPPORTED, NOT_SUPPORTED, UNDECIDED;

    /** The status in words, as printed: {@code not supported}. */
    public String words() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  public Recommendation {
    id = Json.requireText(id, "recommendation id");
    text = Json.requireText(text, "text of recommendation " + id);
    Objects.requireNonNull(status, "status of recommendation " + id);
    why = Json.requireText(why, "reason of recommendation " + id);
    trail = List.copyOf(trail);
    missing = List.copyOf(missing);
    sourceIds = List.copyOf(sourceIds);
  }

  /** True when the evidence supports it. */
  public boolean triggered() {
    return status == Status.SUPPORTED;
  }
}
