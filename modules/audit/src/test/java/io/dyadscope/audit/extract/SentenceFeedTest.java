package io.dyadscope.audit.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.audit.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFeedTest {

  /** {@code n} one-character sentences, one paragraph each. */
  private static List<Sentence> sentences(int n) {
    List<Sentence> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Sentence(i, 2 * i, 2 * i + 1, i, false));
    }
    return out;
  }

  @Test
  void aLongTextIsPreparedOnAnotherThreadAndReadInOrder() {
    List<Sentence> sentences = sentences(2_000);
    List<String> preparedOn = new ArrayList<>();
    List<Integer> read = new ArrayList<>();
    SentenceFeed.forEach(sentences, s -> {
      if (s.index() == 0) {
        preparedOn.add(Thread.currentThread().getName());
      }
      return s.index();
    }, read::add);
    assertThat(preparedOn).containsExactly("dyadscope-sentence-feed");
    assertThat(read).hasSize(2_000);
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.get(i)).isEqualTo(i);
    }
  }

  @Test
  void aShortTextIsPreparedOnTheCallersThread() {
    List<String> preparedOn = new ArrayList<>();
    List<Integer> read = new ArrayList<>();
    SentenceFeed.forEach(sentences(10), s -> {
      preparedOn.add(Thread.currentThread().getName());
      return s.index();
    }, read::add);
    assertThat(preparedOn).containsOnly(Thread.currentThread().getName());
    assertThat(read).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void aFailureWhilePreparingReachesTheCallerAfterTheSentencesBeforeIt() {
    List<Integer> read = new ArrayList<>();
    assertThatThrownBy(() -> SentenceFeed.forEach(sentences(2_000), s -> {
      if (s.index() == 1_500) {
        throw new IllegalArgumentException("bad sentence 1500");
      }
      return s.index();
    }, read::add)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad sentence 1500");
    // the batches finished before the failing one are read; nothing after it
    assertThat(read).hasSize(1_280).last().isEqualTo(1_279);
  }

  @Test
  void aFailureWhileReadingStopsTheFeed() throws InterruptedException {
    assertThatThrownBy(() -> SentenceFeed.forEach(sentences(100_000), s -> s.index(), i -> {
      if (i == 10) {
        throw new IllegalStateException("reader failed");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("reader failed");
    // the feed does not go on preparing a text nobody reads
    for (int wait = 0; wait < 100 && feedRunning(); wait++) {
      Thread.sleep(20);
    }
    assertThat(feedRunning()).isFalse();
  }

  private static boolean feedRunning() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("dyadscope-sentence-feed") && t.isAlive());
  }
}
