package io.dyadscope.evidence;

import io.dyadscope.evidence.number.StatNumber;
import java.io.IOException;
import java.io.Reader;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The indicators Dyadscope knows, keyed by id. The default catalogue is the resource
 * {@code indicators.csv} beside this class (columns {@code id,name,unit,family,combine,min,max};
 * an empty bound is unbounded).
 */
public final class IndicatorCatalogue {

  private final Map<String, Indicator> byId;

  public IndicatorCatalogue(Collection<Indicator> indicators) {
    Map<String, Indicator> m = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      if (m.put(i.id(), i) != null) {
        throw new IllegalArgumentException("indicator listed twice: " + i.id());
      }
    }
    this.byId = Collections.unmodifiableMap(m);
  }

  private static final Supplier<IndicatorCatalogue> STANDARD =
      Resources.onFirstUse(IndicatorCatalogue.class, "indicators.csv", IndicatorCatalogue::read);

  /** The catalogue shipped with Dyadscope. */
  public static IndicatorCatalogue standard() {
    return STANDARD.get();
  }

  public static IndicatorCatalogue read(Reader reader) throws IOException {
    CSVFormat fmt = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
    List<Indicator> list = new java.util.ArrayList<>();
    for (CSVRecord r : fmt.parse(reader)) {
      list.add(Indicator.of(r.get("id"), r.get("name"), r.get("unit"), r.get("family"),
          Combine.parse(r.get("combine")), bound(r.get("min"), Double.NEGATIVE_INFINITY),
          bound(r.get("max"), Double.POSITIVE_INFINITY)));
    }
    return new IndicatorCatalogue(list);
  }

  static double bound(String text, double unbounded) {
    return text == null || text.isBlank() ? unbounded : StatNumber.decimal(text);
  }

  /**
   * This catalogue with {@code more} added. An indicator already here with the same definition is
   * kept once; one with the same id and another definition is refused, naming both.
   *
   * @throws IllegalArgumentException naming the first conflicting id
   */
  public IndicatorCatalogue with(Collection<Indicator> more) {
    Map<String, Indicator> m = new LinkedHashMap<>(byId);
    for (Indicator i : more) {
      Indicator old = m.putIfAbsent(i.id(), i);
      if (old != null && !old.equals(i)) {
        throw new IllegalArgumentException("indicator " + i.id() + " is already defined as '" + old.name() + "' ("
            + old.unit() + ", " + old.familyName() + ", " + old.combine().word() + "); cannot redefine it as '"
            + i.name() + "' (" + i.unit() + ", " + i.familyName() + ", " + i.combine().word() + ")");
      }
    }
    return new IndicatorCatalogue(m.values());
  }

  /** True when the id is listed. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The indicators of a family, named or free, by its word. */
  public List<Indicator> ofFamilyName(String word) {
    return byId.values().stream().filter(i -> i.familyName().equals(word)).toList();
  }

  public Optional<Indicator> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** @throws IllegalArgumentException naming the id when it is not in the catalogue */
  public Indicator get(String id) {
    Indicator i = byId.get(id);
    if (i == null) {
      throw new IllegalArgumentException("unknown indicator '" + id + "'");
    }
    return i;
  }

  public Collection<Indicator> all() {
    return byId.values();
  }

  public List<Indicator> ofFamily(Family family) {
    return byId.values().stream().filter(i -> i.family() == family).toList();
  }
}
