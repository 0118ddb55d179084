package io.dyadscope.events;

import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.read.ReadSummary;
import io.dyadscope.evidence.Dyad;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The synthetic fixtures beside the tests (see their README) and a reader that collects events. */
public final class Fixtures {

  public static final Dyad PAK_AFG = Dyad.parse("PAK-AFG");

  private Fixtures() {}

  public static Path file(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/io/dyadscope/events/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("fixture missing: " + name, e);
    }
  }

  /** Events read (strictly, dyad selection) and the summary. */
  public record Read(List<Event> events, ReadSummary summary) {
    /** Events per {@code YYYY-MM}. */
    public Map<String, Long> perMonth() {
      Map<String, Long> m = new TreeMap<>();
      events.forEach(e -> m.merge(e.date().toString().substring(0, 7), 1L, Long::sum));
      return m;
    }

    public Event byId(String id) {
      return events.stream().filter(e -> e.eventId().equals(id)).findFirst().orElseThrow();
    }
  }

  public static Read read(EventFormat format, boolean allRows, Path... paths) throws Exception {
    List<Event> out = new ArrayList<>();
    ReadSummary s = new EventReader().read(List.of(paths),
        new EventReader.Options(format, false, new DyadSelection(PAK_AFG, allRows)), out::add, null, null);
    return new Read(out, s);
  }
}
