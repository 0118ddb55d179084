package io.dyadscope.web;

import io.dyadscope.app.overview.DyadOverview;
import io.dyadscope.app.overview.DyadOverview.Chart;
import io.dyadscope.evidence.Dyad;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/**
 * The overview's JSON and each chart's downloads: {@code /api/dyads/D/overview},
 * {@code /api/dyads/D/charts/C.csv} (the points drawn) and {@code /api/dyads/D/charts/C.metadata.json}.
 */
final class OverviewApi {

  private final Dashboard dashboard;

  OverviewApi(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  void register(Javalin j) {
    j.get("/api/dyads/{dyad}/overview", ctx -> {
      Dyad d = known(ctx);
      WebServer.json(ctx, dashboard.cached("json/overview/" + d.id(), () -> WebServer.jsonBytes(dashboard.overview(d))));
    });
    j.get("/api/dyads/{dyad}/charts/{file}", ctx -> {
      Dyad d = known(ctx);
      String file = ctx.pathParam("file");
      DyadOverview o = dashboard.overview(d);
      if (file.endsWith(".csv")) {
        Chart c = ChartDownloads.chart(o, Params.word("chart", file.substring(0, file.length() - 4)));
        ctx.header("Content-Disposition", "attachment; filename=\"" + d.id() + "-" + c.id() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(ChartDownloads.csv(c).getBytes(StandardCharsets.UTF_8));
      } else if (file.endsWith(".metadata.json")) {
        Chart c = ChartDownloads.chart(o, Params.word("chart", file.substring(0, file.length() - 14)));
        ctx.header("Content-Disposition", "attachment; filename=\"" + d.id() + "-" + c.id() + ".metadata.json\"");
        WebServer.json(ctx, ChartDownloads.metadata(o, c, HeadlineChart.eventsIn(c, o.keyEvents())));
      } else {
        throw new Pages.NotFound("charts are downloaded as C.csv or C.metadata.json: '" + Params.shorten(file) + "'");
      }
    });
  }

  private Dyad known(Context ctx) {
    Dyad d = Params.dyad(ctx.pathParam("dyad"));
    dashboard.requireKnown(d);
    return d;
  }
}
