package io.dyadscope.web;

import io.dyadscope.corpus.index.KwicSort;
import io.dyadscope.render.dossier.JsonRenderer;
import io.dyadscope.evidence.Dyad;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API under {@code /api/}: the same services, and so the same numbers, as the CLI. */
final class Api {

  /** Columns of the observations table and its CSV export, in order. */
  static final List<String> OBSERVATION_COLUMNS = List.of("id", "indicator", "subject", "period", "value", "unit",
      "status", "source", "citation", "reportedBy", "location", "note");

  /** Longest search query or KWIC term accepted, in characters. */
  static final int MAX_QUERY = 200;

  private final Dashboard dashboard;
  private final AuditUpload uploads;
  private final ImportUpload imports;
  private final WriteToken token;

  Api(Dashboard dashboard, AuditUpload uploads, ImportUpload imports, WriteToken token) {
    this.dashboard = dashboard;
    this.uploads = uploads;
    this.imports = imports;
    this.token = token;
  }

  void register(Javalin j) {
    // The answers are kept serialised until the workspace changes: under load, writing JSON is the main cost
    j.get("/api/dyads", ctx -> WebServer.json(ctx, dashboard.cached("json/dyads",
        () -> WebServer.jsonBytes(Map.of("dyads", dashboard.dyads())))));
    j.get("/api/dyads/{dyad}/indicators", ctx -> {
      Dyad d = known(ctx);
      WebServer.json(ctx, dashboard.cached("json/indicators/" + d.id(),
          () -> WebServer.jsonBytes(dashboard.indicators(d))));
    });
    j.get("/api/dyads/{dyad}/series/{indicator}", ctx -> {
      Dyad d = known(ctx);
      String indicator = Params.word("indicator", ctx.pathParam("indicator"));
      String subject = Params.optionalWord("subject", ctx.queryParam("subject"));
      WebServer.json(ctx, dashboard.cached("json/series/" + d.id() + "/" + indicator + "/" + subject,
          () -> WebServer.jsonBytes(dashboard.series(d, indicator, subject))));
    });
    j.get("/api/dyads/{dyad}/observations", ctx -> {
      Dyad d = known(ctx);
      WebServer.json(ctx, dashboard.cached("json/observations/" + d.id(), () -> WebServer.jsonBytes(
          Map.of("columns", OBSERVATION_COLUMNS, "rows", dashboard.observationRows(d)))));
    });
    j.get("/api/dyads/{dyad}/observations.csv", ctx -> {
      Dyad d = known(ctx);
      ctx.header("Content-Disposition", "attachment; filename=\"observations-" + d.id() + ".csv\"");
      ctx.contentType("text/csv; charset=utf-8").result(csv(dashboard.observationRows(d))
          .getBytes(StandardCharsets.UTF_8));
    });
    j.get("/api/dyads/{dyad}/dossier", ctx -> {
      Dyad d = known(ctx);
      ctx.contentType("application/json; charset=utf-8").result(new JsonRenderer().render(dashboard.dossier(d), "dossier")
          .mainText());
    });
    j.get("/api/dyads/{dyad}/events", ctx -> {
      String by = ctx.queryParamAsClass("by", String.class).getOrDefault("month");
      if (!by.equals("month") && !by.equals("year")) {
        throw new Params.BadRequest("by must be month or year: '" + Params.shorten(by) + "'");
      }
      WebServer.json(ctx, Views.events(dashboard.events(known(ctx), by.equals("month"),
          Params.optionalPeriod("from", ctx.queryParam("from")), Params.optionalPeriod("to", ctx.queryParam("to")))));
    });
    j.get("/api/dyads/{dyad}/corpus", ctx -> WebServer.json(ctx, dashboard.corpusOverview(known(ctx))));
    j.get("/api/dyads/{dyad}/corpus/search", ctx -> {
      known(ctx);
      WebServer.json(ctx, dashboard.search(Params.text("q", ctx.queryParam("q"), MAX_QUERY),
          Params.integer("limit", ctx.queryParam("limit"), 1, 100, 20)));
    });
    j.get("/api/dyads/{dyad}/corpus/kwic", ctx -> {
      known(ctx);
      String sort = ctx.queryParamAsClass("sort", String.class).getOrDefault("right");
      if (!sort.equals("left") && !sort.equals("right")) {
        throw new Params.BadRequest("sort must be left or right: '" + Params.shorten(sort) + "'");
      }
      WebServer.json(ctx, Map.of("lines", dashboard.kwic(Params.text("term", ctx.queryParam("term"), MAX_QUERY),
          KwicSort.valueOf(sort), Params.integer("limit", ctx.queryParam("limit"), 1, 1000, 200))));
    });
    j.get("/api/dyads/{dyad}/corpus/passages", ctx -> {
      known(ctx);
      WebServer.json(ctx, Map.of("passages", dashboard.passages(Params.word("theme", ctx.queryParam("theme")),
          Params.optionalWord("lens", ctx.queryParam("lens")))));
    });
    j.post("/api/dyads/{dyad}/import", ctx -> {
      Dyad d = known(ctx);
      if (!token.matches(ctx.header(WriteToken.HEADER))) {
        throw new WebServer.Forbidden("importing needs the write token printed when the server started");
      }
      String name = ctx.queryParam("name");
      ImportUpload.extension(name);
      ImportUpload.DocumentFields fields = new ImportUpload.DocumentFields(
          Params.optionalWord("kind", ctx.queryParam("kind")),
          Params.optionalText("title", ctx.queryParam("title"), MAX_QUERY),
          Params.optionalText("publisher", ctx.queryParam("publisher"), MAX_QUERY),
          Params.optionalWord("date", ctx.queryParam("date")),
          Params.optionalText("licence", ctx.queryParam("licence"), MAX_QUERY),
          "true".equals(ctx.queryParam("replace")));
      try {
        WebServer.json(ctx, imports.importFile(d, name, WebServer.body(ctx), fields));
      } finally {
        dashboard.changed();
      }
    });
    j.post("/api/dyads/{dyad}/audit", ctx -> {
      Dyad d = known(ctx);
      boolean save = "true".equals(ctx.queryParam("save"));
      if (save && !token.matches(ctx.header(WriteToken.HEADER))) {
        throw new WebServer.Forbidden("saving an audit needs the write token printed when the server started");
      }
      String format = Params.word("format", ctx.queryParamAsClass("format", String.class).getOrDefault("txt"));
      byte[] body = WebServer.body(ctx);
      Map<String, Object> result = new LinkedHashMap<>(uploads.audit(d, format, body, save));
      if (save) {
        dashboard.changed();
      }
      result.put("saved", save);
      WebServer.json(ctx, result);
    });
  }

  private Dyad known(Context ctx) {
    Dyad d = Params.dyad(ctx.pathParam("dyad"));
    dashboard.requireKnown(d);
    return d;
  }

  /** The rows as RFC 4180 CSV; a text cell that a spreadsheet would run as a formula is prefixed with '. */
  static String csv(List<Map<String, Object>> rows) {
    StringBuilder b = new StringBuilder(String.join(",", OBSERVATION_COLUMNS)).append("\r\n");
    for (Map<String, Object> r : rows) {
      for (int i = 0; i < OBSERVATION_COLUMNS.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        Object v = r.get(OBSERVATION_COLUMNS.get(i));
        String s = v instanceof Double x ? plain(x) : String.valueOf(v);
        if (!(v instanceof Number) && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
          s = "'" + s;
        }
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
      }
      b.append("\r\n");
    }
    return b.toString();
  }

  static String plain(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
