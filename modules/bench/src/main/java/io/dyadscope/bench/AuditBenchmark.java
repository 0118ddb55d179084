package io.dyadscope.bench;

import io.dyadscope.audit.AuditInput;
import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Auditor;
import io.dyadscope.evidence.Dyad;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of the report audit, one audit at a time (inside it the whole-text scans, text
 * defects and initiatives, run on other threads beside the layout; a second thread reads tables;
 * the prose reader's sentences are tokenised on a thread of their own: up to 4 threads at once).
 * Builds an input of at
 * least 20 MB by repeating a real report (the seed paper when {@code shared/seed} is found above
 * the working directory, else the audit module's own sample report) with its numbers and years
 * varied on each repetition, then times the whole audit (extraction and every check) after a
 * warm-up, and, as the baseline measured in the same run, splitting the same text into lines and
 * scanning it for numbers with a regex.
 *
 * <p>Arguments: {@code [megabytes] [timed runs]}, default 20 and 3. Prints claims per second, MB per
 * second, the baseline's MB per second and the ratio; the target is 10 MB/s or more (issue 20).
 */
public final class AuditBenchmark {

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
  private static final Pattern VARIABLE = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\p{L}\\p{N}])");
  private static final double TARGET_MB_S = 10;

  private AuditBenchmark() {}

  public static void main(String[] args) throws IOException {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path report = findReport();
    String base = Files.readString(report, StandardCharsets.UTF_8);
    String text = build(base, megabytes * 1024L * 1024L);
    double mb = text.getBytes(StandardCharsets.UTF_8).length / (1024.0 * 1024.0);
    System.out.printf(Locale.ROOT, "report: %s (%,d chars), input: %.1f MB (%d repetitions, numbers and years"
        + " varied)%n", report, base.length(), mb, text.length() / Math.max(1, base.length()));
    Dyad dyad = Dyad.parse("PAK-AFG");

    // Warm-up: a few audits of a slice, then one of the whole input.
    String slice = text.substring(0, Math.min(text.length(), 2 * 1024 * 1024));
    for (int i = 0; i < 5; i++) {
      Auditor.audit(AuditInput.of("bench.txt", slice, dyad));
      baseline(slice);
    }
    Auditor.audit(AuditInput.of("bench.txt", text, dyad));

    double[] auditSeconds = new double[runs];
    double[] baseSeconds = new double[runs];
    AuditReport last = null;
    long numbers = 0;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      numbers = baseline(text);
      long t1 = System.nanoTime();
      last = Auditor.audit(AuditInput.of("bench.txt", text, dyad));
      long t2 = System.nanoTime();
      baseSeconds[r] = (t1 - t0) / 1e9;
      auditSeconds[r] = (t2 - t1) / 1e9;
    }
    double audit = median(auditSeconds);
    double baseline = median(baseSeconds);
    int claims = last.claims().size();
    double auditMbS = mb / audit;
    double baseMbS = mb / baseline;
    System.out.printf(Locale.ROOT, "audit: median %.3f s of %d runs; %,d claims, %,d findings, %,d verified%n", audit,
        runs, claims, last.findings().size(), last.verified().size());
    System.out.printf(Locale.ROOT, "audit throughput: %,.0f claims/s, %.2f MB/s (threads: up to 4: whole-text scans,"
        + " tables and sentence feed beside the main thread)%n", claims / audit, auditMbS);
    System.out.printf(Locale.ROOT, "baseline (split lines + number regex, %,d numbers): median %.3f s, %.2f MB/s%n",
        numbers, baseline, baseMbS);
    System.out.printf(Locale.ROOT, "ratio audit/baseline: %.3f (the audit runs at %.1f%% of the baseline's speed)%n",
        auditMbS / baseMbS, 100 * auditMbS / baseMbS);
    System.out.printf(Locale.ROOT, "target >= %.0f MB/s: %s (collector: %s; load average %s)%n", TARGET_MB_S,
        auditMbS >= TARGET_MB_S ? "met" : "NOT met", Machine.collectors(), Machine.loadAverage());
  }

  /** Splits into lines and counts the numbers of each: the least any audit has to do. */
  static long baseline(String text) {
    long n = 0;
    Matcher m = NUMBER.matcher("");
    for (String line : text.split("\n", -1)) {
      m.reset(line);
      while (m.find()) {
        n++;
      }
    }
    return n;
  }

  /** The report repeated until {@code bytes}, each copy with years shifted and numbers changed. */
  static String build(String report, long bytes) {
    StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, bytes + report.length()));
    int r = 0;
    while (sb.length() < bytes) {
      sb.append(vary(report, r++)).append("\n\n");
    }
    return sb.toString();
  }

  /** Years moved by up to 40 either way; other numbers nudged by a few units, formats kept. */
  static String vary(String text, int rep) {
    int shift = rep % 81 - 40;
    int nudge = rep % 7;
    Matcher m = VARIABLE.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    while (m.find()) {
      String whole = m.group(1);
      String decimals = m.group(2);
      String digits = whole.replace(",", "");
      String rep2;
      if (decimals == null && whole.length() == 4 && digits.matches("(19|20)\\d\\d")) {
        rep2 = Integer.toString(Integer.parseInt(digits) + shift);
      } else if (digits.length() > 12) {
        rep2 = m.group();
      } else {
        long v = Long.parseLong(digits) + (rep % 3 == 0 ? 0 : nudge);
        String s = whole.contains(",") ? String.format(Locale.ROOT, "%,d", v) : Long.toString(v);
        rep2 = s + (decimals == null ? "" : decimals);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(rep2));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** The seed paper above the working directory, else the audit module's sample report. */
  static Path findReport() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path seed = d.resolve("shared/seed/pakistan-afghanistan-relations-2025.txt");
      if (Files.isRegularFile(seed)) {
        return seed;
      }
    }
    for (Path d = dir; d != null; d = d.getParent()) {
      Path sample = d.resolve("modules/audit/src/test/resources/io/dyadscope/audit/sample-report.txt");
      if (Files.isRegularFile(sample)) {
        return sample;
      }
    }
    throw new IOException("no report to benchmark: neither shared/seed/pakistan-afghanistan-relations-2025.txt nor"
        + " modules/audit/src/test/resources/io/dyadscope/audit/sample-report.txt above " + dir);
  }
}
