package io.dyadscope.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.app.Application;
import io.dyadscope.evidence.UserError;
import io.dyadscope.render.web.DashboardPages;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard server: pages and a JSON API under {@code /api/} over one workspace, through the
 * application services only. Read-only except for saving an audit, which needs the {@link WriteToken}.
 * Bound to the loopback address unless told otherwise; on loopback it also refuses requests whose
 * {@code Host} is not a local name, so a web page elsewhere cannot reach it by DNS rebinding.
 */
public final class WebServer implements AutoCloseable {

  /** Largest request body accepted (an uploaded report), in bytes. */
  public static final int MAX_UPLOAD = 2 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  /** The server's JSON mapper (HTML-safe), also for turning a model into a map before adding to it. */
  static final ObjectMapper JSON = htmlSafe(new ObjectMapper());
  private static final Set<String> LOCAL_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data: blob:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final Javalin javalin;
  private final String host;

  private WebServer(Javalin javalin, String host) {
    this.javalin = javalin;
    this.host = host;
  }

  /** Starts a server on {@code host}:{@code port} (0 picks a free port). */
  public static WebServer start(Application app, String host, int port, WriteToken token) {
    boolean loopback = isLoopback(host);
    Dashboard dashboard = new Dashboard(app);
    Pages pages = new Pages(dashboard);
    OverviewPages overview = new OverviewPages(dashboard);
    MapPage map = new MapPage(dashboard);
    Api api = new Api(dashboard, new AuditUpload(app), new ImportUpload(app), token);
    Javalin j = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_UPLOAD;
      config.staticFiles.add(s -> {
        s.hostedPath = "/static";
        s.directory = "/io/dyadscope/web/static";
        s.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    j.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "no-referrer");
      if (loopback && !LOCAL_NAMES.contains(hostName(ctx.header("Host")))) {
        throw new Forbidden("this server answers only requests to localhost");
      }
      String length = ctx.header("Content-Length");
      if (length != null && parseLong(length) > MAX_UPLOAD) {
        throw new TooLarge();
      }
    });
    j.get("/", ctx -> ctx.html(overview.home()));
    j.get("/d/{dyad}", ctx -> ctx.html(overview.overview(Params.dyad(ctx.pathParam("dyad")))));
    j.get("/d/{dyad}/dossier/{section}", ctx -> ctx.html(pages.section(Params.dyad(ctx.pathParam("dyad")),
        Params.word("section", ctx.pathParam("section")))));
    j.get("/d/{dyad}/series/{indicator}", ctx -> ctx.html(pages.series(Params.dyad(ctx.pathParam("dyad")),
        Params.word("indicator", ctx.pathParam("indicator")), Params.optionalWord("subject",
            ctx.queryParam("subject")))));
    j.get("/d/{dyad}/observations", ctx -> ctx.html(pages.observations(Params.dyad(ctx.pathParam("dyad")))));
    j.get("/d/{dyad}/map", ctx -> ctx.html(map.page(Params.dyad(ctx.pathParam("dyad")),
        Params.optionalPeriod("from", ctx.queryParam("from")), Params.optionalPeriod("to", ctx.queryParam("to")),
        Params.optionalWord("measure", ctx.queryParam("measure")))));
    j.get("/d/{dyad}/events", ctx -> ctx.html(pages.events(Params.dyad(ctx.pathParam("dyad")))));
    j.get("/d/{dyad}/corpus", ctx -> ctx.html(pages.corpus(Params.dyad(ctx.pathParam("dyad")))));
    j.get("/d/{dyad}/import", ctx -> ctx.html(pages.importPage(Params.dyad(ctx.pathParam("dyad")))));
    j.get("/d/{dyad}/audit", ctx -> ctx.html(pages.audit(Params.dyad(ctx.pathParam("dyad")))));
    api.register(j);
    new OverviewApi(dashboard).register(j);
    j.exception(Params.BadRequest.class, (e, ctx) -> problem(ctx, 400, e.getMessage()));
    j.exception(Pages.NotFound.class, (e, ctx) -> problem(ctx, 404, e.getMessage()));
    j.exception(Forbidden.class, (e, ctx) -> problem(ctx, 403, e.getMessage()));
    j.exception(TooLarge.class, (e, ctx) -> problem(ctx, 413, "the request body is larger than "
        + MAX_UPLOAD + " bytes"));
    j.exception(UserError.class, (e, ctx) -> problem(ctx, e.getMessage().startsWith("no observations") ? 404 : 400,
        e.getMessage()));
    j.exception(Exception.class, (e, ctx) -> {
      LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
      problem(ctx, 500, "internal error (see the server's log)");
    });
    try {
      j.start(host, port);
    } catch (JavalinBindException e) {
      throw new UserError("cannot listen on " + host + ":" + port + " (is another server using the port? choose one"
          + " with --port)", e);
    }
    return new WebServer(j, host);
  }

  /** The port the server listens on. */
  public int port() {
    return javalin.port();
  }

  /** True when the server listens on a loopback address only, so no other machine reaches it. */
  public boolean loopbackOnly() {
    return isLoopback(host);
  }

  /** The address to open in a browser. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port() + "/";
  }

  @Override
  public void close() {
    javalin.stop();
  }

  /** Writes {@code value} as the JSON response. */
  static void json(Context ctx, Object value) throws IOException {
    json(ctx, JSON.writeValueAsBytes(value));
  }

  /** Writes {@code bytes}, JSON already, as the response. */
  static void json(Context ctx, byte[] bytes) {
    ctx.contentType("application/json; charset=utf-8").result(bytes);
  }

  /** {@code value} as HTML-safe JSON bytes. */
  static byte[] jsonBytes(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads the request body, refusing more than {@link #MAX_UPLOAD} bytes whatever its declared length. */
  static byte[] body(Context ctx) throws IOException {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] b = in.readNBytes(MAX_UPLOAD + 1);
      if (b.length > MAX_UPLOAD) {
        throw new TooLarge();
      }
      return b;
    }
  }

  /** JSON whose strings carry no {@code < > & '} as such, so that no response can be read as markup. */
  private static ObjectMapper htmlSafe(ObjectMapper m) {
    m.getFactory().setCharacterEscapes(new CharacterEscapes() {
      private static final long serialVersionUID = 1L;
      private final int[] escapes = htmlEscapes();

      @Override
      public int[] getEscapeCodesForAscii() {
        return escapes;
      }

      @Override
      public SerializableString getEscapeSequence(int ch) {
        return null;
      }
    });
    return m;
  }

  private static int[] htmlEscapes() {
    int[] e = CharacterEscapes.standardAsciiEscapesForJSON();
    for (char c : new char[] {'<', '>', '&', '\''}) {
      e[c] = CharacterEscapes.ESCAPE_STANDARD;
    }
    return e;
  }

  private static void problem(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json; charset=utf-8");
      try {
        ctx.result(JSON.writeValueAsBytes(Map.of("error", message, "status", status)));
      } catch (IOException e) {
        ctx.result("{\"status\":" + status + "}");
      }
    } else {
      ctx.html(DashboardPages.error(status, message));
    }
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new UserError("unknown host to listen on: " + host);
    }
  }

  private static String hostName(String header) {
    if (header == null) {
      return "";
    }
    String h = header.trim().toLowerCase(java.util.Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** A request refused (HTTP 403). */
  static final class Forbidden extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Forbidden(String message) {
      super(message);
    }
  }

  /** A request body over the limit (HTTP 413). */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
