package io.dyadscope.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.Period;
import io.dyadscope.fetch.api.ApiId;
import io.dyadscope.fetch.api.FetchRequest;
import io.dyadscope.fetch.api.Settings;
import io.dyadscope.fetch.http.HttpGetter;
import io.dyadscope.fetch.http.Retry;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.fetch.FetchLog;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dyadscope fetch} against recorded (synthetic) answers replayed on 127.0.0.1: each source imported through
 * its importer with its provenance, a second run adds nothing, a revision replaces and is listed, and every
 * failure leaves the workspace as it was, saying why.
 */
class FetchServiceTest {

  static final FetchRequest PAK_AFG = FetchRequest.of(Dyad.parse("PAK-AFG"), Period.parse("2020-12"),
      Period.parse("2021-03"));
  static final List<ApiId> ALL = List.of(ApiId.values());

  @TempDir Path dir;
  RecordedApis apis;
  WorkspaceAccess access;
  FetchService service;
  final List<Duration> waits = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    apis = new RecordedApis();
    access = new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE, null,
        io.dyadscope.app.DefaultDataset.standard().withoutPack());
    service = new FetchService(access);
  }

  @AfterEach
  void stop() {
    apis.close();
  }

  FetchService.Options options(Settings s, Duration maxAge) {
    return new FetchService.Options(s, dir.resolve("cache"), maxAge,
        new HttpGetter(new Retry(4, Duration.ofMillis(1), Duration.ofSeconds(60)), waits::add, Clock.systemUTC()),
        Clock.systemUTC());
  }

  List<FetchOutcome> fetch(List<ApiId> which) throws Exception {
    return service.run(PAK_AFG, which, options(apis.settings(Map.of()), Duration.ZERO));
  }

  static String lines(List<FetchOutcome> outcomes) {
    return String.join("\n", outcomes.stream().flatMap(o -> o.lines().stream()).toList());
  }

  double value(String indicator, String subject, String period, String source) {
    return access.read(ws -> ws.observations(ObservationQuery.all()).stream()
        .filter(o -> o.indicator().equals(indicator) && o.subject().equals(subject)
            && o.period().toString().equals(period) && o.source().equals(source))
        .mapToDouble(Observation::value).boxed().findFirst().orElseThrow(() -> new AssertionError(
            "no " + indicator + " " + subject + " " + period + " " + source)));
  }

  /** What the workspace holds: every observation and event with its values, and the logs. */
  String fingerprint() throws java.sql.SQLException {
    return access.<String, java.sql.SQLException>read(ws -> {
      StringBuilder b = new StringBuilder();
      try (Connection c = ws.newConnection(); Statement s = c.createStatement()) {
        for (String sql : List.of("SELECT count(*), coalesce(sum(hash(id || value || note)), 0) FROM observations",
            "SELECT count(*), coalesce(sum(hash(dataset || event_id || coalesce(fatalities, -1))), 0) FROM events",
            "SELECT count(*), 0 FROM imports", "SELECT count(*), 0 FROM event_imports",
            "SELECT count(*), 0 FROM fetches")) {
          try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            b.append(r.getLong(1)).append('/').append(r.getString(2)).append(' ');
          }
        }
      }
      return b.toString();
    });
  }

  long events(String dataset) {
    return access.read(ws -> ws.database().count("SELECT count(*) FROM events WHERE dataset = '" + dataset + "'"));
  }

  @Test
  void eachSourceIsImportedThroughItsImporterFromTheRecordedAnswers() throws Exception {
    List<FetchOutcome> out = fetch(ALL);

    assertThat(out).extracting(FetchOutcome::api).containsExactly("worldbank", "unhcr", "ucdp", "imf", "gdelt",
        "acled", "comtrade");
    assertThat(out).allMatch(FetchOutcome::imported, lines(out));
    assertThat(value("wdi.ny.gdp.pcap.cd", "PAK", "2021", "wb-wdi")).isEqualTo(1500.5);
    assertThat(value("wdi.ny.gdp.pcap.cd", "AFG", "2020", "wb-wdi")).isEqualTo(500.75);
    assertThat(value("wdi.sp.pop.totl", "AFG", "2021", "wb-wdi")).isEqualTo(40000003);
    assertThat(value("refugees.registered", "PAK", "2021", "unhcr-rdf")).isEqualTo(1100002);
    assertThat(value("refugees.registered", "AFG", "2020", "unhcr-rdf")).isEqualTo(70003);
    assertThat(value("trade.exports", "PAK-AFG", "2020", "imf-dots-PAK")).isEqualTo(850.5);
    assertThat(value("trade.imports", "PAK-AFG", "2020", "imf-dots-AFG")).isEqualTo(400.5);
    assertThat(value("trade.exports", "PAK-AFG", "2020", "comtrade-PAK")).isEqualTo(850.1234565);
    assertThat(value("trade.exports", "PAK-AFG", "2020", "comtrade-AFG")).isEqualTo(810.555);
    assertThat(events("ucdp")).isEqualTo(3);
    assertThat(events("acled")).isEqualTo(3);
    assertThat(events("gdelt")).isEqualTo(3);
  }

  @Test
  void everyFetchedObservationAndEventCitesItsQueryRetrievalTimeAndHash() throws Exception {
    fetch(ALL);

    access.read(ws -> {
      FetchLog log = new FetchLog(ws);
      Observation imf = ws.observations(ObservationQuery.all()).stream()
          .filter(o -> o.source().equals("imf-dots-PAK")).findFirst().orElseThrow();
      List<FetchLog.Entry> cited = log.forObservation(imf.id());
      assertThat(cited).singleElement().satisfies(e -> {
        assertThat(e.query()).isEqualTo(apis.base() + RecordedApis.IMF);
        assertThat(e.sha256()).isEqualTo(Hashing.sha256(RecordedApis.read("imf-dots.json")));
        assertThat(e.retrievedAt()).isAfter(java.time.Instant.now().minusSeconds(600));
      });
      assertThat(log.forObservation(ws.observations(ObservationQuery.all()).stream()
          .filter(o -> o.source().equals("wb-wdi")).findFirst().orElseThrow().id()))
          .extracting(FetchLog.Entry::query).containsExactly(apis.base() + RecordedApis.WB_GDP + "&page=1",
              apis.base() + RecordedApis.WB_POP + "&page=1", apis.base() + RecordedApis.WB_GDP + "&page=2");
      assertThat(log.forEvent("acled", "SYNPAK1")).extracting(FetchLog.Entry::query).containsExactly(
          apis.base() + RecordedApis.ACLED, apis.base() + RecordedApis.ACLED_DELETED + "0&limit=5000&page=1");
      assertThat(log.forEvent("gdelt", "880003")).extracting(FetchLog.Entry::query).containsExactly(
          apis.base() + "/gdelt/md5sums", apis.base() + "/gdelt/20210301.export.CSV.zip",
          apis.base() + "/gdelt/20210302.export.CSV.zip");
      assertThat(log.all()).allSatisfy(e -> assertThat(e.query()).doesNotContain("SYNTHETIC"));
      return null;
    });
    assertThat(service.answers()).hasSize(15);
  }

  @Test
  void credentialsAreSentButNeverStoredInTheWorkspaceOrTheCache() throws Exception {
    fetch(ALL);

    assertThat(apis.received).anyMatch(t -> t.startsWith(RecordedApis.ACLED)
        && t.contains("&email=analyst%40example.org&key=SYNTHETIC-KEY-123"));
    assertThat(apis.headers).anyMatch(h -> h.contains("x-ucdp-access-token: SYNTHETIC-TOKEN-456"));
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertThat(text).as(f.toString()).doesNotContain("SYNTHETIC-KEY-123").doesNotContain("SYNTHETIC-TOKEN-456")
            .doesNotContain("analyst@example.org");
      }
    }
  }

  @Test
  void aSecondRunAddsNothing() throws Exception {
    fetch(ALL);
    String before = fingerprint().replaceAll("\\d+/0 ", "");

    List<FetchOutcome> again = fetch(ALL);

    assertThat(again).allMatch(FetchOutcome::imported, lines(again));
    assertThat(fingerprint().replaceAll("\\d+/0 ", "")).isEqualTo(before);
    assertThat(lines(again)).contains("0 added, 0 replaced, 7 unchanged (wdi, 8 records read)")
        .contains("events: 0 added, 0 replaced, 3 unchanged (3 records read)").doesNotContain("replaced acled");
  }

  @Test
  void aRunWithinTheCacheAgeAsksNothingAgain() throws Exception {
    Settings s = apis.settings(Map.of());
    service.run(PAK_AFG, ALL, options(s, Duration.ofHours(24)));
    int asked = apis.received.size();

    List<FetchOutcome> again = service.run(PAK_AFG, ALL, options(s, Duration.ofHours(24)));

    // Only ACLED's deletions are asked again: since the last fetch, a new query.
    assertThat(apis.received.subList(asked, apis.received.size())).singleElement().asString()
        .startsWith(RecordedApis.ACLED_DELETED).doesNotContain("deleted_timestamp=0");
    assertThat(lines(again)).contains("worldbank: 3 answer(s), 2,774 bytes, 3 from the cache");
  }

  @Test
  void aRevisedValueReplacesTheOldOneAndIsListed() throws Exception {
    fetch(List.of(ApiId.WORLDBANK));
    apis.route(RecordedApis.WB_GDP + "&page=1", "worldbank-gdp-page1-revised.json");

    List<FetchOutcome> out = fetch(List.of(ApiId.WORLDBANK));

    assertThat(value("wdi.ny.gdp.pcap.cd", "PAK", "2021", "wb-wdi")).isEqualTo(1600.5);
    assertThat(lines(out)).contains("0 added, 1 replaced, 6 unchanged (wdi, 8 records read)")
        .contains("replaced o-9d2dbd06fcb5 wdi.ny.gdp.pcap.cd|PAK-AFG|PAK|2021|observed|wb-wdi||: 1,500.5 -> 1,600.5"
            + " current US$");
  }

  @Test
  void anAcledRevisionIsListedWithItsUpdateTimeAndWithdrawnEventsAreRemoved() throws Exception {
    fetch(List.of(ApiId.ACLED));
    long since = access.read(ws -> new FetchLog(ws).lastFetch("acled", "PAK-AFG")).orElseThrow().getEpochSecond();
    apis.route(RecordedApis.ACLED, "acled-events-revised.json");
    apis.route(RecordedApis.ACLED_DELETED + since + "&limit=5000&page=1", "acled-deleted.json");

    List<FetchOutcome> out = fetch(List.of(ApiId.ACLED));

    assertThat(out).singleElement().matches(FetchOutcome::imported, lines(out));
    assertThat(lines(out)).contains("events: 0 added, 1 replaced, 1 unchanged (2 records read)")
        .contains("replaced acled SYNPAK1: 2021-01-04 Battles fatalities 5 PAK Khyber Pakhtunkhwa -> 2021-01-04 Battles"
            + " fatalities 6 PAK Khyber Pakhtunkhwa (updated by the provider 2021-03-29T06:40:00Z)")
        .contains("withdrawn by the provider: 1 listed, 1 removed from the workspace: SYNAFG3");
    assertThat(events("acled")).isEqualTo(2);
  }

  @Test
  void aFileListWithNothingInThePeriodImportsNothing() throws Exception {
    apis.route("/gdelt/md5sums", "00112233445566778899aabbccddeeff  20201130.export.CSV.zip\n"
        .getBytes(StandardCharsets.US_ASCII));

    List<FetchOutcome> out = fetch(List.of(ApiId.GDELT));

    assertThat(lines(out)).isEqualTo("gdelt: 1 answer(s), 58 bytes\n"
        + "  nothing to import: the answers list no file for the period");
    assertThat(events("gdelt")).isZero();
  }

  // Failure modes: each changes nothing and says why.

  void assertUnchanged(List<ApiId> which, Settings s, String expected) throws Exception {
    fetch(List.of(ApiId.IMF));
    String before = fingerprint();
    List<FetchOutcome> out = service.run(PAK_AFG, which, options(s, Duration.ZERO));
    assertThat(out).noneMatch(FetchOutcome::imported);
    assertThat(lines(out)).contains("not imported, nothing changed").contains(expected);
    assertThat(fingerprint()).isEqualTo(before);
  }

  @Test
  void anUnreachableSourceIsNamedAndChangesNothing() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Settings offline = new Settings(Map.of(ApiId.WORLDBANK, "http://127.0.0.1:" + closed + "/v2",
        ApiId.UNHCR, "http://127.0.0.1:" + closed + "/unhcr"), apis.settings(Map.of()).values());
    assertUnchanged(List.of(ApiId.WORLDBANK, ApiId.UNHCR), offline, "could not reach 127.0.0.1:" + closed);
  }

  @Test
  void anErrorPageIsReportedAndChangesNothing() throws Exception {
    apis.route(RecordedApis.WB_GDP + "&page=1", "worldbank-error.json");
    assertUnchanged(List.of(ApiId.WORLDBANK), apis.settings(Map.of()),
        "the World Bank API answered with an error: 120 Invalid value: The provided parameter value is not valid");
  }

  @Test
  void aMalformedBodyIsReportedAndChangesNothing() throws Exception {
    apis.route(RecordedApis.UNHCR_AFG_PAK + "&page=1", "unhcr-malformed.json");
    assertUnchanged(List.of(ApiId.UNHCR), apis.settings(Map.of()), "malformed JSON at line 2");
  }

  @Test
  void aRateLimitIsWaitedOutAndTheSourceImported() throws Exception {
    apis.once(RecordedApis.WB_POP + "&page=1", new MockResponse.Builder().code(429).setHeader("Retry-After", "7")
        .body("Too Many Requests").build());

    List<FetchOutcome> out = fetch(List.of(ApiId.WORLDBANK));

    assertThat(out).singleElement().matches(FetchOutcome::imported, lines(out));
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    assertThat(value("wdi.sp.pop.totl", "PAK", "2020", "wb-wdi")).isEqualTo(199000002);
  }

  @Test
  void serverErrorsOnALaterPageAreRetriedABoundedNumberOfTimesThenChangeNothing() throws Exception {
    for (int i = 0; i < 4; i++) {
      apis.once(RecordedApis.WB_GDP + "&page=2", new MockResponse.Builder().code(503).body("busy").build());
    }
    assertUnchanged(List.of(ApiId.WORLDBANK), apis.settings(Map.of()), "HTTP 503 after 4 tries (busy)");
    assertThat(waits).containsExactly(Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(4));
  }

  @Test
  void aMissingTokenIsNamedBeforeAnythingIsSent() throws Exception {
    Map<String, String> values = new java.util.HashMap<>(apis.settings(Map.of()).values());
    values.remove("ucdp.token");
    assertUnchanged(List.of(ApiId.UCDP), new Settings(apis.settings(Map.of()).bases(), values),
        "ucdp needs an access token: set DYADSCOPE_UCDP_TOKEN or 'ucdp.token=' in the fetch configuration file");
    assertThat(apis.received).noneMatch(t -> t.startsWith("/ucdp"));
  }

  @Test
  void aRecordTheImporterRefusesChangesNothing() throws Exception {
    String page = new String(RecordedApis.read("ucdp-page1.json"), StandardCharsets.UTF_8)
        .replace("\"type_of_violence\": 1", "\"type_of_violence\": 7");
    apis.route(RecordedApis.UCDP + "&page=1", page.getBytes(StandardCharsets.UTF_8));
    assertUnchanged(List.of(ApiId.UCDP), apis.settings(Map.of()),
        "ucdp-ged-PAK-AFG.csv:4:type_of_violence: type of violence must be 1, 2 or 3: '7'");
  }
}
