package io.dyadscope.dossier;

import io.dyadscope.analysis.Forecaster;
import io.dyadscope.analysis.mirror.MirrorPolicy;
import io.dyadscope.analysis.mirror.MirrorRow;
import io.dyadscope.analysis.mirror.MirrorTrade;
import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.Names;
import io.dyadscope.dossier.findings.Theme;
import io.dyadscope.dossier.findings.ThemeCatalogue;
import io.dyadscope.dossier.primary.ClaimCheck;
import io.dyadscope.dossier.primary.ClaimChecker;
import io.dyadscope.dossier.primary.Fact;
import io.dyadscope.dossier.primary.Facts;
import io.dyadscope.dossier.primary.ObservedSeries;
import io.dyadscope.dossier.primary.PrimaryPolicy;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@link Primary} part: the observed series first (summary and themes), then the
 * reported figures checked against them ({@link CheckSections}) and forecasts of the observed
 * series with their backtest ({@link ObservedForecasts}).
 */
final class PrimarySections {

  private PrimarySections() {}

  static Primary of(EvidenceIndex idx, ThemeCatalogue themes, PrimaryPolicy policy, Forecaster forecaster,
      Optional<Period> target, Map<String, Observation> byId) {
    List<Observation> obs = idx.evidence().observations();
    List<ObservedSeries> series = ObservedSeries.of(obs);
    List<Fact> facts = Facts.of(obs);
    List<ClaimCheck> checks = new ClaimChecker(policy).check(facts, series);
    Map<String, List<String>> leads = new LinkedHashMap<>();
    // with nothing observed at all the summary says so once, and the themes say nothing of it
    for (Theme t : themes.themes()) {
      leads.put(t.id(), series.isEmpty() ? List.of() : themeLead(idx, policy.patterns(t.id()), series, obs));
    }
    CheckSections.Parts parts = CheckSections.of(idx, policy, checks, byId);
    ObservedForecasts.Parts forecasts = ObservedForecasts.of(idx, forecaster, target, inThemes(policy, series), byId);
    return new Primary(lead(idx, themes, policy, series, facts, checks), leads, parts.intro(), parts.table(),
        parts.verdicts(), forecasts.table(), forecasts.horizons());
  }

  /** The observed series some theme of the policy names, in order. */
  static List<ObservedSeries> inThemes(PrimaryPolicy policy, List<ObservedSeries> series) {
    List<String> patterns = policy.themes().values().stream().flatMap(List::stream).toList();
    return series.stream().filter(s -> patterns.stream().anyMatch(p -> PrimaryPolicy.matches(p, s.indicator())))
        .toList();
  }

  private static List<String> lead(EvidenceIndex idx, ThemeCatalogue themes, PrimaryPolicy policy,
      List<ObservedSeries> series, List<Fact> facts, List<ClaimCheck> checks) {
    Names n = idx.names();
    long reported = checks.size();
    List<String> out = new ArrayList<>();
    if (facts.isEmpty()) {
      return out;
    }
    if (series.isEmpty()) {
      out.add("The workspace holds no first-hand observed values for " + n.first() + " and " + n.second()
          + ": every figure below was passed on by a document or is a published projection"
          + (reported == 0 ? "." : ", so none of the " + Prose.count(reported, "reported figure")
              + " can be checked against data here."));
      return out;
    }
    int values = series.stream().mapToInt(ObservedSeries::size).sum();
    LinkedHashSet<String> sources = new LinkedHashSet<>();
    series.forEach(s -> sources.add(s.source()));
    List<String> parts = new ArrayList<>();
    List<ObservedSeries> placed = new ArrayList<>();
    for (Theme t : themes.themes()) {
      List<ObservedSeries> mine = matching(series, policy.patterns(t.id()));
      mine.stream().filter(s -> !placed.contains(s)).forEach(placed::add);
      if (!mine.isEmpty()) {
        parts.add(Prose.lowerFirst(t.title()) + " from " + sourcesOf(idx, mine) + " (" + span(mine) + ")");
      }
    }
    List<ObservedSeries> context = matching(series, policy.context()).stream().filter(s -> !placed.contains(s))
        .toList();
    if (!context.isEmpty()) {
      parts.add("context from " + sourcesOf(idx, context) + " (" + context.size() + " series" + ", "
          + span(context) + ")");
    }
    out.add("First-hand, the workspace holds " + Prose.count(values, "observed value") + " for " + n.first()
        + " and " + n.second() + " in " + series.size() + " yearly series" + " from "
        + Prose.count(sources.size(), "source") + (parts.isEmpty() ? "." : ": " + Prose.join(parts) + "."));
    if (reported > 0) {
      long agree = checks.stream().filter(c -> c.verdict() == ClaimCheck.Verdict.AGREES).count();
      long differ = checks.stream().filter(c -> c.verdict() == ClaimCheck.Verdict.DIFFERS).count();
      out.add("Of the " + Prose.count(reported, "reported figure") + " the documents give, " + agree
          + (agree == 1 ? " agrees" : " agree") + " with the observed data within "
          + Figures.percent(policy.tolerancePct()) + ", " + differ
          + (differ == 1 ? " differs" : " differ") + " and " + (reported - agree - differ)
          + " cannot be checked; each is listed with the observed value and the difference.");
    }
    return out;
  }

