package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ResourcesTest {

  @Test
  void aResourceOnFirstUseIsReadOnceAndKept() {
    AtomicInteger reads = new AtomicInteger();
    Supplier<String> header = Resources.onFirstUse(Gazetteer.class, "countries.csv", r -> {
      reads.incrementAndGet();
      return new BufferedReader(r).readLine();
    });
    assertThat(reads).hasValue(0);
    String first = header.get();
    assertThat(header.get()).isSameAs(first);
    assertThat(first).startsWith("iso3,");
    assertThat(reads).hasValue(1);
  }

  @Test
  void aMissingResourceFailsWhenFirstUsedNamingIt() {
    Supplier<String> missing = Resources.onFirstUse(Gazetteer.class, "no-such.csv", r -> "read");
    assertThatThrownBy(missing::get).isInstanceOf(IllegalStateException.class)
        .hasMessage("no-such.csv missing from the classpath beside io.dyadscope.evidence.Gazetteer");
  }
}
