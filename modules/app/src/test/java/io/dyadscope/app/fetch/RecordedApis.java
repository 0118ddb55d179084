package io.dyadscope.app.fetch;

import io.dyadscope.fetch.api.ApiId;
import io.dyadscope.fetch.api.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A local server on 127.0.0.1 replaying the recorded (synthetic) API answers of {@code recorded/}: each API under
 * its own path ({@code /worldbank}, {@code /acled}...), routed by the request's target without its credentials.
 * A route can be changed, or answered once otherwise first (a 429, say). Unrouted targets get a 404.
 */
final class RecordedApis implements AutoCloseable {

  static final String PAK_AFG_2020_2021 = "?format=json&date=2020:2021&per_page=1000";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, byte[]> routes = new ConcurrentHashMap<>();
  private final Map<String, Deque<MockResponse>> once = new ConcurrentHashMap<>();
  final List<String> received = Collections.synchronizedList(new ArrayList<>());
  final List<String> headers = Collections.synchronizedList(new ArrayList<>());

  RecordedApis() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String target = request.getTarget();
        received.add(target);
        headers.add(request.getHeaders().toString());
        String key = target.replaceAll("&email=[^&]*", "").replaceAll("&key=[^&]*", "");
        Deque<MockResponse> q = once.get(key);
        if (q != null && !q.isEmpty()) {
          return q.poll();
        }
        byte[] body = routes.get(key);
        if (body == null) {
          // ACLED's deletions are asked since the last fetch: any time matches the route recorded with T.
          body = routes.get(key.replaceAll("deleted_timestamp=\\d+", "deleted_timestamp=T"));
        }
        if (body == null) {
          return new MockResponse.Builder().code(404).body("no recorded answer for " + key).build();
        }
        return new MockResponse.Builder().code(200).body(new Buffer().write(body)).build();
      }
    });
    server.start(InetAddress.getLoopbackAddress(), 0);
    recordAll();
  }

  String base() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** Settings pointing every API at this server, with synthetic credentials. */
  Settings settings(Map<String, String> extra) {
    Map<ApiId, String> bases = new EnumMap<>(ApiId.class);
    for (ApiId a : ApiId.values()) {
      bases.put(a, base() + "/" + a.id());
    }
    Map<String, String> values = new java.util.HashMap<>(Map.of("worldbank.indicators", "NY.GDP.PCAP.CD,SP.POP.TOTL",
        "acled.key", "SYNTHETIC-KEY-123", "acled.email", "analyst@example.org", "ucdp.token", "SYNTHETIC-TOKEN-456"));
    values.putAll(extra);
    return new Settings(bases, values);
  }

  void route(String target, String file) {
    routes.put(target, read(file));
  }

  void route(String target, byte[] body) {
    routes.put(target, body);
  }

  void once(String target, MockResponse r) {
    once.computeIfAbsent(target, k -> new ArrayDeque<>()).add(r);
  }

  static final String WB_GDP = "/worldbank/country/PAK;AFG/indicator/NY.GDP.PCAP.CD" + PAK_AFG_2020_2021;
  static final String WB_POP = "/worldbank/country/PAK;AFG/indicator/SP.POP.TOTL" + PAK_AFG_2020_2021;
  static final String UNHCR_AFG_PAK = "/unhcr/population/?limit=100&yearFrom=2020&yearTo=2021&coo=AFG&coa=PAK&cf_type=ISO";
  static final String UNHCR_PAK_AFG = "/unhcr/population/?limit=100&yearFrom=2020&yearTo=2021&coo=PAK&coa=AFG&cf_type=ISO";
  static final String UCDP = "/ucdp/gedevents/25.1?pagesize=1000&Country=770,700&StartDate=2020-12-01&EndDate=2021-03-31";
  static final String IMF = "/imf/CompactData/DOT/A.PK+AF.TXG_FOB_USD+TMG_CIF_USD.PK+AF?startPeriod=2020&endPeriod=2021";
  static final String ACLED = "/acled/acled/read?_format=json&iso=586%7C4&event_date=2020-12-01%7C2021-03-31"
      + "&event_date_where=BETWEEN&limit=5000&page=1";
  static final String ACLED_DELETED = "/acled/deleted/read?_format=json&deleted_timestamp=";
  static final String COMTRADE = "/comtrade/public/v1/preview/C/A/HS?reporterCode=586,4&partnerCode=4,586"
      + "&period=2020,2021&cmdCode=TOTAL&flowCode=X,M&includeDesc=true";

  private void recordAll() {
    route(WB_GDP + "&page=1", "worldbank-gdp-page1.json");
    route(WB_GDP + "&page=2", "worldbank-gdp-page2.json");
    route(WB_POP + "&page=1", "worldbank-pop.json");
    route(UNHCR_AFG_PAK + "&page=1", "unhcr-afg-pak-page1.json");
    route(UNHCR_AFG_PAK + "&page=2", "unhcr-afg-pak-page2.json");
    route(UNHCR_PAK_AFG + "&page=1", "unhcr-pak-afg.json");
    route(UCDP + "&page=0", "ucdp-page0.json");
    route(UCDP + "&page=1", "ucdp-page1.json");
    route(IMF, "imf-dots.json");
    route(ACLED, "acled-events.json");
    route(ACLED_DELETED + "T&limit=5000&page=1", "acled-deleted-none.json");
    route(COMTRADE, "comtrade-preview.json");
    byte[] day1 = zip("20210301.export.CSV", read("gdelt-20210301.export.CSV"));
    byte[] day2 = zip("20210302.export.CSV", read("gdelt-20210302.export.CSV"));
    route("/gdelt/20210301.export.CSV.zip", day1);
    route("/gdelt/20210302.export.CSV.zip", day2);
    String list = "0123456789abcdef0123456789abcdef  GDELT.MASTERREDUCEDV2.1979-2013.zip\n"
        + "00112233445566778899aabbccddeeff  20201130.export.CSV.zip\n"
        + md5(day1) + "  20210301.export.CSV.zip\n" + md5(day2) + "  20210302.export.CSV.zip\n"
        + "ffeeddccbbaa99887766554433221100  20210401.export.CSV.zip\n";
    route("/gdelt/md5sums", list.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] read(String file) {
    try (InputStream in = RecordedApis.class.getResourceAsStream("recorded/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no fixture recorded/" + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] zip(String name, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e = new ZipEntry(name);
      e.setTime(0);
      z.putNextEntry(e);
      z.write(content);
      z.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String md5(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
