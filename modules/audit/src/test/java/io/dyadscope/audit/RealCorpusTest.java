package io.dyadscope.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.eval.AnnotatedSet;
import io.dyadscope.documents.DocumentText;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The genuine texts of {@code shared/data/corpus} (statements, press releases, encyclopaedia
 * articles) hold no planted defect: an error or warning on any of them is a false alarm.
 */
class RealCorpusTest {

  @Test
  void noErrorOrWarningOnTheEighteenRealTexts() throws IOException {
    Path dir = SharedData.data("corpus");
    List<Path> texts;
    try (Stream<Path> files = Files.list(dir)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> flags = new ArrayList<>();
    for (Path p : texts) {
      AuditReport r = AnnotatedSet.audit(p.getFileName().toString(), DocumentText.open(p), null,
          AuditOptions.defaults());
      for (AuditFinding f : r.findings()) {
        if (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING) {
          flags.add(p.getFileName() + ":" + f.line() + " " + f.check() + " " + f.message());
        }
      }
    }

    assertThat(texts).hasSize(18);
    assertThat(flags).isEmpty();
  }
}
