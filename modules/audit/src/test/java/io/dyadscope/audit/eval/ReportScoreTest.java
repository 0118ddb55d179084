package io.dyadscope.audit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Coverage;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scores follow the annotated set's score.py, definition by definition. */
class ReportScoreTest {

  private static final AnswerKey KEY = AnswerKey.parse("""
      {"file": "r.txt", "dyad": "EGY-SDN",
       "defects": [
         {"id": "D1", "check": "contradiction", "lines": [[3, 3], [9, 9]], "what": "two values"},
         {"id": "D2", "check": "strength", "lines": [[5, 5]], "what": "a weak word"},
         {"id": "D3", "check": "scope", "lines": [[7, 7]], "what": "wrong pair"}],
       "clean": [{"line": 4, "why": "rounds alike"}, {"line": 6, "why": "a bloc"}]}
      """, "r.key.json");

  private static AuditReport report(String dyad, AuditFinding... findings) {
    return new AuditReport("r.txt", dyad, List.of(findings), List.of(), new Coverage(0, 0, 0), List.of());
  }

  private static AuditFinding finding(Severity s, int line) {
    return new AuditFinding("x", s, line, "", "m");
  }

  @Test
  void aDefectCountsWhenAnErrorOrWarningLiesOnAnyOfItsLinesAndAStrengthDefectWithANote() {
    ReportScore s = ReportScore.of("r", report("EGY-SDN", finding(Severity.WARNING, 9), finding(Severity.INFO, 5),
        finding(Severity.INFO, 7)), KEY);

    assertThat(s.hits()).isEqualTo(2);
    assertThat(s.missed()).extracting(AnswerKey.Defect::id).containsExactly("D3");
  }

  @Test
  void precisionCountsErrorsAndWarningsInsideDefectRangesAndCleanLinesAreThoseFlagged() {
    ReportScore s = ReportScore.of("r", report("EGY-SDN", finding(Severity.ERROR, 3), finding(Severity.ERROR, 4),
        finding(Severity.WARNING, 8), finding(Severity.INFO, 6)), KEY);

    assertThat(s.flagged()).isEqualTo(3);
    assertThat(s.inDefect()).isEqualTo(1);
    assertThat(s.outside()).containsExactly("line 4 error x", "line 8 warning x");
    assertThat(s.cleanHit()).extracting(AnswerKey.Clean::line).containsExactly(4);
  }

  @Test
  void aReversedDyadIsWrong() {
    assertThat(ReportScore.of("r", report("SDN-EGY"), KEY).dyadRight()).isFalse();
    assertThat(ReportScore.of("r", report("EGY-SDN"), KEY).dyadRight()).isTrue();
  }

  @Test
  void pooledScoresAddUpDefectsAndFlagsOverReports() {
    Evaluation e = new Evaluation(List.of(
        ReportScore.of("a", report("EGY-SDN", finding(Severity.ERROR, 3)), KEY),
        ReportScore.of("b", report("EGY-SDN", finding(Severity.ERROR, 7), finding(Severity.ERROR, 1)), KEY)));

    assertThat(e.hits()).isEqualTo(2);
    assertThat(e.defects()).isEqualTo(6);
    assertThat(e.precision()).isEqualTo(2.0 / 3);
    assertThat(e.render(false)).contains("TOTAL (2 reports)      dyad 2/2              recall 2/6 = 0.33     "
        + "precision 2/3 = 0.67     clean flagged 0/4");
  }

  @Test
  void aMalformedKeyNamesItsFileAndField() {
    assertThatThrownBy(() -> AnswerKey.parse("""
        {"file": "r.txt", "dyad": "EGY-SDN", "defects": [{"check": "typo", "lines": [[1, 1]]}], "clean": []}
        """, "r.key.json")).hasMessage("r.key.json defects[0]: field 'check' is 'typo', expected one of [change-statement,"
        + " contradiction, scope, strength, table-arithmetic, text-defect, trend-claim]");
    assertThatThrownBy(() -> AnswerKey.parse("""
        {"file": "r.txt", "dyad": "EGY-SDN", "defects": [{"check": "scope", "lines": [[5, 2]]}], "clean": []}
        """, "r.key.json")).hasMessage("r.key.json defects[0]: field 'lines' holds [5,2], expected [from, to] with"
        + " 1 <= from <= to");
  }
}
