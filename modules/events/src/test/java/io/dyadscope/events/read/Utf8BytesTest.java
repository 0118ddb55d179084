package io.dyadscope.events.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte scans refuse exactly what Java's strict UTF-8 decoder refuses. */
class Utf8BytesTest {

  private static boolean accepts(int... bytes) {
    Utf8Bytes u = new Utf8Bytes();
    for (int b : bytes) {
      if (!u.accept(b)) {
        return false;
      }
    }
    return !u.inSequence();
  }

  @Test
  void acceptsTextInEveryLengthOfSequence() {
    byte[] text = "Kābul, Peshāwar, پشاور, 𝔸".getBytes(StandardCharsets.UTF_8);
    int[] bytes = new int[text.length];
    for (int i = 0; i < text.length; i++) {
      bytes[i] = text[i] & 0xFF;
    }
    assertThat(accepts(bytes)).isTrue();
  }

  @Test
  void refusesALatin1Byte() {
    assertThat(accepts('K', 0xE2, 'b')).isFalse();
  }

  @Test
  void refusesAnOverlongForm() {
    assertThat(accepts(0xC0, 0x80)).isFalse();
    assertThat(accepts(0xE0, 0x80, 0x80)).isFalse();
  }

  @Test
  void refusesASurrogate() {
    assertThat(accepts(0xED, 0xA0, 0x80)).isFalse();
  }

  @Test
  void refusesACodePointPastTheLast() {
    assertThat(accepts(0xF4, 0x90, 0x80, 0x80)).isFalse();
  }

  @Test
  void saysWhenBytesEndInsideACharacter() {
    Utf8Bytes u = new Utf8Bytes();
    assertThat(u.accept(0xE2)).isTrue();
    assertThat(u.inSequence()).isTrue();
    u.reset();
    assertThat(u.inSequence()).isFalse();
  }
}
