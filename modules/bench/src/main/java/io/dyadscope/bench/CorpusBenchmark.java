package io.dyadscope.bench;

import io.dyadscope.app.corpus.DefaultCorpus;
import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.DocumentMetadata;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.codebook.CodebookJson;
import io.dyadscope.corpus.coding.AutoCoder;
import io.dyadscope.corpus.index.CorpusIndex;
import io.dyadscope.evidence.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Corpus throughput on one thread (so MB/s is per core) and search latency. The corpus is
 * SYNTHETIC: at least 50 MB of documents ({@code synthetic-NNNNN}), each about 20 KB of paragraphs
 * drawn at random (fixed seed) from the real texts of the default corpus, so the words and
 * sentences are real while the documents are not. Timed, each after a warm-up on a slice:
 *
 * <ul>
 *   <li>baseline: plain Lucene, StandardAnalyzer, one unstored text field per document;
 *   <li>Dyadscope's corpus index (stored text with offsets, metadata fields);
 *   <li>auto-coding with the default codebook (sentences, every rule);
 *   <li>search latency p50/p99 over a fixed mix of phrase, boolean, wildcard and field queries,
 *       10 hits with 2 highlighted snippets each.
 * </ul>
 *
 * <p>Arguments: {@code [megabytes] [search rounds]}, default 50 and 20. Targets: auto-coding
 * within 2x of plain indexing; p99 search under 50 ms.
 *
 * <p>"Per core" is megabytes over the CPU time the process spent (all its threads: Lucene's merges
 * and the garbage collector included), so the figure holds on a machine shared with other work;
 * wall-clock seconds are printed beside it. Search latency is given both as wall time and as the
 * searching thread's CPU time.
 */
public final class CorpusBenchmark {

  private static final String[] QUERIES = {
      "\"border crossing\"", "refugees AND pakistan", "trade OR transit", "security AND NOT taliban",
      "pipeline*", "kind:encyclopedic AND electricity", "\"durand line\" OR frontier",
      "date:[2023-01-01 TO 2024-12-31] AND border", "publisher:wikipedia AND refug*", "taliban AND (recognition OR relations)"};

  private CorpusBenchmark() {}

  public static void main(String[] args) throws IOException {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    List<CorpusDocument> real = DefaultCorpus.standard().documents();
    List<CorpusDocument> docs = synthetic(real, megabytes * 1024L * 1024L);
    double mb = docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1048576.0;
    System.out.printf(Locale.ROOT, "corpus: SYNTHETIC, %d documents, %.1f MB, paragraphs drawn from the %d real"
        + " default-corpus texts; one thread; %d cores on this machine%n", docs.size(), mb, real.size(),
        Runtime.getRuntime().availableProcessors());

    List<CorpusDocument> slice = docs.subList(0, Math.max(1, docs.size() / 10));
    for (int i = 0; i < 3; i++) {
      plainLucene(slice);
      ourIndex(slice).close();
      new AutoCoder(CodebookJson.standard(), SegmentUnit.sentence).code(slice);
    }

    System.gc();
    long t0 = System.nanoTime();
    long c0 = Machine.cpu();
    plainLucene(docs);
    double plain = seconds(t0);
    double plainCpu = (Machine.cpu() - c0) / 1e9;
    System.gc();
    t0 = System.nanoTime();
    c0 = Machine.cpu();
    CorpusIndex index = ourIndex(docs);
    double ours = seconds(t0);
    double oursCpu = (Machine.cpu() - c0) / 1e9;
    System.gc();
    t0 = System.nanoTime();
    c0 = Machine.cpu();
    List<Coding> codings = new AutoCoder(CodebookJson.standard(), SegmentUnit.sentence).code(docs);
    double auto = seconds(t0);
    double autoCpu = (Machine.cpu() - c0) / 1e9;

    System.out.printf(Locale.ROOT, "baseline, plain Lucene StandardAnalyzer indexing: %6.2f MB/s per core (%.1f CPU s,"
        + " %.1f s wall)%n", mb / plainCpu, plainCpu, plain);
    System.out.printf(Locale.ROOT, "corpus index (stored text, offsets, metadata):    %6.2f MB/s per core (%.1f CPU s,"
        + " %.1f s wall), %.2fx the baseline's CPU time%n", mb / oursCpu, oursCpu, ours, oursCpu / plainCpu);
    System.out.printf(Locale.ROOT, "auto-coding (default codebook, by sentence):      %6.2f MB/s per core (%.1f CPU s,"
        + " %.1f s wall), %.2fx the baseline's CPU time (target: within 2x); %,d codings%n", mb / autoCpu, autoCpu,
        auto, autoCpu / plainCpu, codings.size());

    double[] latencies = new double[QUERIES.length * rounds];
    double[] cpuLatencies = new double[QUERIES.length * rounds];
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    int n = 0;
    long hits = 0;
    try (CorpusIndex.Searcher s = index.searcher()) {
      for (String q : QUERIES) {
        s.search(q, 10, 2);
      }
      for (int r = 0; r < rounds; r++) {
        for (String q : QUERIES) {
          long c = threads.getCurrentThreadCpuTime();
          long t = System.nanoTime();
          hits += s.search(q, 10, 2).totalHits();
          latencies[n] = (System.nanoTime() - t) / 1e6;
          cpuLatencies[n++] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
      }
    }
    index.close();
    Arrays.sort(latencies);
    Arrays.sort(cpuLatencies);
    System.out.printf(Locale.ROOT, "search, %d queries (%d kinds x %d rounds), 10 hits + 2 snippets each:"
        + " wall p50 %.2f ms, p99 %.2f ms; CPU p50 %.2f ms, p99 %.2f ms (target p99 < 50 ms); %,d hits in all%n",
        latencies.length, QUERIES.length, rounds, percentile(latencies, 50), percentile(latencies, 99),
        percentile(cpuLatencies, 50), percentile(cpuLatencies, 99), hits);
    System.out.printf(Locale.ROOT, "machine load average during the run: %.1f on %d cores%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  /** Synthetic documents of about 20 KB, paragraphs drawn at random (seed 42) from the real texts. */
  static List<CorpusDocument> synthetic(List<CorpusDocument> real, long bytes) {
    List<String> paragraphs = new ArrayList<>();
    for (CorpusDocument d : real) {
      paragraphs.addAll(Arrays.asList(d.text().split("\n\n")));
    }
    Random random = new Random(42);
    List<CorpusDocument> out = new ArrayList<>();
    long total = 0;
    while (total < bytes) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < 20_000) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(paragraphs.get(random.nextInt(paragraphs.size())));
      }
      CorpusDocument model = real.get(out.size() % real.size());
      String text = sb.toString();
      String id = String.format(Locale.ROOT, "synthetic-%05d", out.size());
      DocumentMetadata m = model.metadata().withTitle("Synthetic " + id + " (paragraphs of real texts)");
      out.add(new CorpusDocument(id, m, id + ".txt", Hashing.sha256(text), text));
      total += text.getBytes(StandardCharsets.UTF_8).length;
    }
    return out;
  }

  private static void plainLucene(List<CorpusDocument> docs) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
      for (CorpusDocument d : docs) {
        Document doc = new Document();
        doc.add(new TextField("text", d.text(), Field.Store.NO));
        w.addDocument(doc);
      }
      w.commit();
    }
  }

  private static CorpusIndex ourIndex(List<CorpusDocument> docs) {
    CorpusIndex index = CorpusIndex.inMemory();
    index.update(docs, List.of());
    return index;
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
