package io.dyadscope.dossier.primary;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One statement of fact, however often it is stated: an indicator's value for a subject and period,
 * with its status, as one document gives it (the reporting document for a second-hand figure, else
 * the source). Its mentions are the stored observations that state it: the same figure repeated in
 * several places of a report (its locations), or one statement credited to several sources.
 *
 * @param mentions the observations stating it, the one whose value is the fact's first; not empty
 */
public record Fact(List<Observation> mentions) {

  public Fact {
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("a fact needs at least one mention");
    }
  }

  /** The mention whose value and unit the fact takes: the most precisely written. */
  public Observation first() {
    return mentions.get(0);
  }

  public String indicator() {
    return first().indicator();
  }

  public String subject() {
    return first().subject();
  }

  public Period period() {
    return first().period();
  }

  public Status status() {
    return first().status();
  }

  public double value() {
    return first().value();
  }

  public String unit() {
    return first().unit();
  }

  /** The document that states it: the reporting source of a second-hand figure, else its source. */
  public String document() {
    return document(first());
  }

  /** True when it was passed on by a document other than its source. */
  public boolean isSecondHand() {
    return first().isSecondHand();
  }

  /** The sources it is credited to, each once, by id. */
  public List<String> sources() {
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    mentions.forEach(o -> out.add(o.source()));
    return List.copyOf(out);
  }

  /** Where it is stated, each place once, in order of mention; empty places left out. */
  public List<String> locations() {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    mentions.forEach(o -> {
      if (!o.location().isEmpty()) {
        out.add(o.location());
      }
    });
    return List.copyOf(out);
  }

  /** Ids of the observations stating it. */
  public List<String> observationIds() {
    return mentions.stream().map(Observation::id).toList();
  }

  static String document(Observation o) {
    return o.isSecondHand() ? o.reportedBy() : o.source();
  }
}
