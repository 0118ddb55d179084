package io.dyadscope.audit.check;

import io.dyadscope.audit.text.Layout;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Workspace figures that came from the audited report itself: checking the report against them
 * would be circular. A source is the report only when it is the stored document: its citation or
 * address names the report file's content hash; or it has the report's title (the citation's title
 * is the report's first line, when that reads as a title) and its author (the source's publisher
 * named near the top of the report or in its running head); or the report's running head (a
 * journal's name on every page) names the source's publisher, year, volume and number. A short note
 * that merely shares words of a paper's title is not the paper. An observation is the report's when
 * its source or the source that passed it on is. Every exclusion is said in the coverage, with
 * how many figures and why.
 */
public final class SelfReference {

  private static final int FEWEST_TITLE_WORDS = 3;
  private static final int MOST_TITLE_WORDS = 20;
  /** Lines at the top of a report where a byline names its author. */
  private static final int BYLINE_LINES = 8;
  private static final java.util.regex.Pattern ISSUE = java.util.regex.Pattern.compile(
      "(?i)\\b(?:vol|volume)\\.?\\s*(\\d+)\\W+(?:no|number|issue)\\.?\\s*(\\d+)|\\b(\\d+)\\s*\\((\\d+)\\)");

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
        heads.add(lines.line(n));
      }
    }
    StringBuilder top = new StringBuilder();
    for (int n = 1; n <= Math.min(lines.count(), BYLINE_LINES); n++) {
      top.append(' ').append(normal(lines.line(n)));
    }
    Map<String, String> why = new java.util.HashMap<>();
    List<Observation> kept = new ArrayList<>();
    int skipped = 0;
    String via = null;
    for (Observation o : observations) {
      String self = null;
      for (String id : List.of(o.source(), o.reportedBy())) {
        if (self == null && !id.isEmpty()) {
          String reason = why.computeIfAbsent(id, k -> reason(sources.get(k), title, heads, top + " ", sha256OrNull));
          self = reason.isEmpty() ? null : id;
        }
      }
      if (self == null) {
        kept.add(o);
      } else {
        skipped++;
        via = self;
      }
    }
    List<String> notes = skipped == 0 ? List.of() : List.of("EXCLUDED " + skipped + " of " + observations.size()
        + " workspace figure" + (observations.size() == 1 ? "" : "s") + " from data checks: source '" + via
        + "' is this report (" + why.get(via) + "), and a report cannot verify itself");
    return new Split(kept, notes);
  }

  /** Why {@code s} is the audited report, or "" when it is not. */
  private static String reason(Source s, String title, List<String> heads, String top, String sha256) {
    if (s == null) {
      return "";
    }
    if (sha256 != null && !sha256.isBlank() && (s.citation() + " " + s.url()).contains(sha256)) {
      return "same content hash";
    }
    String publisher = normal(s.publisher());
    String ownTitle = normal(s.citation().split("\\.\\s|\\s\\(", 2)[0]);
    if (title != null && title.equals(ownTitle) && !publisher.isEmpty() && top.contains(" " + publisher + " ")) {
      return "same title and author";
    }
    Matcher cited = ISSUE.matcher(s.citation());
    String issue = cited.find() ? issue(cited) : null;
    for (String h : heads) {
      String n = " " + normal(h) + " ";
      Matcher m = ISSUE.matcher(h);
      if (!publisher.isEmpty() && n.contains(" " + publisher + " ") && n.contains(" " + s.year() + " ")
          && issue != null && m.find() && issue.equals(issue(m))) {
        return "its running head names the same journal, year and issue";
      }
    }
    return "";
  }

  private static String issue(Matcher m) {
    return m.group(1) != null ? m.group(1) + "/" + m.group(2) : m.group(3) + "/" + m.group(4);
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
