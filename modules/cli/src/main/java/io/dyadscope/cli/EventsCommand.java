package io.dyadscope.cli;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.UserError;
import io.dyadscope.events.picture.Agreement;
import io.dyadscope.events.picture.InteractionDirection;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.TypeCount;
import io.dyadscope.evidence.Period;
import io.dyadscope.events.picture.PictureQuery;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyadscope events}: the dyad's event picture by month or year. */
@Command(name = "events", mixinStandardHelpOptions = true,
    subcommands = {EventActorsCommand.class, EventDeriveCommand.class})
public final class EventsCommand extends DyadCommand {

  @Option(names = "--by", defaultValue = "month", paramLabel = "month|year", description = "Period (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--type", paramLabel = "TYPE", split = ",",
      description = "Only events of these types (ACLED event or sub-event type, UCDP state-based/non-state/one-sided, CAMEO root code).")
  List<String> types = new ArrayList<>();

  @Option(names = "--from", paramLabel = "PERIOD", description = "First year or month (YYYY or YYYY-MM).") String from;

  @Option(names = "--to", paramLabel = "PERIOD", description = "Last year or month.") String to;

  @Option(names = "--format", defaultValue = "table", description = "table, csv (the type counts) or json (everything).")
  OutputFormat format;

  @picocli.CommandLine.Mixin
  SparkEngineOptions engine;

  PictureQuery query(int top) {
    if (!by.equals("month") && !by.equals("year")) {
      throw new UserError("--by must be month or year: " + by);
    }
    return new PictureQuery(dyad.dyad(), by.equals("month"), from == null ? null : Period.parse(from),
        to == null ? null : Period.parse(to), types, top);
  }

  /**
   * Takes the workspace options and {@code --dyad} a subcommand ({@code actors}, {@code derive}) was
   * given after its own name, so {@code events derive --workspace W} means what it says.
   */
  void adopt(picocli.CommandLine.Model.CommandSpec sub, WorkspaceOption ws, DyadOption d) {
    picocli.CommandLine.ParseResult given = sub.commandLine().getParseResult();
    if (given.hasMatchedOption("--workspace")) {
      workspace.workspace = ws.workspace;
    }
    if (given.hasMatchedOption("--wait")) {
      workspace.waitSeconds = ws.waitSeconds;
    }
    if (given.hasMatchedOption("--dyad")) {
      dyad.dyad = d.dyad;
    }
  }

  static String noEvents(String dyadId) {
    return "No events for " + dyadId + " in the workspace. Import them with: dyadscope import events FILE..."
        + " (ACLED CSV, UCDP GED CSV, GDELT 2.0/1.0 files or zips).";
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    if (engine.isSpark()) {
      return engine.run(dyad.dyad(), out, err());
    }
    EventPicture p = app().events().picture(query(10));
    if (format == OutputFormat.json) {
      out.println(Output.JSON.writeValueAsString(p));
    } else if (format == OutputFormat.csv) {
      List<List<Object>> rows = new ArrayList<>();
      for (TypeCount t : p.types()) {
        rows.add(java.util.Arrays.asList(t.period(), t.dataset(), t.kind(), t.type(), t.events(), t.collapsed(),
            t.fatalities(), t.low(), t.high()));
      }
      Output.write(out, format, List.of("period", "dataset", "kind", "type", "events", "collapsed", "fatalities",
          "fatalities_low", "fatalities_high"), rows);
    } else if (p.isEmpty()) {
      out.println(noEvents(p.dyad()));
    } else {
      table(out, p);
    }
    out.flush();
    return 0;
  }

  private static void table(PrintWriter out, EventPicture p) {
    out.println("Event picture for " + p.dyad() + " by " + p.by());
    ConsoleTable cov = new ConsoleTable("dataset", "events", "first", "last");
    p.datasets().forEach(c -> cov.row(c.dataset(), Figures.count(c.events()), c.first(), c.last()));
    cov.print(out);
    out.println();
    out.println("Events by type (GDELT: raw rows and root events with near-duplicates collapsed; charts use collapsed)");
    ConsoleTable t = new ConsoleTable("period", "dataset", "kind", "type", "events", "collapsed", "fatalities", "low-high");
    for (TypeCount c : p.types()) {
      if (c.kind().equals("sub_event_type") || c.kind().equals("cameo_root")) {
        continue;
      }
      t.row(c.period(), c.dataset(), c.kind(), c.type(), c.events(), c.collapsed(), c.fatalities(),
          c.fatalities() == null ? "" : c.low() + "-" + c.high());
    }
    t.print(out);
    ConsoleTable d = new ConsoleTable("period", "from", "to", "events", "collapsed", "goldstein", "tone");
    for (InteractionDirection x : p.directions()) {
      d.row(x.period(), x.from(), x.to(), x.events(), x.collapsed(), Figures.fixed(x.goldsteinMean(), 2),
          Double.isNaN(x.toneWeighted()) ? "" : Figures.fixed(x.toneWeighted(), 2));
    }
    d.printSection(out, "GDELT interactions between the two states' actors");
    ConsoleTable c = new ConsoleTable("period", "dataset", "actors of", "in", "events", "collapsed", "fatalities");
    p.crossBorder().forEach(x -> c.row(x.period(), x.dataset(), x.actorsOf(), x.in(), x.events(), x.collapsed(),
        x.fatalities()));
    c.printSection(out, "Cross-border events (actors of one country in the other)");
    ConsoleTable g = new ConsoleTable("period", "raw", "root", "collapsed");
    p.gdelt().forEach(v -> g.row(v.period(), v.raw(), v.rootEvents(), v.collapsed()));
    g.printSection(out, "GDELT rows: raw, root events, root events with near-duplicates collapsed (same day, actors,"
        + " CAMEO code, place)");
    ConsoleTable a = new ConsoleTable("measure", "datasets", "months", "correlation", "largest differences");
    for (Agreement x : p.agreements()) {
      a.row(x.measure(), x.first() + " vs " + x.second(), x.months(),
          Double.isNaN(x.correlation()) ? "n/a" : Figures.fixed(x.correlation(), 3),
          String.join("; ", x.largest().stream().limit(3)
              .map(m -> m.month() + " " + fmt(m.first()) + " vs " + fmt(m.second())).toList()));
    }
    a.printSection(out, "Agreement between datasets, monthly, over the months both cover");
  }

  private static String fmt(double v) {
    return Figures.grouped(v);
  }
}
