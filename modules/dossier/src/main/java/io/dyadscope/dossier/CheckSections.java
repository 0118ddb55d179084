package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.EvidenceIndex;
import io.dyadscope.dossier.primary.ClaimCheck;
import io.dyadscope.dossier.primary.ClaimCheck.Reading;
import io.dyadscope.dossier.primary.Fact;
import io.dyadscope.dossier.primary.ObservedSeries;
import io.dyadscope.dossier.primary.PrimaryPolicy;
import io.dyadscope.dossier.supplements.GridTable;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The section "Reported figures checked": the tolerance rule, a table of every reported figure
 * against the observed values with the differences, and per document what it got right, what it got
 * wrong and what cannot be checked.
 */
final class CheckSections {

  record Parts(List<String> intro, List<GridTable> table, List<String> verdicts) {}

  private CheckSections() {}

  static Parts of(EvidenceIndex idx, PrimaryPolicy policy, List<ClaimCheck> checks, Map<String, Observation> byId) {
    if (checks.isEmpty()) {
      return new Parts(List.of("No document reports a figure here, so there is nothing to check."),
          List.of(), List.of());
    }
    List<String> intro = List.of("Every figure a document reports (its own or one it passes on from another source;"
        + " published projections are not facts and are left to the forecasts) is set against the observed values of"
        + " the same indicator, subject and year (total trade also against exports plus imports as one reporter"
        + " records them)."
        + " " + policy.reasoning(), count(checks) + ".");
    List<List<String>> rows = new ArrayList<>();
    LinkedHashSet<String> cited = new LinkedHashSet<>();
    for (ClaimCheck c : checks) {
      Fact f = c.claim();
      cited.addAll(f.observationIds());
      c.observed().forEach(r -> cited.addAll(r.observationIds()));
      rows.add(List.of(Prose.upperFirst(idx.label(f.indicator(), f.subject())), f.period().toString(),
          Figures.withUnit(f.value(), f.unit()), givenBy(f), statedAt(f), observed(c), differences(c), word(c)));
    }
    GridTable table = new GridTable("checked-figures", "Reported figures against the observed data",
        List.of("Figure", "Year", "Given", "Given by", "Stated at", "Observed", "Difference", "Check"),
        List.of(false, false, true, false, false, true, true, false), rows, List.of(),
        SourceLine.of(cited, idx, byId), "");
    return new Parts(intro, List.of(table), verdicts(idx, policy, checks));
  }

  private static String count(List<ClaimCheck> checks) {
    long agree = checks.stream().filter(c -> c.verdict() == ClaimCheck.Verdict.AGREES).count();
    long differ = checks.stream().filter(c -> c.verdict() == ClaimCheck.Verdict.DIFFERS).count();
    long none = checks.size() - agree - differ;
    return Prose.upperFirst(Prose.count(checks.size(), "reported figure")) + " (distinct facts, however often"
        + " stated): " + agree + (agree == 1 ? " agrees, " : " agree, ") + differ
        + (differ == 1 ? " differs, " : " differ, ") + none + " cannot be checked";
  }

  private static List<String> verdicts(EvidenceIndex idx, PrimaryPolicy policy, List<ClaimCheck> checks) {
    Map<String, List<ClaimCheck>> byDocument = new TreeMap<>();
    checks.forEach(c -> byDocument.computeIfAbsent(c.claim().document(), k -> new ArrayList<>()).add(c));
    List<String> out = new ArrayList<>();
    byDocument.forEach((doc, list) -> {
      String who = idx.citation(doc);
      out.add(who + ": " + Prose.lowerFirst(count(list)) + ".");
      for (ClaimCheck c : list) {
        if (c.verdict() == ClaimCheck.Verdict.AGREES) {
          out.add("Right: " + sentence(idx, who, c) + "; within " + Figures.percent(policy.tolerancePct()) + " of "
              + Prose.join(c.observed().stream().filter(Reading::agrees).map(r -> "[" + r.source() + "]").toList())
              + ".");
        }
      }
      for (ClaimCheck c : list) {
        if (c.verdict() == ClaimCheck.Verdict.DIFFERS) {
          out.add("Wrong: " + sentence(idx, who, c) + "; beyond " + Figures.percent(policy.tolerancePct())
              + " of every observed value.");
        }
      }
      Map<String, List<String>> byReason = new LinkedHashMap<>();
      for (ClaimCheck c : list) {
        if (c.verdict() == ClaimCheck.Verdict.UNCHECKABLE) {
          byReason.computeIfAbsent(reason(c), k -> new ArrayList<>())
              .add(Prose.lowerFirst(idx.label(c.claim().indicator(), c.claim().subject())) + " " + c.claim().period());
        }
      }
      byReason.forEach((reason, what) -> out.add("Cannot be checked, " + reason + ": " + String.join("; ", what)
          + "."));
    });
    return out;
  }

