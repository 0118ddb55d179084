package io.dyadscope.audit;

import io.dyadscope.evidence.AuditFinding;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.check.Checks;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of every check over the synthetic evaluation set ({@code eval/README.md}):
 * six reports about six dyads, each with planted defects labelled by line in {@code eval/key.csv}.
 * The dyad of each report is inferred, not given. A finding counts as found when one of its lines
 * is a key line of its check; one that matches no key line of its check is a false positive.
 */
class EvaluationSetTest {

  private static final List<String> FILES = List.of("bgd-mmr.txt", "ind-pak.txt", "eth-som.txt", "irn-afg.txt",
      "tur-syr.txt", "col-ven.txt");
  private static final List<String> CHECKS = List.of(Checks.TEXT_DEFECT, Checks.SCOPE, Checks.CONTRADICTION,
      Checks.TABLE_ARITHMETIC, Checks.CHANGE_STATEMENT, Checks.TREND_CLAIM, Checks.STRENGTH, Checks.DATA_AGREEMENT);
  private static final Source SOURCE = new Source("eval-ws", "Synthetic evaluation workspace", "Dyadscope tests",
      SourceKind.INTERNATIONAL_ORGANISATION, Grade.A, 2024, "");

  private record Key(String file, int line, String check) {}

  private record Score(int planted, int found, int findings, int falsePositives) {
    double recall() {
      return planted == 0 ? 1 : (double) found / planted;
    }

    double precision() {
      return findings == 0 ? 1 : (double) (findings - falsePositives) / findings;
    }
  }

  private static final Map<String, AuditReport> REPORTS = new LinkedHashMap<>();
  private static final List<Key> KEYS = new ArrayList<>();
  private static final Map<String, Score> SCORES = new LinkedHashMap<>();

  @BeforeAll
  static void auditTheSet() throws IOException {
    for (String[] row : rows("key.csv")) {
      KEYS.add(new Key(row[0], Integer.parseInt(row[1]), row[2]));
    }
    Map<String, List<Observation>> workspace = new LinkedHashMap<>();
    for (String[] row : rows("workspace.csv")) {
      String indicator = row[1];
      String dyad = row[0].substring(0, 7).toUpperCase(Locale.ROOT);
      workspace.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Observation(indicator, dyad, row[2],
          Period.ofYear(Integer.parseInt(row[3])), Double.parseDouble(row[4]), row[5], Status.REPORTED, "eval-ws", "",
          "", ""));
    }
    for (String file : FILES) {
      String text = read(file);
      REPORTS.put(file, Auditor.audit(AuditInput.inferring(file, text, workspace.getOrDefault(file, List.of()),
          Map.of("eval-ws", SOURCE), AuditOptions.defaults())));
    }
    StringBuilder table = new StringBuilder(String.format("%-17s %7s %5s %8s %3s %7s %9s%n", "check", "planted",
        "found", "findings", "fp", "recall", "precision"));
    for (String check : CHECKS) {
      List<Key> planted = KEYS.stream().filter(k -> k.check().equals(check)).toList();
      int found = 0;
      for (Key k : planted) {
        if (REPORTS.get(k.file()).findings(check).stream().anyMatch(f -> f.lines().contains(k.line()))) {
          found++;
        }
      }
      int findings = 0;
      int fp = 0;
      for (Map.Entry<String, AuditReport> e : REPORTS.entrySet()) {
        for (AuditFinding f : e.getValue().findings(check)) {
          findings++;
          boolean keyed = planted.stream().anyMatch(k -> k.file().equals(e.getKey()) && f.lines().contains(k.line()));
          if (!keyed) {
            fp++;
            System.out.println("false positive: " + e.getKey() + ":" + f.line() + " [" + check + "] " + f.message());
          }
        }
      }
      for (Key k : planted) {
        if (REPORTS.get(k.file()).findings(check).stream().noneMatch(f -> f.lines().contains(k.line()))) {
          System.out.println("missed: " + k.file() + ":" + k.line() + " [" + check + "]");
        }
      }
      Score s = new Score(planted.size(), found, findings, fp);
      SCORES.put(check, s);
      table.append(String.format(Locale.ROOT, "%-17s %7d %5d %8d %3d %7.2f %9.2f%n", check, s.planted(), s.found(),
          s.findings(), s.falsePositives(), s.recall(), s.precision()));
    }
    System.out.print(table);
  }

  private static String read(String name) throws IOException {
    try (InputStream in = EvaluationSetTest.class.getResourceAsStream("/io/dyadscope/audit/eval/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String[]> rows(String name) throws IOException {
    List<String[]> out = new ArrayList<>();
    boolean header = true;
    for (String line : read(name).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      out.add(line.split(",", -1));
    }
    return out;
  }

  @Test
  void everyCheckHasPlantedDefectsInEveryReport() {
    for (String file : FILES) {
      for (String check : CHECKS) {
        assertThat(KEYS).as(file + " plants a " + check + " defect")
            .anyMatch(k -> k.file().equals(file) && k.check().equals(check));
      }
    }
  }

  @Test
  void everyDyadIsInferredFromTheTitle() {
    assertThat(REPORTS.values()).extracting(AuditReport::dyadNote).containsExactly(
        "dyad inferred: BGD-MMR from the title", "dyad inferred: IND-PAK from the title",
        "dyad inferred: ETH-SOM from the title", "dyad inferred: IRN-AFG from the title",
        "dyad inferred: TUR-SYR from the title", "dyad inferred: COL-VEN from the title");
  }

  @Test
  void recallIsAtLeast90PercentForEveryCheck() {
    assertThat(SCORES).allSatisfy((check, s) -> assertThat(s.recall()).as(check + " recall").isGreaterThanOrEqualTo(0.9));
  }

  @Test
  void precisionIsAtLeast90PercentForEveryCheck() {
    assertThat(SCORES).allSatisfy((check, s) -> assertThat(s.precision()).as(check + " precision")
        .isGreaterThanOrEqualTo(0.9));
  }
}
