package io.dyadscope.audit.eval;

import io.dyadscope.audit.eval.ReportScore.CheckScore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit scored over a set of annotated reports: each report's score and the pooled totals
 * (recall and precision over all defects and flags of the set, not the mean of the reports').
 *
 * @param reports each report's score, in name order
 */
public record Evaluation(List<ReportScore> reports) {

  public Evaluation {
    reports = reports.stream().sorted(java.util.Comparator.comparing(ReportScore::name)).toList();
  }

  public int defects() {
    return reports.stream().mapToInt(ReportScore::defects).sum();
  }

  public int hits() {
    return reports.stream().mapToInt(ReportScore::hits).sum();
  }

  public int flagged() {
    return reports.stream().mapToInt(ReportScore::flagged).sum();
  }

  public int inDefect() {
    return reports.stream().mapToInt(ReportScore::inDefect).sum();
  }

  public int clean() {
    return reports.stream().mapToInt(ReportScore::clean).sum();
  }

  public int cleanFlagged() {
    return reports.stream().mapToInt(r -> r.cleanHit().size()).sum();
  }

  public int dyadsRight() {
    return (int) reports.stream().filter(ReportScore::dyadRight).count();
  }

  /** Defects found over defects; 0 when there are none. */
  public double recall() {
    return defects() == 0 ? 0 : (double) hits() / defects();
  }

  /** Flags inside a defect range over all flags; 1 when nothing was flagged. */
  public double precision() {
    return flagged() == 0 ? 1 : (double) inDefect() / flagged();
  }

  /** The reports whose names are in {@code names}. */
  public Evaluation only(java.util.Collection<String> names) {
    return new Evaluation(reports.stream().filter(r -> names.contains(r.name())).toList());
  }

  /** Per check, pooled over the reports. */
  public Map<String, CheckScore> byCheck() {
    Map<String, CheckScore> out = new TreeMap<>();
    for (ReportScore r : reports) {
      r.byCheck().forEach((k, v) -> out.merge(k, v, CheckScore::plus));
    }
    return out;
  }

  /**
   * The scores as text: one line per report and the pooled total (as {@code score.py --all} prints
   * them), then per check, then with {@code details} each report's misses and false flags.
   */
  public String render(boolean details) {
    StringBuilder sb = new StringBuilder();
    for (ReportScore r : reports) {
      sb.append(line(r.name(), r.dyadRight() ? "yes" : "no (got " + r.dyad() + ")", r.hits(), r.defects(),
          r.inDefect(), r.flagged(), r.cleanHit().size(), r.clean()));
    }
    sb.append(line("TOTAL (" + reports.size() + " reports)", dyadsRight() + "/" + reports.size(), hits(), defects(),
        inDefect(), flagged(), cleanFlagged(), clean()));
    sb.append("\nper check:            defects found   flags in a defect range\n");
    byCheck().forEach((check, s) -> sb.append(String.format(Locale.ROOT, "  %-18s  %-14s  %s%n", check,
        ratio(s.found(), s.defects()), ratio(s.inDefect(), s.flagged()))));
    if (details) {
      for (ReportScore r : reports) {
        if (r.missed().isEmpty() && r.outside().isEmpty() && r.cleanHit().isEmpty()) {
          continue;
        }
        sb.append('\n').append(r.name()).append(":\n");
        r.missed().forEach(d -> sb.append("  missed ").append(d.id()).append(' ').append(d.check()).append(" lines ")
            .append(d.where()).append(": ").append(d.what()).append('\n'));
        r.outside().forEach(o -> sb.append("  outside defect ranges: ").append(o).append('\n'));
        r.cleanHit().forEach(c -> sb.append("  flagged clean line ").append(c.line()).append(": ").append(c.why())
            .append('\n'));
      }
    }
    return sb.toString();
  }

  private static String line(String name, String dyad, int hits, int defects, int in, int flagged, int cleanHit,
      int clean) {
    return String.format(Locale.ROOT, "%-22s dyad %-16s recall %-14s precision %-14s clean flagged %d/%d%n", name, dyad,
        ratio(hits, defects), ratio(in, flagged), cleanHit, clean);
  }

  static String ratio(int num, int den) {
    return num + "/" + den + " = " + (den == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) num / den));
  }
}
