package io.dyadscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.testkit.HeadlessChromium;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Imports through the dashboard, on a server of its own (they change the workspace): only with the
 * write token, all or nothing, idempotent, and errors name the user's file, line and field.
 * The files are synthetic fixtures.
 */
class ImportTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String HEADER = "indicator,dyad,subject,period,value,unit,status,source,reported_by,location,note\n";
  /** Synthetic: one made-up observation for a year the default data does not cover. */
  static final String GOOD = HEADER + "trade.total,PAK-AFG,PAK-AFG,1990,12,USD million,observed,sbp-2023,,,synthetic\n";
  /** Synthetic: a good line, then a value that is not a number on line 3. */
  static final String BAD = HEADER + "trade.total,PAK-AFG,PAK-AFG,1980,10,USD million,observed,sbp-2023,,,synthetic\n"
      + "trade.total,PAK-AFG,PAK-AFG,1981,ten,USD million,observed,sbp-2023,,,synthetic\n";

  @TempDir
  static Path dir;

  static TestServer t;

  @BeforeAll
  static void start() throws Exception {
    t = new TestServer(dir);
  }

  @AfterAll
  static void stop() {
    if (t != null) {
      t.close();
    }
  }

  @Test
  void anImportWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
    long before = observations();
    assertThat(post("good.csv", GOOD, null).statusCode()).isEqualTo(403);
    assertThat(post("good.csv", GOOD, "f".repeat(32)).statusCode()).isEqualTo(403);
    assertThat(observations()).isEqualTo(before);
  }

  @Test
  void aCsvImportsOnceAndShowsInTheApiAtOnce() throws Exception {
    HttpResponse<String> r = post("synthetic-1991.csv", GOOD.replace("1990", "1991"), t.token.value());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode a = JSON.readTree(r.body());
    assertThat(a.get("format").asText()).isEqualTo("indicators");
    assertThat(a.get("lines").get(0).asText()).isEqualTo("synthetic-1991.csv: 1 added, 0 replaced, 0 unchanged "
        + "(indicators, 1 records read)");
    assertThat(a.get("observationsAfter").asLong()).isEqualTo(observations());
    assertThat(t.get("/api/dyads/PAK-AFG/series/trade.total").body()).contains("\"period\":\"1991\"");
    HttpResponse<String> again = post("synthetic-1991.csv", GOOD.replace("1990", "1991"), t.token.value());
    assertThat(JSON.readTree(again.body()).get("observationsAfter").asLong()).isEqualTo(a.get("observationsAfter")
        .asLong());
    assertThat(Files.exists(t.workspace.resolve(Uploads.FOLDER))).isFalse();
  }

  @Test
  void aBadLineChangesNothingAndTheErrorNamesTheFileLineAndField() throws Exception {
    long before = observations();
    HttpResponse<String> r = post("trade-2023.csv", BAD, t.token.value());
    assertThat(r.statusCode()).isEqualTo(400);
    String error = JSON.readTree(r.body()).get("error").asText();
    assertThat(error).contains("trade-2023.csv:3").contains("value").doesNotContain("upload.csv")
        .doesNotContain(t.workspace.toString());
    assertThat(observations()).isEqualTo(before);
    assertThat(Files.exists(t.workspace.resolve(Uploads.FOLDER))).isFalse();
  }

  @Test
  void anUploadThatWouldReplaceADocumentNeedsReplaceTrue() throws Exception {
    String first = "Synthetic memo: the market at Torkham opened at dawn.";
    String second = "Synthetic memo, revised: the market at Torkham stayed shut.";
    String url = "/api/dyads/PAK-AFG/import?name=market%20memo.txt&kind=news";
    assertThat(t.post(url, first.getBytes(StandardCharsets.UTF_8), t.token.value()).statusCode()).isEqualTo(200);
    HttpResponse<String> refused = t.post(url, second.getBytes(StandardCharsets.UTF_8), t.token.value());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).get("error").asText()).isEqualTo("market memo.txt: would replace the"
        + " document 'market-memo' already in the corpus, whose text differs: refused unless replacing is asked for"
        + " (replace=true)");
    assertThat(t.get("/api/dyads/PAK-AFG/corpus/search?q=dawn").body()).contains("\"documentId\":\"market-memo\"");
    assertThat(t.post(url, first.getBytes(StandardCharsets.UTF_8), t.token.value()).statusCode())
        .as("the same text again changes nothing and needs no option").isEqualTo(200);
    HttpResponse<String> replaced = t.post(url + "&replace=true", second.getBytes(StandardCharsets.UTF_8),
        t.token.value());
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
    assertThat(JSON.readTree(replaced.body()).get("lines").toString()).contains("replaced document market-memo");
  }

  @Test
  void aDocumentNeedsItsKindAndThenIsSearchable() throws Exception {
    String text = "Synthetic note: the freight corridor through Chaman reopened after talks.";
    assertThat(post("corridor note.txt", text, t.token.value()).statusCode()).isEqualTo(400);
    HttpResponse<String> r = t.post("/api/dyads/PAK-AFG/import?name=corridor%20note.txt&kind=news&title=Corridor",
        text.getBytes(StandardCharsets.UTF_8), t.token.value());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("lines").toString()).contains("added document corridor-note");
    assertThat(t.get("/api/dyads/PAK-AFG/corpus/search?q=freight").body()).contains("\"documentId\":\"corridor-note\"");
  }

  @Test
  void namesWithPathsOrUnknownExtensionsAreRefused() throws Exception {
    for (String name : new String[] {"..%2F..%2Fx.csv", "a%2Fb.csv", "run.exe", "x.csv%00.txt", ""}) {
      HttpResponse<String> r = t.post("/api/dyads/PAK-AFG/import?name=" + name, GOOD.getBytes(StandardCharsets.UTF_8),
          t.token.value());
      assertThat(r.statusCode()).as(name).isEqualTo(400);
    }
  }

  @Test
  void theImportPageImportsAFileInARealBrowser() throws Exception {
    HeadlessChromium.require();
    Path csv = dir.resolve("browser-upload.csv");
    Files.writeString(csv, GOOD.replace("1990", "1992"), StandardCharsets.UTF_8);
    ChromeDriver driver = HeadlessChromium.start(Files.createTempDirectory(dir, "profile-"));
    try {
      HeadlessChromium.viewport(driver, 1280, 900);
      driver.get(t.base() + "/d/PAK-AFG/import");
      driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
      driver.findElement(By.id("token")).sendKeys(t.token.value());
      driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("#import-result li"))
          .isEmpty());
      assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("browser-upload.csv imported as indicators.");
      assertThat(driver.findElement(By.id("import-result")).getText()).contains("The workspace now holds "
          + observations() + " observations.");
      Files.createDirectories(BrowserTest.SHOTS);
      Files.write(BrowserTest.SHOTS.resolve("import.png"), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      driver.quit();
    }
  }

  private static HttpResponse<String> post(String name, String body, String token) throws Exception {
    return t.post("/api/dyads/PAK-AFG/import?name=" + name.replace(" ", "%20"), body.getBytes(StandardCharsets.UTF_8),
        token);
  }

  private static long observations() {
    return t.app.evidence().observations(ObservationQuery.all()).size();
  }
}