  private static List<String> themeLead(EvidenceIndex idx, List<String> patterns, List<ObservedSeries> series,
      List<Observation> obs) {
    List<ObservedSeries> mine = matching(series, patterns);
    List<String> out = new ArrayList<>();
    if (mine.isEmpty()) {
      out.add("No observed series for this theme: the figures below were passed on by documents or are published"
          + " projections.");
      return out;
    }
    for (ObservedSeries s : mine) {
      out.add(line(idx, s));
    }
    if (patterns.stream().anyMatch(p -> PrimaryPolicy.matches(p, "trade.exports"))) {
      out.addAll(mirror(idx, obs));
    }
    return out;
  }

  /** One observed series in a sentence, with its source. */
  static String line(EvidenceIndex idx, ObservedSeries s) {
    int first = s.first().period().year();
    int last = s.last().period().year();
    int missing = last - first + 1 - s.size();
    String unit = s.unit();
    return Prose.upperFirst(idx.label(s.indicator(), s.subject())) + ", as " + SourceLine.cite(s.source(), idx)
        + " records it: " + Prose.count(s.size(), "yearly value") + " from " + first + " to " + last
        + (missing > 0 ? " (" + Prose.count(missing, "year") + " missing)" : "") + "; latest "
        + Figures.approxWithUnit(s.last().value(), unit) + " (" + last + "), lowest "
        + Figures.approxWithUnit(s.lowest().value(), unit) + " (" + s.lowest().period() + "), highest "
        + Figures.approxWithUnit(s.highest().value(), unit) + " (" + s.highest().period() + ").";
  }

  /**
   * Mirror trade from first-hand reports: each direction's years with both the exporter's and the
   * importer's report, how many lie beyond the threshold after the CIF/FOB allowance, and the latest.
   */
  private static List<String> mirror(EvidenceIndex idx, List<Observation> obs) {
    Dyad dyad = idx.evidence().dyad();
    List<Observation> firstHand = obs.stream().filter(o -> !o.isSecondHand()
        && o.status() == io.dyadscope.evidence.Status.OBSERVED).toList();
    List<MirrorRow> rows;
    try {
      MirrorTrade mt = new MirrorTrade(MirrorPolicy.standard());
      rows = mt.compare(MirrorTrade.flows(dyad, firstHand, id -> reporterOf(dyad, id)));
    } catch (IllegalArgumentException e) {
      return List.of("No mirror comparison: " + e.getMessage() + ".");
    }
    MirrorPolicy p = MirrorPolicy.standard();
    Map<String, List<MirrorRow>> byDirection = new LinkedHashMap<>();
    for (MirrorRow r : rows) {
      if (r.exportReport().isPresent() && r.importReport().isPresent()) {
        byDirection.computeIfAbsent(r.exporter() + ">" + r.importer(), k -> new ArrayList<>()).add(r);
      }
    }
    Names n = idx.names();
    List<String> out = new ArrayList<>();
    byDirection.forEach((dir, list) -> {
      MirrorRow latest = list.get(list.size() - 1);
      long flagged = list.stream().filter(MirrorRow::flagged).count();
      out.add("Mirror gap, " + n.country(latest.exporter()) + " to " + n.country(latest.importer()) + ": "
          + Prose.count(list.size(), "year") + " with both the exporter's (FOB) and the importer's (CIF) report; in "
          + flagged + " of them the gap is beyond " + pct(p.threshold()) + " after the " + pct(p.cifFobMargin())
          + " CIF/FOB allowance. Latest, " + latest.period() + ": " + latest.reading() + " ("
          + SourceLine.cite(latest.exportReport().get().sourceId(), idx) + "; "
          + SourceLine.cite(latest.importReport().get().sourceId(), idx) + ").");
    });
    return out;
  }

  /**
   * The reporting country of a first-hand trade source: a source id ending in {@code -} and the alpha-3
   * code of one of the dyad's countries, in any case ({@code comtrade-PAK}, {@code imf-dots-afg}).
   */
  static Optional<String> reporterOf(Dyad dyad, String sourceId) {
    String id = sourceId.toUpperCase(Locale.ROOT);
    for (String c : List.of(dyad.first(), dyad.second())) {
      if (id.endsWith("-" + c)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static String pct(double share) {
    return Figures.percent(share * 100);
  }

  static List<ObservedSeries> matching(List<ObservedSeries> series, List<String> patterns) {
    return series.stream().filter(s -> patterns.stream().anyMatch(p -> PrimaryPolicy.matches(p, s.indicator())))
        .toList();
  }

  private static String sourcesOf(EvidenceIndex idx, List<ObservedSeries> series) {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    series.forEach(s -> ids.add(s.source()));
    return Prose.join(ids.stream().map(id -> SourceLine.cite(id, idx)).toList());
  }

  private static String span(List<ObservedSeries> series) {
    int first = series.stream().mapToInt(s -> s.first().period().year()).min().orElseThrow();
    int last = series.stream().mapToInt(s -> s.last().period().year()).max().orElseThrow();
    return first == last ? Integer.toString(first) : first + " to " + last;
  }
}
