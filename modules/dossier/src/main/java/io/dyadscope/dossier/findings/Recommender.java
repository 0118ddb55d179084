package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Evaluates recommendation rules against findings: supported, not supported or undecided. */
public final class Recommender {

  private static final Pattern SUBJECTS = Pattern.compile("\\{subjects:([a-z0-9._-]+)}");

  private final RecommendationRules rules;

  public Recommender(RecommendationRules rules) {
    this.rules = rules;
  }

  /**
   * Every rule, made or not, in rule order; triggers written in plain language through
   * {@code terms} (what each finding is about, its unit and sources).
   */
  public List<Recommendation> evaluate(Findings findings, Names names, FindingTerms terms) {
    List<Recommendation> out = new ArrayList<>();
    for (RecommendationRule r : rules.rules()) {
      out.add(evaluate(r, findings, names, terms));
    }
    return out;
  }

  private static Recommendation evaluate(RecommendationRule r, Findings findings, Names names, FindingTerms terms) {
    List<ConditionCheck> all = r.all().stream().map(c -> ConditionCheck.of(c, findings, terms)).toList();
    List<ConditionCheck> any = r.any().stream().map(c -> ConditionCheck.of(c, findings, terms)).toList();
    Recommendation.Status status = status(all, any);
    List<String> decisive = new ArrayList<>();
    switch (status) {
      case SUPPORTED -> {
        all.forEach(c -> decisive.add(c.text()));
        any.stream().filter(c -> c.outcome() == ConditionCheck.Outcome.HOLDS).forEach(c -> decisive.add(c.text()));
      }
      case NOT_SUPPORTED -> {
        all.stream().filter(c -> c.outcome() == ConditionCheck.Outcome.FAILS).forEach(c -> decisive.add(c.text()));
        if (any.stream().allMatch(c -> c.outcome() == ConditionCheck.Outcome.FAILS)) {
          any.forEach(c -> decisive.add(c.text()));
        }
      }
      default -> {
        // what the evidence cannot tell, once per finding (two tests on a 1-point series say the same)
        java.util.Set<String> seen = new java.util.HashSet<>();
        all.stream().filter(c -> c.outcome() == ConditionCheck.Outcome.UNKNOWN)
            .filter(c -> seen.add(c.condition().finding())).forEach(c -> decisive.add(c.text()));
        any.stream().filter(c -> c.outcome() != ConditionCheck.Outcome.HOLDS)
            .filter(c -> c.outcome() != ConditionCheck.Outcome.UNKNOWN || seen.add(c.condition().finding()))
            .forEach(c -> decisive.add(c.text()));
      }
    }
    String why = Prose.upperFirst(status.words()) + ": " + String.join("; ", decisive) + ".";
    LinkedHashSet<String> named = new LinkedHashSet<>();
    r.all().forEach(c -> named.add(c.finding()));
    r.any().forEach(c -> named.add(c.finding()));
    named.addAll(r.restsOn());
    List<Finding> trail = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : named) {
      findings.find(id).ifPresentOrElse(trail::add, () -> missing.add(id));
    }
    LinkedHashSet<String> sources = new LinkedHashSet<>();
    java.util.stream.Stream.concat(r.all().stream(), r.any().stream())
        .forEach(c -> findings.find(c.finding()).ifPresent(f -> sources.addAll(f.sourceIds())));
    return new Recommendation(r.id(), r.theme(), fill(r.text(), findings, names), status, names.fill(r.evidence()),
        names.fill(r.refutedBy()), why, trail, missing, List.copyOf(sources));
  }

  /**
   * Supported when every {@code all} check holds and one of {@code any} (if any) does; not
   * supported when an {@code all} check fails or every {@code any} check does; else undecided.
   */
  static Recommendation.Status status(List<ConditionCheck> all, List<ConditionCheck> any) {
    boolean allFails = all.stream().anyMatch(c -> c.outcome() == ConditionCheck.Outcome.FAILS);
    boolean anyFails = !any.isEmpty() && any.stream().allMatch(c -> c.outcome() == ConditionCheck.Outcome.FAILS);
    if (allFails || anyFails) {
      return Recommendation.Status.NOT_SUPPORTED;
    }
    boolean allHold = all.stream().allMatch(c -> c.outcome() == ConditionCheck.Outcome.HOLDS);
    boolean anyHolds = any.isEmpty() || any.stream().anyMatch(c -> c.outcome() == ConditionCheck.Outcome.HOLDS);
    return allHold && anyHolds ? Recommendation.Status.SUPPORTED : Recommendation.Status.UNDECIDED;
  }

  private static String fill(String text, Findings findings, Names names) {
    Matcher m = SUBJECTS.matcher(names.fill(text));
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      List<String> labels = findings.find(m.group(1)).map(f -> f.subjects().stream().map(names::label).toList())
          .orElse(List.of());
      m.appendReplacement(b, Matcher.quoteReplacement(labels.isEmpty() ? "none recorded" : Prose.join(labels)));
    }
    m.appendTail(b);
    return b.toString();
  }
}
