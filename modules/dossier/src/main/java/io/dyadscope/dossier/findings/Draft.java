package io.dyadscope.dossier.findings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Collects what a finding cites and measures while a rule computes it. */
final class Draft {

  private final FindingRule rule;
  private final List<String> lenses;
  private final LinkedHashSet<String> subjects = new LinkedHashSet<>();
  private final LinkedHashSet<String> observationIds = new LinkedHashSet<>();
  private final LinkedHashSet<String> sourceIds = new LinkedHashSet<>();
  private final Map<String, Double> metrics = new LinkedHashMap<>();

  Draft(FindingRule rule, List<String> lenses) {
    this.rule = rule;
    this.lenses = lenses;
  }

  Draft cite(Reading r) {
    subjects.add(r.subject());
    observationIds.addAll(r.observationIds());
    sourceIds.addAll(r.sourceIds());
    return this;
  }

  Draft cite(Collection<String> observations, Collection<String> sources) {
    observationIds.addAll(observations);
    sourceIds.addAll(sources);
    return this;
  }

  Draft subject(String subject) {
    subjects.add(subject);
    return this;
  }

  /** Records a metric; NaN and infinite values are left out, since conditions cannot test them. */
  Draft metric(String name, double value) {
    if (Double.isFinite(value)) {
      metrics.put(name, value);
    }
    return this;
  }

  Draft flag(String name, boolean value) {
    metrics.put(name, value ? 1.0 : 0.0);
    return this;
  }

  List<String> sourceIds() {
    return new ArrayList<>(sourceIds);
  }

  Finding finish(String sentence) {
    return new Finding(rule.id(), rule.theme(), lenses, rule.kind(), sentence, new ArrayList<>(subjects),
        new ArrayList<>(observationIds), new ArrayList<>(sourceIds), metrics);
  }
}
