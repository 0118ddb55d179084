package io.dyadscope.bench;

import io.dyadscope.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@code dyadscope report} inside one warm JVM. Baseline, measured in the same run:
 * {@code dyadscope sources}, which opens the same workspace and reads it but builds no dossier.
 * Arguments: {@code --workspace DIR --out DIR [--cold-ms N] [--runs N]}.
 */
public final class ReportBenchmark {

  private ReportBenchmark() {}

  public static void main(String[] args) {
    String workspace = arg(args, "--workspace", null);
    String out = arg(args, "--out", "dossier-bench");
    int runs = Integer.parseInt(arg(args, "--runs", "15"));
    long coldMs = Long.parseLong(arg(args, "--cold-ms", "0"));
    if (workspace == null) {
      throw new IllegalArgumentException("--workspace DIR is required");
    }
    // --force: each run builds the dossier; unforced, every run after the first would only find it up to date
    String[] report = {"report", "--workspace", workspace, "--out", out, "--force"};
    String[] baseline = {"sources", "--workspace", workspace};
    for (int i = 0; i < 5; i++) {
      run(report);
      run(baseline);
    }
    double[] r = new double[runs];
    double[] b = new double[runs];
    for (int i = 0; i < runs; i++) {
      b[i] = run(baseline);
      r[i] = run(report);
    }
    double rm = median(r);
    double bm = median(b);
    System.out.printf(Locale.ROOT, "report in a warm JVM, %d runs (median): %.1f ms%n", runs, rm);
    System.out.printf(Locale.ROOT, "  baseline: sources (open workspace, read, print): %.1f ms; ratio %.2f%n", bm, rm / bm);
    if (coldMs > 0) {
      System.out.printf(Locale.ROOT, "  warm / cold: %.3f (cold %d ms)%n", rm / coldMs, coldMs);
    }
  }

  private static double run(String[] args) {
    StringWriter sink = new StringWriter();
    long t = System.nanoTime();
    int code = Main.run(args, new PrintWriter(sink), new PrintWriter(sink));
    double ms = (System.nanoTime() - t) / 1e6;
    if (code != 0) {
      throw new IllegalStateException("dyadscope " + String.join(" ", args) + " exited " + code + ": " + sink);
    }
    return ms;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String arg(String[] args, String name, String dflt) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return dflt;
  }
}
