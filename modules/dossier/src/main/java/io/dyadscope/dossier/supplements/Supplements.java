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
 * @param grounded  the grounded qualitative section, or empty to leave it out
 * @param forecasts the monthly forecasts section (built from events, printed like the event picture), or empty
 */
public record Supplements(Optional<EventPart> events, List<GridTable> official, Optional<GroundedPart> grounded,
    Optional<EventPart> forecasts) {

  public static final Supplements NONE = new Supplements(Optional.empty(), List.of(), Optional.empty());

  public Supplements {
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(grounded, "grounded");
    Objects.requireNonNull(forecasts, "forecasts");
    official = List.copyOf(official);
  }

  /** Without the monthly forecasts section. */
  public Supplements(Optional<EventPart> events, List<GridTable> official, Optional<GroundedPart> grounded) {
    this(events, official, grounded, Optional.empty());
  }

  /** These supplements with the monthly forecasts section {@code part}. */
  public Supplements withForecasts(EventPart part) {
    return new Supplements(events, official, grounded, Optional.of(part));
  }

  /** Official tables placed under the results theme {@code themeId}. */
  public List<GridTable> officialFor(String themeId) {
    return official.stream().filter(t -> t.theme().equals(themeId)).toList();
  }
}
