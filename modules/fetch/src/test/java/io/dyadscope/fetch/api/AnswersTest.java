package io.dyadscope.fetch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Period;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading answers: paging, error pages, malformed bodies and the importer input they become (synthetic values). */
class AnswersTest {

  static final FetchRequest R = FetchRequest.of(Dyad.parse("PAK-AFG"), Period.parse("2021-03"), Period.parse("2021-03"));
  static final Settings S = Settings.defaults();

  static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Response resp(ApiId api, String url, String body) {
    return new Response(Query.of(api, url), b(body), Instant.EPOCH, "", false);
  }

  @Test
  void worldBankCallsForTheNextPageUntilTheLast() throws Exception {
    Query q = Query.of(ApiId.WORLDBANK, "http://x/v2/country/PAK;AFG/indicator/A?format=json&date=2021:2021&per_page=1000&page=1");
    Page p = new WorldBankApi().page(R, q, b("[{\"page\":1,\"pages\":3},[]]"), S);
    assertThat(p.next()).extracting(Query::url).containsExactly(q.url().replace("&page=1", "&page=2"));
    assertThat(new WorldBankApi().page(R, q, b("[{\"page\":3,\"pages\":3},null]"), S).next()).isEmpty();
  }

  @Test
  void ucdpCountsPagesFromZeroAndStopsBeforeTotalPages() throws Exception {
    Query q = Query.of(ApiId.UCDP, "http://x/gedevents/25.1?pagesize=1000&page=0");
    Page p = new UcdpApi().page(R, q, b("{\"TotalPages\":2,\"Result\":[{},{}]}"), S);
    assertThat(p.records()).isEqualTo(2);
    assertThat(p.next()).extracting(Query::url).containsExactly("http://x/gedevents/25.1?pagesize=1000&page=1");
    Query second = p.next().get(0);
    assertThat(new UcdpApi().page(R, second, b("{\"TotalPages\":2,\"Result\":[]}"), S).next()).isEmpty();
  }

  @Test
  void aMalformedBodyNamesTheQueryAndThePlace() {
    Query q = Query.of(ApiId.UNHCR, "http://x/population/?page=1");
    assertThatThrownBy(() -> new UnhcrApi().page(R, q, b("{\"page\":1,\n\"items\":[{\"year\":20"), S))
        .isInstanceOf(BadResponseException.class).hasMessageStartingWith("http://x/population/?page=1: malformed JSON at line 2");
  }

  @Test
  void anAnswerMissingADocumentedFieldIsRefused() {
    Query q = Query.of(ApiId.UCDP, "http://x/gedevents/25.1?page=0");
    assertThatThrownBy(() -> new UcdpApi().page(R, q, b("{\"Result\":[]}"), S)).isInstanceOf(BadResponseException.class)
        .hasMessageStartingWith("http://x/gedevents/25.1?page=0: no 'TotalPages' field where the API documents one");
  }

