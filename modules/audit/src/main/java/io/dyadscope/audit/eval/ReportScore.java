package io.dyadscope.audit.eval;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.eval.AnswerKey.Clean;
import io.dyadscope.audit.eval.AnswerKey.Defect;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One audit scored against its answer key, with the definitions of the annotated set's
 * {@code score.py}: a defect is found when an error or warning (for a {@code strength} defect, a
 * finding of any severity) lies on a file line of its ranges; precision counts the errors and
 * warnings on a line inside some defect range; a clean line is flagged when an error or warning
 * lies on it; the dyad must equal the key's, in order.
 *
 * @param name      the report's name (its file name without the extension)
 * @param defects   defects in the key
 * @param missed    defects no finding hit
 * @param flagged   errors and warnings
 * @param inDefect  errors and warnings on a line inside some defect range
 * @param outside   errors and warnings outside every defect range, as "line N severity check"
 * @param clean     clean-trap lines in the key
 * @param cleanHit  clean-trap lines that carry an error or warning
 * @param dyad      the audit's dyad
 * @param keyDyad   the key's dyad
 * @param byCheck   per check: [defects, found] for defects of that check and [flagged, in a defect
 *                  range] for findings of that check, as {@link CheckScore}
 */
public record ReportScore(String name, int defects, List<Defect> missed, int flagged, int inDefect,
    List<String> outside, int clean, List<Clean> cleanHit, String dyad, String keyDyad,
    Map<String, CheckScore> byCheck) {

  public ReportScore {
    missed = List.copyOf(missed);
    outside = List.copyOf(outside);
    cleanHit = List.copyOf(cleanHit);
    byCheck = java.util.Collections.unmodifiableMap(new TreeMap<>(byCheck));
  }

  /**
   * The scores of one check.
   *
   * @param defects  defects of this check
   * @param found    of those, found
   * @param flagged  errors and warnings this check raised
   * @param inDefect of those, on a line inside some defect range
   */
  public record CheckScore(int defects, int found, int flagged, int inDefect) {
    CheckScore plus(CheckScore o) {
      return new CheckScore(defects + o.defects, found + o.found, flagged + o.flagged, inDefect + o.inDefect);
    }
  }

  /** Defects found. */
  public int hits() {
    return defects - missed.size();
  }

  public boolean dyadRight() {
    return dyad.equals(keyDyad);
  }

  /** Scores {@code report} (an audit of the file {@code key.file()}) against {@code key}. */
  public static ReportScore of(String name, AuditReport report, AnswerKey key) {
    List<int[]> located = new ArrayList<>(); // [file line, severity ordinal] per finding
    List<AuditFinding> findings = report.findings();
    Set<Integer> flaggedLines = new HashSet<>();
    Map<String, CheckScore> byCheck = new TreeMap<>();
    int flagged = 0;
    int inDefect = 0;
    List<String> outside = new ArrayList<>();
    for (AuditFinding f : findings) {
      int line = report.at(f.line()).line();
      located.add(new int[] {line, flags(f) ? 1 : 0});
      if (!flags(f)) {
        continue;
      }
      flagged++;
      flaggedLines.add(line);
      boolean in = key.defects().stream().anyMatch(d -> d.covers(line));
      if (in) {
        inDefect++;
      } else {
        outside.add("line " + line + " " + f.severity().word() + " " + f.check());
      }
      byCheck.merge(f.check(), new CheckScore(0, 0, 1, in ? 1 : 0), CheckScore::plus);
    }
    List<Defect> missed = new ArrayList<>();
    for (Defect d : key.defects()) {
      boolean anySeverity = d.check().equals("strength");
      boolean hit = located.stream().anyMatch(l -> (anySeverity || l[1] == 1) && d.covers(l[0]));
      if (!hit) {
        missed.add(d);
      }
      byCheck.merge(d.check(), new CheckScore(1, hit ? 1 : 0, 0, 0), CheckScore::plus);
    }
    List<Clean> cleanHit = key.clean().stream().filter(c -> flaggedLines.contains(c.line())).toList();
    return new ReportScore(name, key.defects().size(), missed, flagged, inDefect, outside, key.clean().size(),
        cleanHit, report.dyad(), key.dyad(), byCheck);
  }

  private static boolean flags(AuditFinding f) {
    return f.severity() == Severity.ERROR || f.severity() == Severity.WARNING;
  }
}
