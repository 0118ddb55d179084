package io.dyadscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Answers are reused while the workspace's stamp holds; a stamp is trusted for a while; a write through the server clears all. */
class ResponseCacheTest {

  final AtomicReference<String> workspace = new AtomicReference<>("v1");
  final AtomicInteger stampsTaken = new AtomicInteger();
  final AtomicLong clock = new AtomicLong();
  final AtomicInteger computed = new AtomicInteger();
  final ResponseCache cache = new ResponseCache(() -> {
    stampsTaken.incrementAndGet();
    return workspace.get();
  }, clock::get);

  private String answer() {
    return cache.get("k", () -> "answer " + computed.incrementAndGet());
  }

  @Test
  void anAnswerIsReusedWhileTheWorkspaceIsUnchanged() {
    assertThat(answer()).isEqualTo("answer 1");
    clock.addAndGet(ResponseCache.STAMP_REUSE_NANOS + 1);
    assertThat(answer()).isEqualTo("answer 1");
    assertThat(stampsTaken).hasValue(2);
  }

  @Test
  void aStampIsTakenAtMostOncePerReusePeriod() {
    for (int i = 0; i < 100; i++) {
      answer();
      clock.addAndGet(ResponseCache.STAMP_REUSE_NANOS / 100);
    }
    assertThat(stampsTaken).hasValue(1);
  }

  @Test
  void aChangeByAnotherProcessShowsOnceTheStampIsRetaken() {
    answer();
    workspace.set("v2");
    assertThat(answer()).isEqualTo("answer 1");
    clock.addAndGet(ResponseCache.STAMP_REUSE_NANOS + 1);
    assertThat(answer()).isEqualTo("answer 2");
  }

  @Test
  void aWriteThroughTheServerShowsAtOnce() {
    answer();
    workspace.set("v2");
    cache.invalidate();
    assertThat(answer()).isEqualTo("answer 2");
  }
}
