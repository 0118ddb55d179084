package io.dyadscope.cli;

import io.dyadscope.dossier.AuditNote;
import io.dyadscope.app.statistics.WorkspaceCatalogue;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.DossierBuilder;
import io.dyadscope.dossier.DossierOptions;
import io.dyadscope.dossier.StudyData;
import io.dyadscope.dossier.render.DossierRenderer;
import io.dyadscope.dossier.render.HtmlRenderer;
import io.dyadscope.dossier.render.JsonRenderer;
import io.dyadscope.dossier.render.MarkdownRenderer;
import io.dyadscope.dossier.render.Rendition;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.dossier.findings.FindingRules;
import io.dyadscope.dossier.findings.RecommendationRules;
import io.dyadscope.store.ObservationQuery;
import io.dyadscope.store.SavedDocumentFinding;
import io.dyadscope.store.Workspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyadscope report}: builds the dyad's dossier from the workspace and writes it as HTML, Markdown and JSON. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Build the dossier of a dyad from the stored evidence: findings by theme with their sources,",
        "Tables 1-5 with published and computed projections, charts, discussion by lens, recommendations",
        "traced to their findings. Writes dossier.html (self-contained), dossier.md and dossier.json."})
public final class ReportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace;

  @Mixin
  DyadOption dyad;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "dossier", description = "Output folder (default: ./${DEFAULT-VALUE}/).")
  Path out;

  @Option(names = "--target", paramLabel = "PERIOD",
      description = "Period for Dyadscope's projections (default: the latest published projection's, else the next year).")
  String target;

  @Option(names = "--rules", paramLabel = "FILE", description = "Finding rules (JSON) instead of the built-in set.")
  Path rules;

  @Option(names = "--recommendations", paramLabel = "FILE",
      description = "Recommendation rules (JSON) instead of the built-in set.")
  Path recommendations;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Dyad d = dyad.dyad();
    DossierOptions options = options();
    Dossier dossier;
    try (Workspace ws = workspace.open(err)) {
      List<Observation> obs = ws.observations(ObservationQuery.all().dyad(d.id()));
      if (obs.isEmpty()) {
        throw new UserError("no observations for dyad " + d.id() + " in workspace " + ws.directory()
            + (ws.dyads().isEmpty() ? "" : " (it holds " + String.join(", ", ws.dyads()) + ")")
            + "; import some with 'dyadscope import indicators FILE'");
      }
      List<AuditNote> notes = ws.savedFindings(d.id()).stream().map(ReportCommand::note).toList();
      StudyData data = new StudyData(d, Gazetteer.standard(), WorkspaceCatalogue.load(ws.directory()),
          ws.sources(), obs, notes);
      dossier = DossierBuilder.build(data, options);
    }
    Files.createDirectories(out);
    Path main = null;
    for (DossierRenderer r : List.of(new HtmlRenderer(), new MarkdownRenderer(), new JsonRenderer())) {
      Rendition rendition = r.render(dossier, "dossier");
      for (Map.Entry<String, String> f : rendition.files().entrySet()) {
        Path p = out.resolve(f.getKey());
        Files.createDirectories(p.toAbsolutePath().getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
      if (main == null) {
        main = out.resolve(rendition.main());
      }
    }
    stdout.println(main.toAbsolutePath().normalize());
    stdout.flush();
    return 0;
  }

  private DossierOptions options() throws IOException {
    DossierOptions o = DossierOptions.standard();
    if (target != null) {
      o = o.withTarget(Period.parse(target));
    }
    if (rules != null) {
      ImportIndicatorsCommand.requireFile(rules);
      try (Reader r = Files.newBufferedReader(rules)) {
        o = o.withRules(FindingRules.read(r));
      }
    }
    if (recommendations != null) {
      ImportIndicatorsCommand.requireFile(recommendations);
      try (Reader r = Files.newBufferedReader(recommendations)) {
        o = o.withRecommendations(RecommendationRules.read(r));
      }
    }
    return o;
  }

  private static AuditNote note(SavedDocumentFinding f) {
    return new AuditNote(f.path(), f.finding().check(), f.finding().severity(), f.finding().line(),
        f.finding().message());
  }
}
