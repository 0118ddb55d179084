package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-to-end report on a temporary workspace holding the default dataset. */
class ReportCommandTest {

  @TempDir
  static Path dir;

  static CliRun run;
  static String html;

  @BeforeAll
  static void report() throws IOException {
    run = CliRun.of("report", "--workspace", dir.resolve("ws").toString(), "--out", dir.resolve("out").toString());
    html = Files.readString(dir.resolve("out/dossier.html"));
  }

  @Test
  void writesTheThreeFormatsAndPrintsThePath() {
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(dir.resolve("out/dossier.md")).isRegularFile();
    assertThat(dir.resolve("out/dossier.json")).isRegularFile();
    assertThat(run.out()).contains(dir.resolve("out").resolve("dossier.html").toString());
  }

  @Test
  void htmlIsSelfContained() {
    assertThat(html).doesNotContain("<script src").doesNotContain("<link ").doesNotContain("src=\"http");
  }

  @Test
  void showsTheFiveTablesAndTheFourChartsWithMoreThanTwoValues() {
    for (int t = 1; t <= 5; t++) {
      assertThat(html).contains("Table " + t);
    }
    // the refugees figure has two values (2023, 2024 projection): not drawn, it says so and points to Table 2
    assertThat(count(html, "<svg")).isEqualTo(4);
    assertThat(html).contains("Too few values to chart");
  }

  @Test
  void showsThePublishedTradeProjectionBesideDyadscopes() {
    assertThat(html).contains("1,750").contains("80%").contains("95%");
  }

  @Test
  void everyThemeHasAFindingWithSourcesAndTheSixRecommendationsHaveTheirFindings() throws IOException {
    JsonNode json = new ObjectMapper().readTree(dir.resolve("out/dossier.json").toFile());
    String text = json.toString();
    for (String theme : new String[] {"trust", "security", "trade", "refugees", "geopolitic", "perception", "opportunit"}) {
      assertThat(text.toLowerCase()).as(theme).contains(theme);
    }
    assertThat(text).contains("State Bank of Pakistan 2023").contains("UNHCR 2023");
    assertThat(count(text, "\"o-[0-9a-f]{12}\"")).isGreaterThan(10);
  }

  static int count(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
