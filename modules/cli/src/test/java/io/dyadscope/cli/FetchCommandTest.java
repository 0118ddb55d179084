package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyadscope fetch}: the queries a dry run prints for two dyads, and an offline run that changes nothing. */
class FetchCommandTest {

  @TempDir Path dir;

  @Test
  void aDryRunPrintsEverySourcesQueriesForPakAfgAndSendsNothing() {
    CliRun r = CliRun.of("fetch", "--dry-run", "--from", "2020", "--to", "2021", "--workspace", dir.resolve("ws").toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("fetch PAK-AFG 2020-01-01 to 2021-12-31 (dry run: nothing is sent)\nworldbank:\n"
        + "  GET https://api.worldbank.org/v2/country/PAK;AFG/indicator/NY.GDP.MKTP.CD?format=json&date=2020:2021&per_page=1000&page=1\n")
        .contains("unhcr:\n  GET https://api.unhcr.org/population/v1/population/?limit=100&yearFrom=2020&yearTo=2021&coo=PAK&coa=AFG&cf_type=ISO&page=1\n")
        .contains("ucdp:\n  GET https://ucdpapi.pcr.uu.se/api/gedevents/25.1?pagesize=1000&Country=770,700&StartDate=2020-01-01&EndDate=2021-12-31&page=0\n")
        .contains("imf:\n  GET http://dataservices.imf.org/REST/SDMX_JSON.svc/CompactData/DOT/A.PK+AF.TXG_FOB_USD+TMG_CIF_USD.PK+AF?startPeriod=2020&endPeriod=2021\n")
        .contains("gdelt:\n  GET http://data.gdeltproject.org/events/md5sums\n")
        .contains("acled:\n  GET https://api.acleddata.com/acled/read?_format=json&iso=586%7C4&event_date=2020-01-01%7C2021-12-31&event_date_where=BETWEEN&limit=5000&page=1\n")
        .contains("comtrade:\n  GET https://comtradeapi.un.org/public/v1/preview/C/A/HS?reporterCode=586,4&partnerCode=4,586&period=2020,2021&cmdCode=TOTAL&flowCode=X,M&includeDesc=true\n");
    assertThat(Files.exists(dir.resolve("ws"))).isFalse();
  }

  @Test
  void aDryRunForAnotherDyadAsksForItsCountries() {
    CliRun r = CliRun.of("fetch", "--dry-run", "--dyad", "IND-PAK", "--from", "2023-07", "--to", "2023-09", "ucdp",
        "comtrade", "--workspace", dir.resolve("ws").toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("fetch IND-PAK 2023-07-01 to 2023-09-30 (dry run: nothing is sent)\n"
        + "ucdp:\n  GET https://ucdpapi.pcr.uu.se/api/gedevents/25.1?pagesize=1000&Country=750,770&StartDate=2023-07-01"
        + "&EndDate=2023-09-30&page=0\n  (then pages 1.. while page + 1 < TotalPages; token in the x-ucdp-access-token header)\n"
        + "comtrade:\n  GET https://comtradeapi.un.org/public/v1/preview/C/A/HS?reporterCode=699,586&partnerCode=586,699"
        + "&period=2023&cmdCode=TOTAL&flowCode=X,M&includeDesc=true\n"
        + "  (one query per 12 years; the preview (no key) answers at most 500 records, a key lifts it)\n");
  }

  @Test
  void aFetchImportsAndSourcesListsTheAnswerItCameFrom() throws Exception {
    // Synthetic answer in the World Bank API v2 layout (see modules/app/.../fetch/recorded/README.md).
    String body = "[{\"page\":1,\"pages\":1,\"per_page\":1000,\"total\":1},[{\"indicator\":{\"id\":\"SP.POP.TOTL\","
        + "\"value\":\"Population, total\"},\"country\":{\"id\":\"PK\",\"value\":\"Pakistan\"},\"countryiso3code\":\"PAK\","
        + "\"date\":\"2021\",\"value\":123456,\"unit\":\"\",\"obs_status\":\"\",\"decimal\":0}]]";
    String ws = dir.resolve("ws").toString();
    try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
      server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body(body).build());
      server.start(InetAddress.getLoopbackAddress(), 0);
      System.setProperty("dyadscope.fetch.worldbank.url", "http://127.0.0.1:" + server.getPort() + "/v2");
      System.setProperty("dyadscope.fetch.worldbank.indicators", "SP.POP.TOTL");
      CliRun r;
      try {
        r = CliRun.of("fetch", "worldbank", "--from", "2021", "--to", "2021", "--cache", dir.resolve("cache").toString(),
            "--workspace", ws);
      } finally {
        System.clearProperty("dyadscope.fetch.worldbank.url");
        System.clearProperty("dyadscope.fetch.worldbank.indicators");
      }

      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).startsWith("worldbank: 1 answer(s), ").contains(": 1 added, 0 replaced, 0 unchanged");
      String sources = CliRun.of("sources", "--workspace", ws).out();
      assertThat(sources).contains("fetched from the APIs").contains("worldbank").contains("PAK-AFG")
          .contains(io.dyadscope.evidence.Hashing.sha256(body))
          .contains("http://127.0.0.1:" + server.getPort() + "/v2/country/PAK;AFG/indicator/SP.POP.TOTL?format=json"
              + "&date=2021:2021&per_page=1000&page=1");
    }
  }

  @Test
  void anUnknownSourceIsAUserError() {
    CliRun r = CliRun.of("fetch", "--dry-run", "eurostat", "--workspace", dir.resolve("ws").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("unknown source 'eurostat' (expected worldbank, unhcr, ucdp, imf, gdelt, acled or comtrade)");
  }

  @Test
  void withoutNetworkTheCommandNamesTheSourceItCouldNotReachAndChangesNothing() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    String ws = dir.resolve("ws").toString();
    CliRun.of("observations", "--workspace", ws, "--format", "csv");
    String before = CliRun.of("observations", "--workspace", ws, "--format", "csv").out();
    System.setProperty("dyadscope.fetch.worldbank.url", "http://127.0.0.1:" + closed + "/v2");
    try {
      CliRun r = CliRun.of("fetch", "worldbank", "--from", "2020", "--to", "2021", "--cache",
          dir.resolve("cache").toString(), "--workspace", ws);

      assertThat(r.code()).isEqualTo(1);
      assertThat(r.out()).startsWith("worldbank: not imported, nothing changed\n  could not reach 127.0.0.1:" + closed);
      assertThat(r.err()).contains("not fetched: worldbank (see above); the workspace is unchanged for it");
    } finally {
      System.clearProperty("dyadscope.fetch.worldbank.url");
    }
    assertThat(CliRun.of("observations", "--workspace", ws, "--format", "csv").out()).isEqualTo(before);
  }
}
