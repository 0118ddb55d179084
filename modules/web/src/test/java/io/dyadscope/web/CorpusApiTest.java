package io.dyadscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.app.corpus.CorpusAnalysis;
import io.dyadscope.corpus.analysis.ThemeLensTable;
import io.dyadscope.corpus.index.KwicLine;
import io.dyadscope.corpus.index.KwicSort;
import io.dyadscope.corpus.index.SearchHit;
import io.dyadscope.corpus.index.SearchResult;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corpus over HTTP: the same hits, concordance and coded passages as the corpus services, and text stays text. */
class CorpusApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static TestServer t;

  @BeforeAll
  static void start() throws Exception {
    t = TestServer.shared();
  }

  @Test
  void aSearchAnswersTheServicesHitsWithTheirHighlights() throws Exception {
    SearchResult want = t.app.corpus(null).read(c -> c.search("border AND crossing", 20, Dashboard.SNIPPETS_PER_HIT));
    JsonNode r = get("/api/dyads/PAK-AFG/corpus/search?q=" + url("border AND crossing"));
    assertThat(r.get("totalHits").asLong()).isEqualTo(want.totalHits()).isGreaterThan(1);
    assertThat(r.get("hits").findValuesAsText("documentId"))
        .isEqualTo(want.hits().stream().map(SearchHit::documentId).toList()).contains("hostile-document");
    JsonNode first = r.get("hits").get(0).get("snippets").get(0);
    String text = first.get("text").asText();
    JsonNode m = first.get("matches").get(0);
    assertThat(text.substring(m.get("from").asInt() - first.get("start").asInt(),
        m.get("to").asInt() - first.get("start").asInt()).toLowerCase()).isIn("border", "crossing");
  }

  @Test
  void aConcordanceAnswersTheServicesLines() throws Exception {
    List<KwicLine> want = t.app.corpus(null).read(c -> c.kwic("crossing", Dashboard.KWIC_WIDTH, KwicSort.left, 200));
    JsonNode r = get("/api/dyads/PAK-AFG/corpus/kwic?term=crossing&sort=left");
    assertThat(r.get("lines")).hasSize(want.size());
    assertThat(r.get("lines").findValuesAsText("documentId"))
        .isEqualTo(want.stream().map(KwicLine::documentId).toList());
  }

  @Test
  void eachCellOfTheThemeLensTableListsAsManyPassagesAsItCounts() throws Exception {
    ThemeLensTable.Table want = t.app.corpus(null).read(c -> new CorpusAnalysis(c).themeLens());
    JsonNode o = get("/api/dyads/PAK-AFG/corpus");
    assertThat(o.get("documents").asInt()).isEqualTo(t.app.corpus(null).read(c -> c.documents().size()));
    int checked = 0;
    for (int i = 0; i < want.themes().size(); i++) {
      String theme = want.themes().get(i);
      assertThat(get("/api/dyads/PAK-AFG/corpus/passages?theme=" + theme).get("passages"))
          .hasSize(want.themeTotals()[i]);
      for (int j = 0; j < want.lenses().size(); j++) {
        assertThat(o.get("counts").get(i).get(j).asInt()).isEqualTo(want.counts()[i][j]);
        JsonNode p = get("/api/dyads/PAK-AFG/corpus/passages?theme=" + theme + "&lens=" + want.lenses().get(j));
        assertThat(p.get("passages")).as(theme + " x " + want.lenses().get(j)).hasSize(want.counts()[i][j]);
        checked += want.counts()[i][j];
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void documentTextAndTitlesAreEscapedInTheAnswers() throws Exception {
    String body = t.get("/api/dyads/PAK-AFG/corpus/search?q=" + url("reopened")).body();
    assertThat(body).contains("hostile-document").doesNotContain("<script>").doesNotContain("<b onmouseover");
    assertThat(t.get("/d/PAK-AFG/corpus").body()).doesNotContain("<script>window").doesNotContain("<b onmouseover");
  }

  @Test
  void aQueryThatDoesNotParseIsABadRequestQuotingIt() throws Exception {
    HttpResponse<String> r = t.get("/api/dyads/PAK-AFG/corpus/search?q=" + url("\"unclosed phrase"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("error").asText()).startsWith("cannot read the query '\"unclosed phrase'");
  }

  @Test
  void missingOverlongAndControlCharacterQueriesAreRefused() throws Exception {
    assertThat(t.get("/api/dyads/PAK-AFG/corpus/search").statusCode()).isEqualTo(400);
    assertThat(t.get("/api/dyads/PAK-AFG/corpus/search?q=" + "a".repeat(Api.MAX_QUERY + 1)).statusCode())
        .isEqualTo(400);
    assertThat(t.get("/api/dyads/PAK-AFG/corpus/kwic?term=" + url("a\u0000b")).statusCode()).isEqualTo(400);
    assertThat(t.get("/api/dyads/PAK-AFG/corpus/kwic?term=trade&sort=../x").statusCode()).isEqualTo(400);
    assertThat(t.get("/api/dyads/PAK-AFG/corpus/search?q=trade&limit=100000").statusCode()).isEqualTo(400);
  }

  @Test
  void anUnknownThemeOrLensIsABadRequestNamingTheCodes() throws Exception {
    HttpResponse<String> r = t.get("/api/dyads/PAK-AFG/corpus/passages?theme=lens.realism");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("error").asText()).startsWith("no theme 'lens.realism' in the codebook (")
        .contains("theme.trade");
    assertThat(t.get("/api/dyads/PAK-AFG/corpus/passages?theme=theme.trade&lens=../../etc").statusCode())
        .isEqualTo(400);
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r = t.get(path);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