  @Test
  void imfSeriesBecomeTidyObservationsInUsdMillionWithOneSourcePerReporter() throws Exception {
    String body = "{\"CompactData\":{\"DataSet\":{\"Series\":{\"@REF_AREA\":\"AF\",\"@INDICATOR\":\"TMG_CIF_USD\","
        + "\"@COUNTERPART_AREA\":\"PK\",\"@UNIT_MULT\":\"3\",\"Obs\":{\"@TIME_PERIOD\":\"2021\",\"@OBS_VALUE\":\"1250\"}}}}}";
    ImportInput in = new ImfApi(Gazetteer.standard()).input(R, List.of(resp(ApiId.IMF, "http://x/DOT", body)));
    assertThat(in.kind()).isEqualTo(ImportInput.Kind.INDICATORS);
    assertThat(new String(in.files().get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo(
        "indicator,dyad,subject,period,value,unit,status,source,reported_by,note\n"
            + "trade.exports,PAK-AFG,PAK-AFG,2021,1.25,USD million,observed,imf-dots-AFG,,IMF DOTS TMG_CIF_USD reported by AFG\n");
    assertThat(new String(in.files().get(1).bytes(), StandardCharsets.UTF_8)).startsWith(
        "id,citation,publisher,kind,grade,year,url\nimf-dots-AFG,");
  }

  @Test
  void anAcledErrorAnswerIsReported() {
    Query q = Query.of(ApiId.ACLED, "http://x/acled/read?page=1");
    assertThatThrownBy(() -> new AcledApi().page(R, q, b("{\"status\":403,\"success\":false,\"error\":{\"status\":403,"
        + "\"message\":\"Access denied\"}}"), S)).isInstanceOf(BadResponseException.class)
        .hasMessage("http://x/acled/read?page=1: ACLED answered with an error: 403 Access denied");
  }

  @Test
  void acledKeepsUpdateTimesAndDeletions() throws Exception {
    ImportInput in = new AcledApi().input(R, List.of(
        resp(ApiId.ACLED, "http://x/acled/read?page=1", "{\"status\":200,\"success\":true,\"count\":1,\"data\":["
            + "{\"event_id_cnty\":\"SYN1\",\"event_date\":\"2021-03-02\",\"event_type\":\"Battles\",\"timestamp\":\"1615000000\"}]}"),
        resp(ApiId.ACLED, "http://x/deleted/read?page=1", "{\"status\":200,\"success\":true,\"count\":1,\"data\":["
            + "{\"event_id_cnty\":\"SYN9\",\"deleted_timestamp\":\"1615000001\"}]}")));
    assertThat(in.updated()).isEqualTo(Map.of("SYN1", "2021-03-06T03:06:40Z"));
    assertThat(in.deletions()).containsExactly("SYN9");
    assertThat(new String(in.files().get(0).bytes(), StandardCharsets.UTF_8))
        .isEqualTo("event_id_cnty,event_date,event_type,timestamp\nSYN1,2021-03-02,Battles,1615000000\n");
  }

  @Test
  void comtradeRecordsBecomeTheDownloadLayoutWithATrailingComma() throws Exception {
    ImportInput in = new ComtradeApi().input(R, List.of(resp(ApiId.COMTRADE, "http://x/preview",
        "{\"count\":1,\"data\":[{\"typeCode\":\"C\",\"primaryValue\":12.5,\"netWgt\":null}],\"error\":\"\"}")));
    String[] lines = new String(in.files().get(0).bytes(), StandardCharsets.UTF_8).split("\n");
    assertThat(lines[0].split(",", -1)).hasSize(47);
    assertThat(lines[1].split(",", -1)).hasSize(48);
    assertThat(lines[1]).startsWith("\"C\",,,").contains(",\"12.5\",");
  }

  @Test
  void comtradeErrorIsReported() {
    Query q = Query.of(ApiId.COMTRADE, "http://x/preview");
    assertThatThrownBy(() -> new ComtradeApi().page(R, q, b("{\"count\":0,\"data\":[],\"error\":\"Invalid period\"}"), S))
        .hasMessage("http://x/preview: UN Comtrade answered with an error: Invalid period");
  }

  @Test
  void gdeltTakesTheDailyFilesOfThePeriodAndRefusesTooMany() throws Exception {
    String list = "0123456789abcdef0123456789abcdef  20210228.export.CSV.zip\n"
        + "11111111111111111111111111111111  20210301.export.CSV.zip\n"
        + "22222222222222222222222222222222  20210331.export.CSV.zip\n"
        + "33333333333333333333333333333333  202103.zip\n";
    Query q = Query.of(ApiId.GDELT, "http://x/events/md5sums");
    Page p = new GdeltApi().page(R, q, b(list), new Settings(Map.of(ApiId.GDELT, "http://x/events"), Map.of()));
    assertThat(p.next()).extracting(Query::url).containsExactly("http://x/events/20210301.export.CSV.zip",
        "http://x/events/20210331.export.CSV.zip");
    assertThat(p.next()).allMatch(Query::immutable);
    assertThatThrownBy(() -> new GdeltApi().page(R, q, b(list), new Settings(Map.of(), Map.of("gdelt.max_files", "1"))))
        .hasMessage("http://x/events/md5sums: the period holds 2 daily files, more than 1: narrow --from/--to or set"
            + " gdelt.max_files");
  }

  @Test
  void gdeltRefusesAFileWhoseMd5DiffersFromTheList() {
    String list = "11111111111111111111111111111111  20210301.export.CSV.zip\n";
    assertThatThrownBy(() -> new GdeltApi().input(R, List.of(resp(ApiId.GDELT, "http://x/events/md5sums", list),
        resp(ApiId.GDELT, "http://x/events/20210301.export.CSV.zip", "PK\u0003\u0004synthetic"))))
        .isInstanceOf(BadResponseException.class).hasMessageContaining("differs from the file list's 11111111");
  }
}
