package io.dyadscope.analysis.scoring;

import io.dyadscope.evidence.text.Figures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which of several facts for one period to use, by source grade, source kind and status, in an
 * order kept as data ({@code source-preference.json}: {@code order} names the criteria, and
 * {@code grades}, {@code kinds}, {@code statuses} rank the values of each, best first). Ties fall
 * to the lower observation id, so the choice never depends on input order.
 */
public final class SourcePreference {

  /** A criterion of the rule. */
  public enum Criterion { GRADE, KIND, STATUS }

  /**
   * The fact chosen among several, and why.
   *
   * @param chosen the fact used
   * @param ranked every fact, best first
   * @param reason one sentence: what the chosen fact beat, on which criterion
   */
  public record Choice(Observation chosen, List<Observation> ranked, String reason) {}

  private final String description;
  private final List<Criterion> order;
  private final List<Grade> grades;
  private final List<SourceKind> kinds;
  private final List<Status> statuses;

  public SourcePreference(String description, List<Criterion> order, List<Grade> grades, List<SourceKind> kinds,
      List<Status> statuses) {
    this.description = Objects.requireNonNull(description, "description");
    this.order = List.copyOf(order);
    this.grades = List.copyOf(grades);
    this.kinds = List.copyOf(kinds);
    this.statuses = List.copyOf(statuses);
    if (this.order.isEmpty() || this.order.stream().distinct().count() != this.order.size()) {
      throw new IllegalArgumentException("source preference order must name each criterion at most once: " + order);
    }
  }

  private static final class Standard {
    static final SourcePreference INSTANCE = read("source-preference.json",
        SourcePreference.class.getResourceAsStream("source-preference.json"));
  }

  /** The rule shipped with Dyadscope: grade, then kind, then first-hand before second-hand. */
  public static SourcePreference standard() {
    return Standard.INSTANCE;
  }

  /**
   * Reads a rule in the {@code source-preference.json} form.
   *
   * @throws IllegalArgumentException naming the file and the bad entry
   */
  public static SourcePreference read(String name, InputStream in) {
    if (in == null) {
      throw new IllegalStateException(name + " missing from the classpath");
    }
    try (in) {
      JsonNode n = new ObjectMapper().readTree(in);
      List<Criterion> order = new ArrayList<>();
      for (JsonNode c : array(n, "order", name)) {
        try {
          order.add(Criterion.valueOf(c.asText().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(name + ": order: unknown criterion '" + c.asText()
              + "' (expected grade, kind or status)");
        }
      }
      List<Grade> grades = new ArrayList<>();
      List<SourceKind> kinds = new ArrayList<>();
      List<Status> statuses = new ArrayList<>();
      try {
        array(n, "grades", name).forEach(g -> grades.add(Grade.parse(g.asText())));
        array(n, "kinds", name).forEach(k -> kinds.add(SourceKind.parse(k.asText())));
        array(n, "statuses", name).forEach(s -> statuses.add(Status.parse(s.asText())));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": " + e.getMessage());
      }
      return new SourcePreference(n.path("description").asText(""), order, grades, kinds, statuses);
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode array(JsonNode n, String field, String name) {
    JsonNode a = n.get(field);
    if (a == null || !a.isArray()) {
      throw new IllegalArgumentException(name + ": missing array '" + field + "'");
    }
    return a;
  }

  public String description() {
    return description;
  }

  /**
   * The preferred fact among {@code facts} (one indicator, subject and period), with the reason.
   *
   * @throws IllegalArgumentException when there are no facts
   */
  public Choice choose(List<Observation> facts, Map<String, Source> sources) {
    if (facts.isEmpty()) {
      throw new IllegalArgumentException("nothing to choose from");
    }
    List<Observation> ranked = new ArrayList<>(facts);
    ranked.sort(comparator(sources));
    Observation best = ranked.get(0);
    if (ranked.size() == 1) {
      return new Choice(best, ranked, "the only figure: " + describe(best, sources));
    }
    Observation runnerUp = ranked.get(1);
    String why = "same grade, kind and status as the next; the lower observation id decides";
    for (Criterion c : order) {
      int cmp = Integer.compare(rank(c, best, sources), rank(c, runnerUp, sources));
      if (cmp != 0) {
        why = switch (c) {
          case GRADE -> "grade " + grade(best, sources) + " beats grade " + grade(runnerUp, sources);
          case KIND -> kind(best, sources) + " sources come before " + kind(runnerUp, sources) + " ones";
          case STATUS -> "a first-hand (" + best.status().word() + ") figure comes before a " + runnerUp.status().word()
              + " one";
        };
        break;
      }
    }
    return new Choice(best, ranked, describe(best, sources) + " preferred over " + describe(runnerUp, sources) + ": " + why);
  }

  /** Best first by the rule, then by observation id. */
  public Comparator<Observation> comparator(Map<String, Source> sources) {
    Comparator<Observation> c = null;
    for (Criterion k : order) {
      Comparator<Observation> next = Comparator.comparingInt(o -> rank(k, o, sources));
      c = c == null ? next : c.thenComparing(next);
    }
    return c.thenComparing(Observation::id);
  }

  private int rank(Criterion c, Observation o, Map<String, Source> sources) {
    Source s = sources.get(o.source());
    return switch (c) {
      case GRADE -> position(grades, s == null ? Grade.F : s.grade());
      case KIND -> s == null ? kinds.size() : position(kinds, s.kind());
      case STATUS -> position(statuses, o.status());
    };
  }

  private static <T> int position(List<T> list, T value) {
    int i = list.indexOf(value);
    return i < 0 ? list.size() : i;
  }

  private static String grade(Observation o, Map<String, Source> sources) {
    Source s = sources.get(o.source());
    return s == null ? "F (unknown source)" : s.grade().name();
  }

  private static String kind(Observation o, Map<String, Source> sources) {
    Source s = sources.get(o.source());
    return s == null ? "unknown" : s.kind().label();
  }

  static String describe(Observation o, Map<String, Source> sources) {
    Source s = sources.get(o.source());
    String who = s == null ? o.source() : s.shortCitation() + " (" + s.kind().label() + ", grade " + s.grade() + ")";
    return Figures.exact(o.value()) + " from " + who
        + (o.isSecondHand() ? " as reported by " + o.reportedBy() : "");
  }
}
