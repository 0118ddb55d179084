package io.dyadscope.spark;

import io.dyadscope.events.EventFormat;
import io.dyadscope.evidence.Dyad;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the Spark job is asked to do.
 *
 * @param inputs  files, directories or globs; local paths or any URI Hadoop's filesystem reads
 *                ({@code hdfs://}, {@code s3a://} with the connector on the classpath); zips allowed
 * @param dyad    the dyad whose events are kept and pictured
 * @param out     output directory (local path or URI)
 * @param format  the format every file has, or null to detect each file's own
 * @param lenient skip bad rows (written to {@code OUT/rejects}) instead of stopping at the first
 * @param rules   a rule file (local path on the driver), or null for the shipped {@code event-rules.json}
 * @param top     actors and places listed per dataset
 */
public record JobOptions(List<String> inputs, Dyad dyad, String out, EventFormat format, boolean lenient, String rules,
    int top) {

  public static final String USAGE = "usage: EventJob --dyad AAA-BBB --out DIR [--format acled|ucdp|gdelt2|gdelt1]"
      + " [--lenient] [--rules FILE] [--top N] INPUT...";

  public JobOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(dyad, "dyad");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input files named; " + USAGE);
    }
    if (out == null || out.isBlank()) {
      throw new IllegalArgumentException("no output directory (--out); " + USAGE);
    }
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1: " + top);
    }
  }

  /** Parses the command line spark-submit passes on to the job. */
  public static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    Dyad dyad = null;
    String out = null;
    EventFormat format = null;
    boolean lenient = false;
    String rules = null;
    int top = 10;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--dyad" -> dyad = Dyad.parse(value(args, ++i, a));
        case "--out" -> out = value(args, ++i, a);
        case "--format" -> format = EventFormat.parse(value(args, ++i, a));
        case "--lenient" -> lenient = true;
        case "--rules" -> rules = value(args, ++i, a);
        case "--top" -> top = Integer.parseInt(value(args, ++i, a));
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a + "; " + USAGE);
          }
          inputs.add(a);
        }
      }
    }
    if (dyad == null) {
      throw new IllegalArgumentException("no dyad (--dyad); " + USAGE);
    }
    return new JobOptions(inputs, dyad, out, format, lenient, rules, top);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value; " + USAGE);
    }
    return args[i];
  }
}
