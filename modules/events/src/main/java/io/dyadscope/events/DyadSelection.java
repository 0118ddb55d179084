package io.dyadscope.events;

import io.dyadscope.evidence.Dyad;
import java.util.Objects;

/**
 * Which events an import keeps for a dyad: by default those whose actors or place touch either
 * country (see {@link Event#touches}); with {@code allRows} every row read.
 */
public record DyadSelection(Dyad dyad, boolean allRows) {

  public DyadSelection {
    Objects.requireNonNull(dyad, "dyad");
  }

  public boolean keeps(Event e) {
    return allRows || e.touches(dyad.first(), dyad.second());
  }
}