  /** "J 2025 gives total trade ... of USD 1,700 million for 2019; X shows ..., a difference of ...". */
  static String sentence(EvidenceIndex idx, String who, ClaimCheck c) {
    Fact f = c.claim();
    List<String> shows = new ArrayList<>();
    List<String> diffs = new ArrayList<>();
    for (Reading r : c.observed()) {
      String reporter = PrimarySections.reporterOf(idx.evidence().dyad(), r.source())
          .map(code -> " (" + idx.names().country(code) + "'s report)").orElse("");
      shows.add(SourceLine.cite(r.source(), idx) + reporter + " shows " + Figures.approxWithUnit(r.value(), f.unit())
          + (r.how().isEmpty() ? "" : " (" + r.how() + ")"));
      diffs.add(difference(f, r));
    }
    return who + " gives " + Prose.lowerFirst(idx.label(f.indicator(), f.subject())) + " of "
        + Figures.withUnit(f.value(), f.unit()) + " for " + f.period() + "; " + String.join(" and ", shows)
        + ", a difference of " + String.join(" and ", diffs);
  }

  private static String reason(ClaimCheck c) {
    if (c.nearby().isEmpty()) {
      return "no observed series of the indicator for the subject";
    }
    Map<String, int[]> spans = new TreeMap<>();
    for (ObservedSeries s : c.nearby()) {
      int[] span = spans.computeIfAbsent(s.source(), k -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
      span[0] = Math.min(span[0], s.first().period().year());
      span[1] = Math.max(span[1], s.last().period().year());
    }
    List<String> parts = new ArrayList<>();
    spans.forEach((src, span) -> parts.add("[" + src + "] " + span[0] + " to " + span[1]));
    return "no observed value for the year (observed: " + String.join("; ", parts) + ")";
  }

  private static String givenBy(Fact f) {
    String sources = String.join("; ", f.sources());
    return f.isSecondHand() ? sources + " in " + f.document() : sources;
  }

  private static String statedAt(Fact f) {
    String at = String.join("; ", f.locations());
    return f.locations().size() > 1 ? at + " (" + f.locations().size() + " mentions)" : at;
  }

  private static String observed(ClaimCheck c) {
    if (c.observed().isEmpty()) {
      return reason(c);
    }
    return String.join("; ", c.observed().stream().map(r -> Figures.approxWithUnit(r.value(), c.claim().unit())
        + " [" + r.source() + "]").toList());
  }

  private static String differences(ClaimCheck c) {
    return String.join("; ", c.observed().stream().map(r -> difference(c.claim(), r) + " [" + r.source() + "]")
        .toList());
  }

  /** {@code +344 (+25%)}: the claim less the observed value, and that in percent of the observed value. */
  static String difference(Fact f, Reading r) {
    double d = ClaimCheck.difference(f, r);
    double pct = ClaimCheck.differencePct(f, r);
    String sign = d > 0 ? "+" : d < 0 ? "-" : "";
    double a = Math.abs(d);
    return sign + (a >= 100 || Math.abs(r.value()) >= 100 ? Figures.grouped(Math.rint(a)) : Figures.approx(a)) + (Double.isNaN(pct) ? ""
        : " (" + (pct > 0 ? "+" : "") + Figures.percent(pct) + ")");
  }

  private static String word(ClaimCheck c) {
    return switch (c.verdict()) {
      case AGREES -> "agrees";
      case DIFFERS -> "differs";
      case UNCHECKABLE -> "cannot be checked";
    };
  }
}
