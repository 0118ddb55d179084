package io.dyadscope.events;

import io.dyadscope.events.reference.CountryOutlines;
import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Subdivisions;
import io.dyadscope.evidence.number.StatNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Places an event whose file names no country (an ACLED export without {@code country} and
 * {@code iso3}): by its first-level division ({@code admin1}) through the ISO 3166-2 gazetteer with
 * its alternate spellings ({@code Khyber Pakhtunkhwa}, {@code KPK}, {@code NWFP} are PK-KP), when the
 * name belongs to one country only; failing that (an unknown name, or one such as Punjab that two
 * countries use) by its coordinates, in the country outline that holds them
 * ({@link CountryOutlines}). {@link Tally} counts how many were placed each way.
 */
public final class EventPlaces {

  /** How an event's country was found. */
  public enum How {
    ADMIN1("by admin1"), COORDINATES("by coordinates"), NONE("not placed");

    private final String words;

    How(String words) {
      this.words = words;
    }

    public String words() { return words; }
  }

  /** Counts of events placed each way; safe to share between threads. */
  public static final class Tally {
    private final Map<How, LongAdder> counts = new ConcurrentHashMap<>();

    void add(How how) {
      counts.computeIfAbsent(how, h -> new LongAdder()).increment();
    }

    public long count(How how) {
      LongAdder a = counts.get(how);
      return a == null ? 0 : a.sum();
    }

    public boolean isEmpty() {
      return counts.isEmpty();
    }
  }

  private static final EventPlaces STANDARD = new EventPlaces(Subdivisions.standard(), Gazetteer.standard());

  private final Subdivisions subdivisions;
  private final Gazetteer gazetteer;

  EventPlaces(Subdivisions subdivisions, Gazetteer gazetteer) {
    this.subdivisions = subdivisions;
    this.gazetteer = gazetteer;
  }

  public static EventPlaces standard() {
    return STANDARD;
  }

  /**
   * The alpha-3 code of the country {@code admin1} or, failing that, {@code latitude} and
   * {@code longitude} (text, empty when absent) place the event in; empty when neither does.
   */
  public Optional<String> place(String admin1, String latitude, String longitude, Tally tally) {
    Optional<String> byName = byAdmin1(admin1);
    if (byName.isPresent()) {
      count(tally, How.ADMIN1);
      return byName;
    }
    Optional<String> byPoint = byCoordinates(latitude, longitude);
    count(tally, byPoint.isPresent() ? How.COORDINATES : How.NONE);
    return byPoint;
  }

  Optional<String> byAdmin1(String admin1) {
    if (admin1 == null || admin1.isBlank()) {
      return Optional.empty();
    }
    List<String> countries = subdivisions.named(admin1).stream().map(Subdivisions.Subdivision::iso2).distinct()
        .toList();
    return countries.size() == 1 ? gazetteer.byIso2(countries.get(0)).map(Country::iso3) : Optional.empty();
  }

  static Optional<String> byCoordinates(String latitude, String longitude) {
    if (latitude == null || longitude == null || latitude.isBlank() || longitude.isBlank()) {
      return Optional.empty();
    }
    try {
      return CountryOutlines.standard().locate(StatNumber.decimal(latitude.strip()), StatNumber.decimal(longitude.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void count(Tally tally, How how) {
    if (tally != null) {
      tally.add(how);
    }
  }
}
