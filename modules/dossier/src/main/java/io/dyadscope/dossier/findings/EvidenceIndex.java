package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.analysis.SeriesBuilder;
import io.dyadscope.analysis.SeriesResult;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SubjectKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The evidence of one dyad arranged for look-up: observations by indicator and subject, collapsed
 * series (built once each by {@link SeriesBuilder}), source citations and the wording of
 * indicators and subjects. Everything it returns is in a fixed order, so output built from it is
 * the same on every run.
 */
public final class EvidenceIndex {

  private final Evidence evidence;
  private final Names names;
  private final SeriesBuilder builder;
  private final Map<String, Map<String, List<Observation>>> byIndicatorSubject = new TreeMap<>();
  private final Map<String, SeriesResult> seriesCache = new HashMap<>();

  public EvidenceIndex(Evidence evidence) {
    this.evidence = evidence;
    this.names = evidence.names();
    this.builder = new SeriesBuilder(evidence.sources());
    for (Observation o : evidence.observations()) {
      byIndicatorSubject.computeIfAbsent(o.indicator(), k -> new TreeMap<>())
          .computeIfAbsent(o.subject(), k -> new ArrayList<>()).add(o);
    }
    // the order observations arrive in must not change any output
    for (Map<String, List<Observation>> bySubject : byIndicatorSubject.values()) {
      for (List<Observation> list : bySubject.values()) {
        list.sort(Comparator.comparing(Observation::period).thenComparing(Observation::id));
      }
    }
  }

  public Evidence evidence() {
    return evidence;
  }

  public Names names() {
    return names;
  }

  /** Indicator ids that have observations, sorted. */
  public List<String> indicators() {
    return List.copyOf(byIndicatorSubject.keySet());
  }

  /** Subjects with observations of {@code indicator}, sorted. */
  public List<String> subjects(String indicator) {
    Map<String, List<Observation>> m = byIndicatorSubject.get(indicator);
    return m == null ? List.of() : List.copyOf(m.keySet());
  }

  /** Subjects of one kind ({@code provinces}, {@code initiatives}, {@code countries}) over some indicators, sorted. */
  public List<String> subjectsOfKind(String kindWord, Collection<String> indicators) {
    SubjectKind wanted = switch (kindWord) {
      case "provinces" -> SubjectKind.PROVINCE;
      case "initiatives" -> SubjectKind.INITIATIVE;
      case "countries" -> SubjectKind.COUNTRY;
      default -> throw new IllegalArgumentException("unknown subject kind '" + kindWord
          + "' (expected provinces, initiatives or countries)");
    };
    TreeSet<String> found = new TreeSet<>();
    for (String ind : indicators) {
      for (String s : subjects(ind)) {
        if (names.kind(s) == wanted) {
          found.add(s);
        }
      }
    }
    if (wanted == SubjectKind.COUNTRY) {
      // the dyad's own order, first country first, reads better than alphabetical
      List<String> ordered = new ArrayList<>();
      for (String c : List.of(evidence.dyad().first(), evidence.dyad().second())) {
        if (found.contains(c)) {
          ordered.add(c);
        }
      }
      return ordered;
    }
    return List.copyOf(found);
  }

  /** Every observation of {@code indicator} for {@code subject}, by period and then id. */
  public List<Observation> observations(String indicator, String subject) {
    Map<String, List<Observation>> m = byIndicatorSubject.get(indicator);
    List<Observation> list = m == null ? null : m.get(subject);
    return list == null ? List.of() : List.copyOf(list);
  }

  /** The collapsed facts, disagreements and published projections of one indicator and subject. */
  public SeriesResult series(String indicator, String subject) {
    return seriesCache.computeIfAbsent(indicator + "|" + subject,
        k -> builder.build(indicator, subject, observations(indicator, subject)));
  }

  /**
   * The series a path is told on: when first-hand (observed) values exist, those of the one source
   * observing the most periods, so that series of different sources and definitions are never chained
   * into one change (the second-hand figures are checked beside it instead); otherwise
   * {@link #series}.
   */
  public SeriesResult leadingSeries(String indicator, String subject) {
    List<Observation> all = observations(indicator, subject);
    Map<String, Long> periods = new java.util.HashMap<>();
    all.stream().filter(o -> o.status() == io.dyadscope.evidence.Status.OBSERVED)
        .collect(java.util.stream.Collectors.groupingBy(Observation::source,
            java.util.stream.Collectors.mapping(Observation::period, java.util.stream.Collectors.toSet())))
        .forEach((source, ps) -> periods.put(source, (long) ps.size()));
    if (periods.isEmpty()) {
      return series(indicator, subject);
    }
    String lead = periods.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .findFirst().orElseThrow().getKey();
    return seriesCache.computeIfAbsent(indicator + "|" + subject + "|" + lead, k -> builder.build(indicator, subject,
        all.stream().filter(o -> o.source().equals(lead)).toList()));
  }

  /** The catalogue entry of {@code id}, if the catalogue has it. */
  public Optional<Indicator> indicator(String id) {
    return evidence.catalogue().find(id);
  }

  /** The unit of an indicator: the catalogue's, else the unit its observations carry. */
  public String unit(String indicator) {
    return indicator(indicator).map(Indicator::unit).orElseGet(() -> {
      Map<String, List<Observation>> m = byIndicatorSubject.get(indicator);
      return m == null ? "" : m.values().iterator().next().get(0).unit();
    });
  }

  /** {@code value} written with its indicator's unit: {@code USD 1,900 million}. */
  public String value(String indicator, double value) {
    return Figures.withUnit(value, unit(indicator));
  }

