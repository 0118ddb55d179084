package io.dyadscope.dossier;

import io.dyadscope.analysis.Point;
import io.dyadscope.analysis.Series;
import io.dyadscope.dossier.findings.Discrepancies;
import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.findings.Names;
import io.dyadscope.dossier.primary.Fact;
import io.dyadscope.dossier.primary.Facts;
import io.dyadscope.evidence.Combine;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** The dossier's data section: counts, the sources with how their figures were read, and limitations. */
final class DataSections {

  /** A series shorter than this is listed as a limitation. */
  static final int SHORT_SERIES = 5;

  private DataSections() {}

  static DataSection of(EvidenceIndex idx) {
    List<Observation> obs = idx.evidence().observations();
    List<Fact> all = Facts.of(obs);
    int facts = (int) all.stream().filter(f -> f.status().isFact()).count();
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, TreeSet<String>> readIn = new TreeMap<>();
    for (Fact f : all) {
      for (String source : f.sources()) {
        counts.computeIfAbsent(source, k -> new int[2])[0]++;
      }
      for (Observation o : f.mentions()) {
        readIn.computeIfAbsent(o.source(), k -> new TreeSet<>()).add(o.reportedBy());
      }
      if (f.isSecondHand()) {
        counts.computeIfAbsent(f.document(), k -> new int[2])[1]++;
      }
    }
    List<SourceRow> rows = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      Source s = idx.evidence().sources().get(e.getKey());
      TreeSet<String> via = readIn.getOrDefault(e.getKey(), new TreeSet<>());
      // second-hand only when no figure of the source was read in the source itself
      String seen = via.isEmpty() || via.contains("") ? ""
          : String.join("; ", via.stream().map(idx::citation).toList());
      rows.add(s == null
          ? new SourceRow(e.getKey(), e.getKey() + " (not in the source list)", "", "", "", 0, e.getValue()[0],
              e.getValue()[1], seen)
          : new SourceRow(s.id(), s.citation(), s.publisher(), s.kind().label(), s.grade().name(), s.year(),
              e.getValue()[0], e.getValue()[1], seen));
    }
    Optional<Period> first = obs.stream().map(Observation::period).min(Comparator.naturalOrder());
    Optional<Period> last = obs.stream().map(Observation::period).max(Comparator.naturalOrder());
    return new DataSection(all.size(), facts, all.size() - facts, idx.indicators().size(),
        first.map(Period::toString).orElse(""), last.map(Period::toString).orElse(""), rows, limitations(idx),
        obs.size());
  }

  private static List<Limitation> limitations(EvidenceIndex idx) {
    List<Limitation> out = new ArrayList<>();
    secondHand(idx).ifPresent(out::add);
    // kind -> indicator -> detail -> subjects, so that one line covers every subject with the same weakness
    Map<String, Map<String, Map<String, List<String>>>> found = new LinkedHashMap<>();
    for (String kind : List.of("short series", "single source", "projections only")) {
      found.put(kind, new TreeMap<>());
    }
    for (String ind : idx.indicators()) {
      for (String subject : idx.subjects(ind)) {
        Series s = idx.series(ind, subject).series();
        if (s.isEmpty()) {
          LinkedHashSet<String> by = new LinkedHashSet<>();
          idx.series(ind, subject).projections().forEach(o -> by.add(idx.citation(o.source())));
          note(found, "projections only", ind, "published projections only (" + String.join("; ", by) + ")", subject);
          continue;
        }
        if (s.size() < SHORT_SERIES && !isFixed(idx, ind)) {
          note(found, "short series", ind, Prose.count(s.size(), "point") + " ("
              + Prose.join(s.points().stream().map(p -> p.period().toString()).toList()) + ")", subject);
        }
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        for (Point p : s.points()) {
          sources.addAll(p.sourceIds());
        }
        if (sources.size() == 1) {
          note(found, "single source", ind, "one source (" + idx.citation(sources.iterator().next()) + ")", subject);
        }
      }
    }
    Names n = idx.names();
    // one line per kind: the series sharing a detail (e.g. the one source) are listed together
    found.forEach((kind, byIndicator) -> {
      Map<String, List<String>> byDetail = new LinkedHashMap<>();
      byIndicator.forEach((ind, details) -> details.forEach((detail, subjects) -> {
        String what = subjects.size() == 1 ? idx.label(ind, subjects.get(0))
            : idx.indicatorName(ind) + " for " + Prose.join(subjects.stream().map(n::label).toList());
        byDetail.computeIfAbsent(detail, k -> new ArrayList<>()).add(Prose.lowerFirst(what));
      }));
      if (!byDetail.isEmpty()) {
        List<String> parts = new ArrayList<>();
        byDetail.forEach((detail, whats) -> parts.add(Prose.upperFirst(String.join("; ", whats)) + ": " + detail));
        out.add(new Limitation(kind, String.join(". ", parts) + "."));
      }
    });
    int disagreements = Discrepancies.scan(idx, List.of(), "").found().size();
    if (disagreements > 0) {
      out.add(new Limitation("disagreement", Prose.count(disagreements, "figure") + " stated more than once"
          + (disagreements == 1 ? " is" : " are") + " given values that do not agree; see the results on agreement"
          + " between the documents."));
    }
    return out;
  }

  /**
   * How much of the evidence rests on the one document that passed on most figures: its own figures
   * and those it reports from others, which the workspace does not hold first-hand.
   */
  private static Optional<Limitation> secondHand(EvidenceIndex idx) {
    List<Fact> all = Facts.of(idx.evidence().observations());
    Map<String, Integer> passedOn = new TreeMap<>();
    for (Fact f : all) {
      if (f.isSecondHand()) {
        passedOn.merge(f.document(), 1, Integer::sum);
      }
    }
    if (passedOn.isEmpty()) {
      return Optional.empty();
    }
    String top = passedOn.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    List<Fact> through = all.stream().filter(f -> f.document().equals(top)).toList();
    long mentions = through.stream().mapToLong(f -> f.mentions().size()).sum();
    long second = all.stream().filter(Fact::isSecondHand).count();
    TreeSet<String> originals = new TreeSet<>();
    through.stream().filter(Fact::isSecondHand).forEach(f -> f.sources().forEach(s -> originals.add(idx.citation(s))));
    return Optional.of(new Limitation("second-hand", through.size() + " of " + all.size() + " facts ("
        + Figures.percent(100.0 * through.size() / all.size()) + ") rest on one document, " + idx.citation(top)
        + ", which states them " + mentions + " times: " + passedOn.get(top) + " figures it reports from "
        + Prose.count(originals.size(), "other source") + " and " + (through.size() - passedOn.get(top))
        + " of its own. " + second + " facts in all are second-hand: their original sources were not consulted, so"
        + " their grades describe the sources, not data held."));
  }

  private static void note(Map<String, Map<String, Map<String, List<String>>>> found, String kind, String ind,
      String detail, String subject) {
    found.get(kind).computeIfAbsent(ind, k -> new LinkedHashMap<>()).computeIfAbsent(detail, k -> new ArrayList<>())
        .add(subject);
  }

  static boolean isFixed(EvidenceIndex idx, String ind) {
    return idx.indicator(ind).map(i -> i.combine() == Combine.FIXED).orElse(false);
  }
}
