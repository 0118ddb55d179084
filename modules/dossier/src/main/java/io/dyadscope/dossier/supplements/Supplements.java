package io.dyadscope.dossier.supplements;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dossier shows beyond the study's own observations, each part built by the application
 * from the workspace: the event picture, the official-statistics tables and the qualitative
 * section grounded in the corpus. {@link #NONE} leaves the dossier as the observations alone make it.
 *
 * @param events   the event picture section, or empty to leave the section out
 * @param official official-statistics tables; those with a theme sit under it in the results
 * @param grounded the grounded qualitative section, or empty to leave it out
 */
public record Supplements(Optional<EventPart> events, List<GridTable> official, Optional<GroundedPart> grounded) {

  public static final Supplements NONE = new Supplements(Optional.empty(), List.of(), Optional.empty());

  public Supplements {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(grounded, "grounded");
    official = List.copyOf(official);
  }

  /** Official tables placed under the results theme {@code themeId}. */
  public List<GridTable> officialFor(String themeId) {
    return official.stream().filter(t -> t.theme().equals(themeId)).toList();
  }
}
