package io.dyadscope.store.events;

import java.util.List;

/**
 * What merging a read into the workspace's events did.
 *
 * @param importId  id of the row in {@code event_imports}
 * @param staged    events handed to the merge (after the dyad selection; an id repeated in the input counts once)
 * @param added     events that were new
 * @param replaced  events already held whose fields changed (a newer export revising them)
 * @param unchanged events already held as given
 * @param changes   the replaced events, at most {@value EventStore#CHANGES_LISTED}, ordered by dataset and id
 */
public record EventImport(long importId, long staged, long added, long replaced, long unchanged,
    List<EventChange> changes) {

  public EventImport {
    changes = List.copyOf(changes);
  }

  /** One replaced event: what it said before and now. */
  public record EventChange(String dataset, String eventId, String before, String after) {
    @Override
    public String toString() {
      return dataset + " " + eventId + ": " + before + " -> " + after;
    }
  }
}
