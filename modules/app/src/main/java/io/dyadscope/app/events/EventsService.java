package io.dyadscope.app.events;

import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.PictureQuery;
import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.rules.EventRules;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.imports.ImportException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The event use cases over a workspace, each opening it for its own work: importing event files
 * (alone), the dyad's event picture (read-only) and the security indicators derived from events.
 */
public final class EventsService {

  private final WorkspaceAccess access;

  public EventsService(WorkspaceAccess access) {
    this.access = access;
  }

  /** Imports event files as {@code request} says, telling {@code progress} how far it got. */
  public EventImportService.Report importFiles(EventImportService.Request request, EventReader.Progress progress)
      throws ImportException {
    return access.write(ws -> {
      try {
        return new EventImportService(ws).run(request, progress);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The dyad's event picture. */
  public EventPicture picture(PictureQuery query) {
    return access.read(ws -> new EventPictureService(ws).picture(query));
  }

  /** Monthly distributions for the next months, every model's rolling-origin record, and kept forecasts scored. */
  public MonthlyForecastService.View monthly(MonthlyForecastService.Request request) {
    return new MonthlyForecastService(access, java.time.Clock.systemUTC()).forecast(request);
  }

  /** How many events the workspace holds. */
  public long eventCount() {
    return access.read(ws -> new EventPictureService(ws).eventCount());
  }

  /** Derives the yearly security indicators from the dyad's events by {@code rules} and stores them. */
  public SecurityIndicatorService.Report derive(Dyad dyad, EventRules rules) {
    return access.write(ws -> new SecurityIndicatorService(ws).derive(dyad, rules));
  }
}
