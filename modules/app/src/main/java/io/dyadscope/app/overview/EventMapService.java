package io.dyadscope.app.overview;

import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.app.events.EventPictureService;
import io.dyadscope.app.overview.EventMap.Division;
import io.dyadscope.app.overview.EventMap.Unplaced;
import io.dyadscope.events.Dataset;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.PictureQuery;
import io.dyadscope.events.picture.Ranked;
import io.dyadscope.events.rules.DerivedIndicators;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Resources;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.Subdivisions;
import io.dyadscope.evidence.Subdivisions.Subdivision;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The dyad's events by first-level division: each place the event store names (a division's name
 * as ACLED or UCDP write it) is joined to an ISO 3166-2 code through the subdivision gazetteer,
 * after dropping a trailing kind word ({@code Balochistan province}); names the gazetteer does not
 * hold, including former divisions such as FATA (counted in the division that absorbed it), come
 * from {@code division-names.csv}. Places that still do not resolve are listed, never guessed.
 */
public final class EventMapService {

  /** The most places a picture lists per dataset: enough for every division of two countries. */
  static final int ALL_PLACES = 100_000;

  private final WorkspaceAccess access;

  public EventMapService(WorkspaceAccess access) {
    this.access = access;
  }

  /** Names that the gazetteer lacks: {@code name -> code}, and the note to show where one is used. */
  record Extra(String code, String note) {}

  private static final class Names {
    static final Map<String, Extra> INSTANCE = Resources.read(EventMapService.class, "division-names.csv",
        EventMapService::readNames);
  }

  static Map<String, Extra> readNames(Reader in) throws IOException {
    Map<String, Extra> out = new TreeMap<>();
    try (CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setTrim(true).build())) {
      for (CSVRecord r : p) {
        String code = r.get("code");
        if (Subdivisions.standard().byCode(code).isEmpty()) {
          throw new IllegalStateException("division-names.csv:" + (r.getRecordNumber() + 1) + ": code: '" + code
              + "' is not in the subdivision gazetteer");
        }
        out.put(fold(r.get("name")), new Extra(code, r.get("note")));
      }
    }
    return out;
  }

  public EventMap map(Dyad dyad, Period fromOrNull, Period toOrNull) {
    EventPicture p = access.read(ws -> new EventPictureService(ws).picture(new PictureQuery(dyad, true, fromOrNull,
        toOrNull, List.of(), ALL_PLACES)));
    Map<String, long[]> counts = new TreeMap<>();   // code -> events, fatalities, has fatalities
    List<Unplaced> unplaced = new ArrayList<>();
    LinkedHashSet<String> notes = new LinkedHashSet<>();
    for (Ranked r : p.places()) {
      String place = r.name().substring(r.name().indexOf(": ") + 2);
      Optional<String> code = resolve(r.country(), place, notes);
      if (code.isEmpty()) {
        unplaced.add(new Unplaced(r.dataset(), r.country(), place, r.events()));
        continue;
      }
      long[] c = counts.computeIfAbsent(code.get(), k -> new long[3]);
      c[0] += r.events();
      if (r.fatalities() != null) {
        c[1] += r.fatalities();
        c[2] = 1;
      }
    }
    List<Division> divisions = new ArrayList<>();
    counts.forEach((code, c) -> divisions.add(new Division(code, Subdivisions.standard().byCode(code)
        .map(Subdivision::name).orElse(code), c[0], c[2] == 1 ? c[1] : null)));
    List<DyadOverview.SourceRef> sources = p.datasets().stream().map(c -> {
      Source s = DerivedIndicators.source(Dataset.parse(c.dataset()));
      return new DyadOverview.SourceRef(s.id(), s.citation(), s.shortCitation(), s.url());
    }).toList();
    return new EventMap(dyad.id(), fromOrNull == null ? null : fromOrNull.toString(),
        toOrNull == null ? null : toOrNull.toString(), divisions, unplaced, List.copyOf(notes), sources);
  }

  /** The ISO 3166-2 code of a place named in country {@code iso3}, if a list knows it. */
  static Optional<String> resolve(String iso3, String place, java.util.Collection<String> notes) {
    String iso2 = Gazetteer.standard().byIso3(iso3).map(io.dyadscope.evidence.Country::iso2).orElse("");
    for (String name : List.of(place, place.replaceFirst("(?i)\\s+(province|region|state|territory|division)$", ""))) {
      if (Subdivisions.standard().byCode(name).filter(s -> s.iso2().equals(iso2)).isPresent()) {
        return Optional.of(name);
      }
      List<String> found = Subdivisions.standard().named(name).stream().filter(s -> s.iso2().equals(iso2))
          .map(Subdivision::code).distinct().toList();
      if (found.size() == 1) {
        return Optional.of(found.get(0));
      }
      Extra e = Names.INSTANCE.get(fold(name));
      if (e != null && e.code().startsWith(iso2 + "-")) {
        if (!e.note().isEmpty()) {
          notes.add(place + ": " + e.note());
        }
        return Optional.of(e.code());
      }
    }
    return Optional.empty();
  }

  private static String fold(String name) {
    return name.strip().replaceAll("[\\s-]+", " ").toLowerCase(Locale.ROOT);
  }
}
