package io.dyadscope.audit.check;

import io.dyadscope.audit.text.Layout;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Workspace figures that came from the audited report itself: checking the report against them
 * would be circular. A source is the report when its citation holds the report's title (its first
 * line, when that reads as a title), when the report's running head (a journal's name on every
 * page) names the source's publisher and year, or when its citation or address names the report's
 * content hash; an observation is the report's when its source or the source that passed it on is.
 */
public final class SelfReference {

  private static final int FEWEST_TITLE_WORDS = 3;
  private static final int MOST_TITLE_WORDS = 20;

  private SelfReference() {}

  /** The observations that do not come from the report, and a coverage note on those left out. */
  public record Split(List<Observation> independent, List<String> notes) {}

  public static Split split(Layout layout, String sha256OrNull, List<Observation> observations,
      Map<String, Source> sources) {
    Lines lines = layout.lines();
    String title = title(lines);
    List<String> heads = new ArrayList<>();
    for (int n = 1; n <= lines.count(); n++) {
      if (layout.kind(n) == Layout.Kind.RUNNING_HEAD) {
        heads.add(normal(lines.line(n)));
      }
    }
    List<Observation> kept = new ArrayList<>();
    int skipped = 0;
    String via = null;
    for (Observation o : observations) {
      String self = isSelf(sources.get(o.source()), title, heads, sha256OrNull) ? o.source()
          : !o.reportedBy().isEmpty() && isSelf(sources.get(o.reportedBy()), title, heads, sha256OrNull)
          ? o.reportedBy() : null;
      if (self == null) {
        kept.add(o);
      } else {
        skipped++;
        via = self;
      }
    }
    List<String> notes = skipped == 0 ? List.of() : List.of(skipped + " workspace figure" + (skipped == 1 ? "" : "s")
        + " from source '" + via + "' not used: that source is this report, and a report cannot verify itself");
    return new Split(kept, notes);
  }

  private static boolean isSelf(Source s, String title, List<String> heads, String sha256) {
    if (s == null) {
      return false;
    }
    String citation = normal(s.citation() + " " + s.url());
    String publisher = normal(s.publisher());
    boolean inHead = !publisher.isEmpty() && heads.stream().anyMatch(h -> (" " + h + " ").contains(" " + publisher + " ")
        && (" " + h + " ").contains(" " + s.year() + " "));
    return title != null && citation.contains(title) || inHead
        || sha256 != null && !sha256.isBlank() && (s.citation() + " " + s.url()).contains(sha256);
  }

  /** The report's first non-blank line, normalised, when it reads as a title; else null. */
  static String title(Lines lines) {
    for (int n = 1; n <= lines.count(); n++) {
      String l = lines.line(n).strip().replaceFirst("^#+\\s*", "");
      if (l.isEmpty()) {
        continue;
      }
      String t = normal(l);
      int words = t.isEmpty() ? 0 : t.split(" ").length;
      return words >= FEWEST_TITLE_WORDS && words <= MOST_TITLE_WORDS && !l.endsWith(".") ? t : null;
    }
    return null;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
