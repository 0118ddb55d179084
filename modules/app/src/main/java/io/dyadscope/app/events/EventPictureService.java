package io.dyadscope.app.events;

import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.events.EventQueries;
import io.dyadscope.store.events.EventStore;
import io.dyadscope.events.picture.PictureQuery;

/** {@code events} and {@code events actors}: the dyad event picture from the store. */
public final class EventPictureService {

  private final Workspace workspace;

  public EventPictureService(Workspace workspace) {
    this.workspace = workspace;
  }

  public EventPicture picture(PictureQuery q) {
    return new EventQueries(workspace).picture(q);
  }

  public long eventCount() {
    return new EventStore(workspace).count();
  }
}