  /**
   * The indicator's name with the dyad's countries in place of "the first country" and "the
   * second": {@code Exports from Pakistan to Afghanistan}. Falls back to the id.
   */
  public String indicatorName(String indicator) {
    String name = indicator(indicator).map(Indicator::name).orElse(indicator);
    return localise(name);
  }

  private String localise(String name) {
    return localise(name, names.first(), names.second());
  }

  /**
   * The name with {@code first} and {@code second} in place of the first and second country; for a
   * country subject the subject takes the first place ("hosted by the first", "balance of the first
   * country" are about the subject) and is also "the subject country", the other "the other country of
   * the dyad".
   */
  private static String localise(String name, String first, String second) {
    return name.replace("the subject country", first).replace("the other country of the dyad", second)
        .replace("the first country", first).replace("the second country", second)
        .replace("the first", first).replace("the second", second);
  }

  /**
   * What a finding about {@code indicator} for {@code subject} is about: the indicator's name with
   * the subject phrase, unless the name already names the dyad's countries and the subject is the
   * dyad or one of them ({@code Registered refugees from Afghanistan hosted by Pakistan}).
   */
  public String label(String indicator, String subject) {
    String raw = indicator(indicator).map(Indicator::name).orElse(indicator);
    SubjectKind k = names.kind(subject);
    Dyad d = evidence.dyad();
    String name = k == SubjectKind.COUNTRY && d.contains(subject)
        ? localise(raw, names.country(subject), names.country(subject.equals(d.first()) ? d.second() : d.first()))
        : localise(raw);
    boolean named = !name.equals(raw);
    if (named && (k == SubjectKind.DYAD || k == SubjectKind.COUNTRY)) {
      return name;
    }
    return name + " " + names.phrase(subject);
  }

  /** The source's author-date citation, or its id when the source is not known. */
  public String citation(String sourceId) {
    Source s = evidence.sources().get(sourceId);
    return s == null ? sourceId : s.shortCitation();
  }

  /** {@code (A 2023; B 2023)} for the given source ids, without repeats; empty for none. */
  public String cite(Collection<String> sourceIds) {
    LinkedHashSet<String> citations = new LinkedHashSet<>();
    for (String id : sourceIds) {
      citations.add(citation(id));
    }
    return citations.isEmpty() ? "" : " (" + String.join("; ", citations) + ")";
  }

  /**
   * The order in which several values for one thing are preferred: better-graded source, more
   * precise value, more recent source, lower id (the order {@link SeriesBuilder} uses for facts).
   */
  public Comparator<Observation> preference() {
    return SeriesBuilder.preference(evidence.sources());
  }

  /** The preferred published projection of one indicator and subject for {@code period}. */
  public Optional<Observation> projectionAt(String indicator, String subject, Period period) {
    return series(indicator, subject).projections().stream().filter(o -> o.period().equals(period))
        .min(preference());
  }

  /** The latest period with a published projection of one indicator and subject. */
  public Optional<Period> latestProjectionPeriod(String indicator, String subject) {
    List<Observation> p = series(indicator, subject).projections();
    return p.isEmpty() ? Optional.empty() : Optional.of(p.get(p.size() - 1).period());
  }

  /** The fact of one indicator and subject for {@code period}, as collapsed by the series builder. */
  public Optional<Reading> fact(String indicator, String subject, Period period) {
    return series(indicator, subject).series().at(period).map(pt -> new Reading(indicator, subject, period,
        pt.value(), false, pt.observationIds(), pt.sourceIds()));
  }

  /** The preferred published projection of one indicator and subject for {@code period}, as a reading. */
  public Optional<Reading> projection(String indicator, String subject, Period period) {
    return projectionAt(indicator, subject, period).map(this::reading);
  }

  /** A published projection as a reading, citing its source and, when second-hand, the source that passed it on. */
  public Reading reading(Observation o) {
    List<String> sources = o.isSecondHand() ? List.of(o.source(), o.reportedBy()) : List.of(o.source());
    return new Reading(o.indicator(), o.subject(), o.period(), o.value(), !o.status().isFact(), List.of(o.id()),
        sources);
  }

  /** The value for {@code period} under {@code filter}: for {@code ANY} the fact, else the projection. */
  public Optional<Reading> read(String indicator, String subject, Period period, StatusFilter filter) {
    return switch (filter) {
      case FACT -> fact(indicator, subject, period);
      case PROJECTION -> projection(indicator, subject, period);
      case ANY -> fact(indicator, subject, period).or(() -> projection(indicator, subject, period));
    };
  }

  /** Periods with a value under {@code filter}, in order; for {@code ANY}, fact periods if there are any. */
  public List<Period> periods(String indicator, String subject, StatusFilter filter) {
    TreeSet<Period> facts = new TreeSet<>();
    series(indicator, subject).series().points().forEach(p -> facts.add(p.period()));
    TreeSet<Period> projected = new TreeSet<>();
    series(indicator, subject).projections().forEach(o -> projected.add(o.period()));
    return switch (filter) {
      case FACT -> List.copyOf(facts);
      case PROJECTION -> List.copyOf(projected);
      case ANY -> List.copyOf(facts.isEmpty() ? projected : facts);
    };
  }

  /** The latest value under {@code filter}. */
  public Optional<Reading> latest(String indicator, String subject, StatusFilter filter) {
    List<Period> ps = periods(indicator, subject, filter);
    if (ps.isEmpty()) {
      return Optional.empty();
    }
    return read(indicator, subject, ps.get(ps.size() - 1), filter);
  }
}
