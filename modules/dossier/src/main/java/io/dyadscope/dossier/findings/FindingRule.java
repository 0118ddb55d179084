package io.dyadscope.dossier.findings;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rule that turns stored data into a {@link Finding}: what to compute ({@link RuleKind}) and on
 * which indicators and subjects. Nothing in a rule is specific to a dyad: subjects are written as
 * the placeholders {@code {dyad}}, {@code {first}}, {@code {second}}, as a subject kind, or as a
 * literal code such as an initiative.
 *
 * @param id         unique key, e.g. {@code trade.total-path}; the finding takes it
 * @param theme      id of the theme the finding belongs to
 * @param lenses     ids of lenses reading the finding; empty means the theme's lenses
 * @param kind       the computation
 * @param indicators indicator ids: one for path, compare and projection; one or more for breakdown;
 *                   the parts for parts; any number for disagreement (none means every indicator)
 * @param whole      for parts, the indicator the parts make up; otherwise empty
 * @param subject    for path, parts and projection a placeholder or code; for breakdown one of
 *                   {@code provinces}, {@code initiatives}, {@code countries}; for disagreement a
 *                   placeholder, a code or empty for every subject; unused by compare
 * @param status     which values compare, breakdown and parts read
 * @param label      optional text template naming what the finding is about (placeholders allowed);
 *                   empty to derive it from the indicator and subject
 * @param terms      optional short names of the indicators, one per indicator, for breakdown and parts
 */
public record FindingRule(String id, String theme, List<String> lenses, RuleKind kind, List<String> indicators,
    String whole, String subject, StatusFilter status, String label, List<String> terms) {

  /** The subject kinds a breakdown spreads over. */
  public static final Set<String> SUBJECT_KINDS = Set.of("provinces", "initiatives", "countries");

  public FindingRule {
    id = Json.requireId(id, "finding rule id");
    theme = Json.requireId(theme, "theme of rule " + id);
    lenses = List.copyOf(lenses);
    Objects.requireNonNull(kind, "kind of rule " + id);
    indicators = List.copyOf(indicators);
    whole = whole == null ? "" : whole.strip();
    subject = subject == null ? "" : subject.strip();
    Objects.requireNonNull(status, "status of rule " + id);
    label = label == null ? "" : label.strip();
    terms = List.copyOf(terms);
    switch (kind) {
      case PATH, PROJECTION -> {
        requireIndicators(id, kind, indicators, 1, 1);
        requireSubject(id, kind, subject);
      }
      case COMPARE -> requireIndicators(id, kind, indicators, 1, 1);
      case BREAKDOWN -> {
        requireIndicators(id, kind, indicators, 1, Integer.MAX_VALUE);
        if (!SUBJECT_KINDS.contains(subject)) {
          throw new IllegalArgumentException("breakdown rule " + id + " needs subject provinces, initiatives or countries, not '"
              + subject + "'");
        }
      }
      case PARTS -> {
        requireIndicators(id, kind, indicators, 1, Integer.MAX_VALUE);
        requireSubject(id, kind, subject);
        if (whole.isEmpty()) {
          throw new IllegalArgumentException("parts rule " + id + " needs a 'whole' indicator");
        }
      }
      case DISAGREEMENT -> {
        if (SUBJECT_KINDS.contains(subject)) {
          throw new IllegalArgumentException("disagreement rule " + id + " takes a subject code or none, not '" + subject + "'");
        }
      }
      default -> throw new IllegalStateException("unhandled kind " + kind);
    }
    if (!terms.isEmpty() && terms.size() != indicators.size()) {
      throw new IllegalArgumentException("rule " + id + " has " + terms.size() + " terms for " + indicators.size()
          + " indicators");
    }
  }

  private static void requireIndicators(String id, RuleKind kind, List<String> indicators, int min, int max) {
    if (indicators.size() < min || indicators.size() > max) {
      throw new IllegalArgumentException(kind.word() + " rule " + id + " needs "
          + (min == max ? "exactly " + min : "at least " + min) + " indicator" + (min == 1 && max == 1 ? "" : "s")
          + ", has " + indicators.size() + ": " + indicators);
    }
  }

  private static void requireSubject(String id, RuleKind kind, String subject) {
    if (subject.isEmpty() || SUBJECT_KINDS.contains(subject)) {
      throw new IllegalArgumentException(kind.word() + " rule " + id
          + " needs one subject ({dyad}, {first}, {second} or a code), not '" + subject + "'");
    }
  }

  /** The short name of indicator number {@code i}, or empty when the rule gives none. */
  public String term(int i) {
    return terms.isEmpty() ? "" : terms.get(i);
  }
}
