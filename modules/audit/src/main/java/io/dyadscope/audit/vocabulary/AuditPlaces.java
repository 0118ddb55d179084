package io.dyadscope.audit.vocabulary;

import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Gazetteer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer the audit reads places with: the shipped one plus {@code places.csv}, the entities
 * analysts write about that ISO 3166-1 lacks or codes oddly (Kosovo, Northern Cyprus, Somaliland)
 * and more names for some it has (Palestine, Western Sahara, Taiwan).
 */
public final class AuditPlaces {

  private static final class Holder {
    static final Gazetteer STANDARD = extend(Gazetteer.standard(), DataFile.resource("places.csv", "iso3", "iso2",
        "name", "aliases"));
  }

  private AuditPlaces() {}

  /** The shipped gazetteer with the audit's additions. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  static Gazetteer extend(Gazetteer base, List<DataFile.Row> rows) {
    Map<String, Country> all = new LinkedHashMap<>();
    for (Country c : base.all()) {
      all.put(c.iso3(), c);
    }
    for (DataFile.Row r : rows) {
      List<String> aliases = r.field(3).isBlank() ? List.of()
          : Arrays.stream(r.field(3).split(";")).map(String::strip).filter(a -> !a.isEmpty()).toList();
      Country had = all.get(r.field(0));
      try {
        if (had == null) {
          all.put(r.field(0), new Country(r.field(0), r.field(1), r.field(2), aliases));
        } else {
          Set<String> names = new LinkedHashSet<>(had.aliases());
          names.addAll(aliases);
          names.remove(had.name());
          all.put(had.iso3(), new Country(had.iso3(), had.iso2(), had.name(), new ArrayList<>(names)));
        }
      } catch (IllegalArgumentException e) {
        throw r.error(e.getMessage());
      }
    }
    return new Gazetteer(all.values());
  }
}
