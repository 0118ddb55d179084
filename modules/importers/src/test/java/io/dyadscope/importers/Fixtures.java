package io.dyadscope.importers;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The synthetic fixtures of {@code src/test/resources/synthetic} (invented numbers, see its README). */
public final class Fixtures {

  public static final List<Dyad> PAK_AFG = List.of(Dyad.parse("PAK-AFG"));

  private Fixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/synthetic/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems {@code reader} refuses {@code text} with, one {@code file:line:column: message} each. */
  public static List<String> problems(StatisticsReader reader, String name, String text) {
    try {
      reader.read(name, text, PAK_AFG, Progress.NONE);
      throw new AssertionError("expected the file to be refused");
    } catch (ImportException e) {
      return e.problems().stream().map(ImportProblem::toString).toList();
    }
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** The one observation of {@code indicator}, {@code subject}, {@code period}, or empty. */
  public static Optional<Observation> find(List<Observation> obs, String indicator, String subject, String period) {
    List<Observation> m = obs.stream().filter(o -> o.indicator().equals(indicator) && o.subject().equals(subject)
        && o.period().toString().equals(period)).toList();
    if (m.size() > 1) {
      throw new AssertionError("several observations of " + indicator + " " + subject + " " + period + ": " + m);
    }
    return m.stream().findFirst();
  }

  public static double value(List<Observation> obs, String indicator, String subject, String period) {
    return find(obs, indicator, subject, period).orElseThrow(() -> new AssertionError(
        "no observation of " + indicator + " " + subject + " " + period)).value();
  }
}
