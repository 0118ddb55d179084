package io.dyadscope.spark;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * What the job did: files read with their rows (the embedded reader's counts), the first bad rows'
 * problems, the derived indicator observations, events no rule classifies, and where the output is.
 */
public record JobResult(List<String> files, long rows, long kept, long outsideDyad, long rejected,
    List<String> problems, List<Observation> observations, Map<String, Long> unclassified, long dyadEvents,
    String out) {

  public JobResult {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    observations = List.copyOf(observations);
    unclassified = Map.copyOf(unclassified);
  }

  static JobResult of(List<Row> summaries, List<String> problems, List<Observation> observations,
      Map<String, Long> unclassified, long dyadEvents, String out) {
    List<String> files = new ArrayList<>();
    long rows = 0;
    long kept = 0;
    long outside = 0;
    long rejected = 0;
    for (Row r : summaries) {
      files.add(r.getString(0));
      rows += r.getLong(1);
      kept += r.getLong(2);
      outside += r.getLong(3);
      rejected += r.getLong(4);
    }
    return new JobResult(files, rows, kept, outside, rejected, problems, observations, unclassified, dyadEvents, out);
  }

  /** A few lines for the terminal and {@code summary.txt}. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    out.add("read " + Figures.count(rows) + " rows from " + files.size() + " file(s): " + Figures.count(kept)
        + " kept for the dyad, " + Figures.count(outsideDyad) + " outside it, " + Figures.count(rejected) + " rejected");
    problems.forEach(p -> out.add("  " + p));
    out.add("derived " + Figures.count(observations.size()) + " yearly indicator values from "
        + Figures.count(dyadEvents) + " events of the dyad ("
        + Figures.count(unclassified.values().stream().mapToLong(Long::longValue).sum()) + " unclassified)");
    out.add("picture (Parquet): " + this.out + "/picture/{types,directions,cross_border,gdelt_volume,coverage,actors,places}");
    out.add("indicators: " + this.out + "/indicators.csv and " + this.out + "/sources.csv; load them with");
    out.add("  dyadscope import indicators " + this.out + "/indicators.csv --sources " + this.out + "/sources.csv");
    return out;
  }
}
