package io.dyadscope.cli;

import io.dyadscope.app.fetch.FetchOutcome;
import io.dyadscope.app.fetch.FetchPlan;
import io.dyadscope.app.fetch.FetchService;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.UserError;
import io.dyadscope.fetch.api.ApiId;
import io.dyadscope.fetch.api.FetchRequest;
import io.dyadscope.fetch.api.Settings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope fetch [SOURCE...]}: the dyad's figures and events from the public APIs, imported. */
@Command(name = "fetch", mixinStandardHelpOptions = true)
public final class FetchCommand extends DyadCommand {

  @Parameters(arity = "0..*", paramLabel = "SOURCE",
      description = "worldbank, unhcr, ucdp, imf, gdelt, acled, comtrade (default: all).")
  List<String> sources;

  @Option(names = "--from", paramLabel = "PERIOD", description = "First period (default: ten years before --to).")
  Period from;

  @Option(names = "--to", paramLabel = "PERIOD", description = "Last period (default: this year).") Period to;

  @Option(names = "--dry-run", description = "Print the queries and send nothing.") boolean dryRun;

  @Option(names = "--refresh", description = "Ask the APIs again even when a cached answer is less than a day old.")
  boolean refresh;

  @Option(names = "--cache", paramLabel = "DIR",
      description = {"Where answers are kept (default:", "$XDG_CACHE_HOME/dyadscope/fetch or",
          "~/.cache/dyadscope/fetch)."})
  Path cache;

  @Override
  public Integer call() throws Exception {
    List<ApiId> apis;
    try {
      apis = sources == null || sources.isEmpty() ? Arrays.asList(ApiId.values())
          : sources.stream().map(ApiId::parse).distinct().toList();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Period last = to != null ? to : Period.ofYear(LocalDate.now(ZoneOffset.UTC).getYear());
    Period first = from != null ? from : Period.ofYear(last.year() - 10);
    FetchRequest request;
    try {
      request = FetchRequest.of(dyad.dyad(), first, last);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    FetchService service = app().fetches();
    Settings settings = service.settings();
    PrintWriter out = out();
    if (dryRun) {
      out.println("fetch " + request.dyad().id() + " " + request.from() + " to " + request.to()
          + " (dry run: nothing is sent)");
      for (FetchPlan p : service.plan(request, apis, settings)) {
        p.describe().forEach(out::println);
      }
      out.flush();
      return 0;
    }
    Path dir = cache != null ? cache : FetchService.defaultCache(System.getenv());
    List<FetchOutcome> outcomes = service.run(request, apis, FetchService.Options.standard(settings, dir, refresh));
    outcomes.forEach(o -> o.lines().forEach(out::println));
    out.flush();
    List<String> failed = outcomes.stream().filter(o -> !o.imported()).map(FetchOutcome::api).toList();
    if (!failed.isEmpty()) {
      throw new UserError("not fetched: " + failed.stream().collect(Collectors.joining(", "))
          + " (see above); the workspace is unchanged for " + (failed.size() == 1 ? "it" : "them"));
    }
    return 0;
  }
}
