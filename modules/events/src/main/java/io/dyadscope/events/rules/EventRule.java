package io.dyadscope.events.rules;

import io.dyadscope.events.Dataset;
import io.dyadscope.events.Event;
import io.dyadscope.evidence.Dyad;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One classification rule: the events of one dataset that count towards one indicator. Every
 * criterion given must hold (lists hold when any entry matches); criteria left out do not restrict.
 *
 * @param id             unique rule id, cited in the derived observations' note
 * @param indicator      catalogue id of the indicator the events count towards
 * @param dataset        the dataset whose events the rule reads
 * @param description    what the rule means, in words
 * @param eventTypes     event types (ACLED event_type, UCDP state-based/non-state/one-sided), exact
 * @param subTypes       ACLED sub_event_type, exact
 * @param cameoPrefixes  GDELT EventCode prefixes, e.g. {@code 19} for all FIGHT codes
 * @param quadClasses    GDELT QuadClass values
 * @param rootEventsOnly GDELT: only IsRootEvent=1 rows
 * @param crossBorder    true: only cross-border events; false: only others; null: either
 * @param actor1         {@code dyad}: actor 1 a state of the dyad; {@code none}: actor 1 without a country;
 *                       null: any
 * @param actor2         the same for actor 2
 * @param actorPattern   regular expression one of the actor names must contain, or null
 */
public record EventRule(String id, String indicator, Dataset dataset, String description, List<String> eventTypes,
    List<String> subTypes, List<String> cameoPrefixes, List<Integer> quadClasses, boolean rootEventsOnly,
    Boolean crossBorder, String actor1, String actor2, Pattern actorPattern) {

  public EventRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(dataset, "dataset");
    description = description == null ? "" : description;
    eventTypes = List.copyOf(eventTypes);
    subTypes = List.copyOf(subTypes);
    cameoPrefixes = List.copyOf(cameoPrefixes);
    quadClasses = List.copyOf(quadClasses);
    if (actor1 != null && !actor1.equals("dyad") && !actor1.equals("none")) {
      throw new IllegalArgumentException("actor1 must be 'dyad' or 'none': '" + actor1 + "'");
    }
    if (actor2 != null && !actor2.equals("dyad") && !actor2.equals("none")) {
      throw new IllegalArgumentException("actor2 must be 'dyad' or 'none': '" + actor2 + "'");
    }
  }

  /** True when {@code e} counts towards {@link #indicator()} for {@code dyad}. */
  public boolean matches(Event e, Dyad dyad) {
    if (e.dataset() != dataset) {
      return false;
    }
    if (!eventTypes.isEmpty() && !eventTypes.contains(e.eventType())) {
      return false;
    }
    if (!subTypes.isEmpty() && !subTypes.contains(e.subType())) {
      return false;
    }
    if (!cameoPrefixes.isEmpty() && cameoPrefixes.stream().noneMatch(p -> e.eventType().startsWith(p))) {
      return false;
    }
    if (!quadClasses.isEmpty() && !quadClasses.contains(e.quadClass())) {
      return false;
    }
    if (rootEventsOnly && !e.rootEvent()) {
      return false;
    }
    if (crossBorder != null && crossBorder != e.crossBorder(dyad.first(), dyad.second())) {
      return false;
    }
    if (!actor(actor1, e.actor1Iso(), dyad) || !actor(actor2, e.actor2Iso(), dyad)) {
      return false;
    }
    return actorPattern == null || actorPattern.matcher(e.actor1()).find() || actorPattern.matcher(e.actor2()).find();
  }

  private static boolean actor(String want, String iso, Dyad dyad) {
    if (want == null) {
      return true;
    }
    return want.equals("none") ? iso.isEmpty() : dyad.contains(iso);
  }

  /** The rule as cited in an observation's note. */
  public String citation() {
    return "rule " + id + (description.isEmpty() ? "" : ": " + description);
  }
}
