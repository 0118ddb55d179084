package io.dyadscope.audit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditOptions;
import io.dyadscope.documents.DocumentText;
import io.dyadscope.testkit.SharedData;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The audit measured on annotated reports, with the annotated set's own definitions
 * ({@link ReportScore}). The development set ({@code shared/data/audit-dev}) was split: seven
 * reports tuned on, three ({@link #HELD_OUT}) kept aside; two synthetic reports in other formats
 * and pairs ({@code heldout/}) were written after tuning. The floors are the measured scores,
 * rounded down: a change that loses a defect or adds a false flag fails here.
 */
class AuditDevSetTest {

  /** Audits and scores every keyed report of {@code dir}, as {@code dyadscope audit-eval} does. */
  static Evaluation evaluate(Path dir) throws IOException {
    List<ReportScore> scores = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> keys = java.nio.file.Files.list(dir)) {
      for (Path k : keys.filter(p -> p.toString().endsWith(AnnotatedSet.KEY_SUFFIX)).sorted().toList()) {
        AnswerKey key = AnswerKey.parse(java.nio.file.Files.readString(k), k.toString());
        Path report = dir.resolve(key.file());
        scores.add(ReportScore.of(AnnotatedSet.name(k.getFileName().toString()), AnnotatedSet.audit(key.file(),
            DocumentText.open(report), null, AuditOptions.defaults()), key));
      }
    }
    return new Evaluation(scores);
  }

  /** Reports of the development set never looked at while tuning. */
  static final List<String> HELD_OUT = List.of("geo-rus-memo", "hti-dom-sitrep", "ukr-mda-statement");

  @Test
  void onTheDevelopmentSetEveryDyadIsRightAndFlagsAreMostlyDefects() throws IOException {
    Evaluation e = evaluate(SharedData.data("audit-dev"));
    System.out.print(e.render(false));

    assertThat(e.reports()).hasSize(10);
    assertThat(e.dyadsRight()).isEqualTo(10);
    assertThat(e.recall()).isGreaterThanOrEqualTo(0.91);
    assertThat(e.precision()).isEqualTo(1.0);
    assertThat(e.cleanFlagged()).isZero();
  }

  @Test
  void onTheThreeReportsKeptAsideNoCleanLineIsFlagged() throws IOException {
    Evaluation held = evaluate(SharedData.data("audit-dev"))
        .only(HELD_OUT);
    System.out.print("held out:\n" + held.render(false));

    assertThat(held.reports()).hasSize(3);
    assertThat(held.recall()).isGreaterThanOrEqualTo(0.66);
    assertThat(held.precision()).isEqualTo(1.0);
    assertThat(held.cleanFlagged()).isZero();
  }

  @Test
  void onSyntheticReportsInOtherFormatsAndPairsItFindsEveryDefect() throws IOException, URISyntaxException {
    Path dir = Path.of(AuditDevSetTest.class.getResource("/io/dyadscope/audit/heldout").toURI());

    Evaluation e = evaluate(dir);

    assertThat(e.dyadsRight()).isEqualTo(2);
    assertThat(e.hits()).isEqualTo(10);
    assertThat(e.defects()).isEqualTo(10);
    assertThat(e.precision()).isEqualTo(1.0);
    assertThat(e.cleanFlagged()).isZero();
  }
}
