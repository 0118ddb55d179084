package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Evaluates recommendation rules against findings. */
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
    List<String> failed = new ArrayList<>();
    List<String> held = new ArrayList<>();
    boolean allHold = true;
    for (Condition c : r.all()) {
      Optional<String> failure = check(c, findings, terms);
      if (failure.isPresent()) {
        allHold = false;
        failed.add(failure.get());
      } else {
        held.add(terms.held(c, findings.find(c.finding())));
      }
    }
    boolean anyHolds = r.any().isEmpty();
    List<String> anyFailed = new ArrayList<>();
    for (Condition c : r.any()) {
      Optional<String> failure = check(c, findings, terms);
      if (failure.isEmpty()) {
        anyHolds = true;
        held.add(terms.held(c, findings.find(c.finding())));
      } else {
        anyFailed.add(failure.get());
      }
    }
    boolean triggered = allHold && anyHolds;
    String why;
    if (triggered) {
      why = "Made because " + Prose.join(held) + ".";
    } else {
      List<String> reasons = new ArrayList<>(failed);
      if (!anyHolds) {
        reasons.add(anyFailed.size() == 1 ? anyFailed.get(0) : "none of these holds: " + String.join("; ", anyFailed));
      }
      why = "Not triggered: " + String.join("; ", reasons) + ".";
    }
    LinkedHashSet<String> named = new LinkedHashSet<>();
    r.all().forEach(c -> named.add(c.finding()));
    r.any().forEach(c -> named.add(c.finding()));
    named.addAll(r.restsOn());
    List<Finding> trail = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : named) {
      findings.find(id).ifPresentOrElse(trail::add, () -> missing.add(id));
    }
    return new Recommendation(r.id(), r.theme(), fill(r.text(), findings, names), triggered, why, trail, missing);
  }

  /** Empty when the condition holds, else why not. */
  private static Optional<String> check(Condition c, Findings findings, FindingTerms terms) {
    Optional<Finding> f = findings.find(c.finding());
    if (f.isEmpty()) {
      String reason = findings.absence(c.finding()).map(Absence::reason).orElse("no rule makes it");
      return Optional.of("nothing is known of " + terms.what(c.finding()) + " (" + reason + ")");
    }
    double v = f.get().metric(c.metric());
    if (Double.isNaN(v)) {
      return Optional.of("the data do not say whether " + terms.what(c.finding()) + " meets the threshold ("
          + terms.threshold(c) + ")");
    }
    if (!c.op().test(v, c.value())) {
      return Optional.of(terms.clause(f.get(), c.metric()) + ", short of the threshold (" + terms.threshold(c) + ")"
          + terms.cite(f.get().sourceIds()));
    }
    return Optional.empty();
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
