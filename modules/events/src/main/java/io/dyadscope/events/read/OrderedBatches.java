package io.dyadscope.events.read;

import io.dyadscope.events.BadRowException;
import io.dyadscope.events.Event;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses the lines of a line-per-row file on worker threads, in batches, while the calling thread
 * reads ahead and hands the results on strictly in file order: so a strict read still stops at the
 * first bad row by line number, and the consumer (the store's appender) is only ever called from the
 * calling thread. At most {@code 2 x threads} batches are in flight, so memory stays bounded.
 */
final class OrderedBatches {

  static final int BATCH = 4096;

  /** A line's outcome: an event, or the problem with the raw text. */
  record Parsed(Event event, ImportProblem problem, String text) {}

  interface Parser {
    /** @throws BadRowException for a bad line */
    Event parse(String line, long lineNo);
  }

  interface Sink {
    void accept(Parsed p) throws IOException, ImportException;
  }

  private OrderedBatches() {}

  static void run(BufferedReader reader, Parser parser, int threads, Sink sink) throws IOException, ImportException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "event-parser");
      t.setDaemon(true);
      return t;
    });
    try {
      ArrayDeque<Future<List<Parsed>>> inFlight = new ArrayDeque<>();
      long n = 0;
      boolean eof = false;
      while (true) {
        while (!eof && inFlight.size() < threads * 2) {
          List<String> batch = new ArrayList<>(BATCH);
          long first = n + 1;
          String line;
          while (batch.size() < BATCH && (line = reader.readLine()) != null) {
            batch.add(line);
            n++;
          }
          eof = batch.size() < BATCH;
          if (!batch.isEmpty()) {
            inFlight.add(pool.submit(() -> parseAll(batch, first, parser)));
          }
        }
        Future<List<Parsed>> next = inFlight.poll();
        if (next == null) {
          return;
        }
        for (Parsed p : get(next)) {
          sink.accept(p);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Parsed> parseAll(List<String> lines, long first, Parser parser) {
    List<Parsed> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      try {
        out.add(new Parsed(parser.parse(line, first + i), null, null));
      } catch (BadRowException e) {
        out.add(new Parsed(null, e.problem(), line));
      }
    }
    return out;
  }

  private static List<Parsed> get(Future<List<Parsed>> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(e.getCause());
    }
  }
}
