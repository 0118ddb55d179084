package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Hands the prose reader its sentences in order, each with the work done on it that needs nothing
 * from the sentences before it (tokens, countries, what is found before any stage runs). In a long
 * text that work, about half of the reader's, is done on a thread of its own a few batches ahead,
 * so that it runs beside the stages and listeners, which must see the sentences one after another.
 * A short text is done on the caller's thread: a thread would cost more than it saves.
 */
final class SentenceFeed {

  /** Sentences per hand-over: enough that the queue is touched rarely. */
  private static final int BATCH = 256;
  /** Batches worked out ahead at most: bounds the tokens held in memory. */
  private static final int AHEAD = 8;

  private SentenceFeed() {}

  /** Gives {@code reader} what {@code prepare} makes of each of {@code sentences}, in order. */
  static <T> void forEach(List<Sentence> sentences, Function<Sentence, T> prepare, Consumer<T> reader) {
    if (sentences.size() < 2 * BATCH) {
      for (Sentence s : sentences) {
        reader.accept(prepare.apply(s));
      }
      return;
    }
    List<T> end = new ArrayList<>(); // the last batch: a list of its own, told apart by identity
    BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(AHEAD);
    Throwable[] failure = new Throwable[1];
    Thread worker = new Thread(() -> {
      try {
        try {
          for (int from = 0; from < sentences.size(); from += BATCH) {
            List<T> batch = new ArrayList<>(BATCH);
            for (Sentence s : sentences.subList(from, Math.min(sentences.size(), from + BATCH))) {
              batch.add(prepare.apply(s));
            }
            queue.put(batch);
          }
        } catch (RuntimeException | Error e) {
          failure[0] = e; // seen by the reader after it takes the end from the queue
        }
        queue.put(end);
      } catch (InterruptedException e) {
        // the reader has stopped (it failed): nobody waits for more
      }
    }, "dyadscope-sentence-feed");
    worker.setDaemon(true);
    worker.start();
    try {
      for (List<T> batch = take(queue); batch != end; batch = take(queue)) {
        batch.forEach(reader);
      }
    } finally {
      worker.interrupt();
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    } else if (failure[0] instanceof Error e) {
      throw e;
    }
  }

  private static <T> List<T> take(BlockingQueue<List<T>> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the report's sentences", e);
    }
  }
}
