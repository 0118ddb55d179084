package io.dyadscope.app;

import io.dyadscope.app.statistics.WorkspaceCatalogue;
import io.dyadscope.dossier.Colophon;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.DossierBuilder;
import io.dyadscope.dossier.DossierOptions;
import io.dyadscope.dossier.StudyData;
import io.dyadscope.dossier.findings.FindingRules;
import io.dyadscope.dossier.findings.RecommendationRules;
import io.dyadscope.render.dossier.DossierRenderer;
import io.dyadscope.render.dossier.HtmlRenderer;
import io.dyadscope.render.dossier.JsonRenderer;
import io.dyadscope.render.dossier.MarkdownRenderer;
import io.dyadscope.render.dossier.Rendition;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.UserError;
import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.store.ImportRecord;
import io.dyadscope.evidence.DocumentFinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The dossier use case: builds a dyad's dossier from the workspace and writes it as HTML, Markdown and JSON. */
public final class ReportService {

  /** What the renderers are asked for, main document first. */
  private static final List<DossierRenderer> RENDERERS =
      List.of(new HtmlRenderer(), new MarkdownRenderer(), new JsonRenderer());

  private final WorkspaceAccess access;
  private final Clock clock;

  public ReportService(WorkspaceAccess access) {
    this(access, Clock.systemUTC());
  }

  /** With the clock that dates the dossier's colophon. */
  public ReportService(WorkspaceAccess access, Clock clock) {
    this.access = access;
    this.clock = clock;
  }

  /**
   * A request for a dossier.
   *
   * @param dyad                 the country pair
   * @param targetOrNull         period of Dyadscope's projections, or null for the default
   * @param rulesOrNull          a finding rules file instead of the built-in set, or null
   * @param recommendationsOrNull a recommendation rules file instead of the built-in set, or null
   */
  public record Request(Dyad dyad, Period targetOrNull, Path rulesOrNull, Path recommendationsOrNull) {}

  /**
   * Makes sure the workspace's corpus is in place for work on {@code dyad}, as a report does first:
   * the default corpus is loaded (once, for writing) when the dyad is one it is about and the
   * workspace has not used its corpus yet; otherwise nothing is written.
   */
  public void prepareCorpus(Dyad dyad) {
    ReportSupplements.prepare(access, dyad);
  }

  /** Builds the dossier from the stored evidence. */
  public Dossier build(Request request) {
    DossierOptions options = options(request);
    Dyad d = request.dyad();
    ReportSupplements.prepare(access, d);
    Timing.mark("prepared the corpus");
    return access.read(ws -> {
      Timing.mark("opened the workspace (DuckDB)");
      List<Observation> obs = ws.observations(ObservationQuery.all().dyad(d.id()));
      if (obs.isEmpty()) {
        throw new UserError("no observations for dyad " + d.id() + " in workspace " + ws.directory()
            + (ws.dyads().isEmpty() ? "" : " (it holds " + String.join(", ", ws.dyads()) + ")")
            + "; import some with 'dyadscope import indicators FILE'");
      }
      List<DocumentFinding> notes = ws.savedFindings(d.id());
      StudyData data = new StudyData(d, Gazetteer.standard(), WorkspaceCatalogue.load(ws.directory()), ws.sources(),
          obs, notes);
      Timing.mark("read observations, findings, catalogue, sources");
      BuildInfo build = BuildInfo.current();
      Colophon colophon = new Colophon(build.version(), build.commit(),
          clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), ws.directory().toAbsolutePath().toString(),
          importsDigest(ws.imports(), ws.directory()));
      io.dyadscope.dossier.Dossier dossier = DossierBuilder.build(data, options.withColophon(colophon));
      Timing.mark("built the dossier model (findings, tables, projections)");
      dossier = dossier.withSupplements(ReportSupplements.gather(ws, d, obs));
      dossier = ReportSupplements.codingNote(ws).map(dossier::withMethodNote).orElse(dossier);
      Timing.mark("checked the auto-coding against the gold set");
      return dossier;
    });
  }

  /** Writes the dossier in every format under {@code folder}; returns the main (HTML) file. */
  public Path write(Dossier dossier, Path folder) throws IOException {
    return writeAll(dossier, folder).main();
  }

  /** What {@link #writeAll} wrote: the main (HTML) file and every file, main first, absolute. */
  public record Written(Path main, List<Path> files) {}

  /** Writes the dossier in every format under {@code folder}; returns every file written. */
  public Written writeAll(Dossier dossier, Path folder) throws IOException {
    Files.createDirectories(folder);
    Path main = null;
    List<Path> files = new java.util.ArrayList<>();
    for (DossierRenderer r : RENDERERS) {
      Rendition rendition = r.render(dossier, "dossier");
      for (Map.Entry<String, String> f : rendition.files().entrySet()) {
        Path p = folder.resolve(f.getKey());
        Files.createDirectories(p.toAbsolutePath().getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        files.add(p.toAbsolutePath().normalize());
      }
      if (main == null) {
        main = folder.resolve(rendition.main()).toAbsolutePath().normalize();
      }
      Timing.mark("rendered and wrote " + r.getClass().getSimpleName());
    }
    return new Written(main, List.copyOf(files));
  }

  private static DossierOptions options(Request request) {
    DossierOptions o = DossierOptions.standard();
    if (request.targetOrNull() != null) {
      o = o.withTarget(request.targetOrNull());
    }
    if (request.rulesOrNull() != null) {
      o = o.withRules(UserFiles.read(request.rulesOrNull(), FindingRules::read));
    }
    if (request.recommendationsOrNull() != null) {
      o = o.withRecommendations(UserFiles.read(request.recommendationsOrNull(), RecommendationRules::read));
    }
    return o;
  }

  /**
   * A digest of the workspace's import history: the files imported, in order, by name and content
   * hash. Import times are left out, so two workspaces built from the same files agree.
   */
  static String importsDigest(List<ImportRecord> imports) {
    return importsDigest(imports, null);
  }

  /**
   * As {@link #importsDigest(List)}, with files inside {@code workspace} (the evidence pack's copies) named
   * relative to it, so that the same history gives the same digest wherever the workspace folder is.
   */
  static String importsDigest(List<ImportRecord> imports, java.nio.file.Path workspace) {
    String prefix = workspace == null ? null : workspace.toAbsolutePath().normalize() + java.io.File.separator;
    StringBuilder b = new StringBuilder();
    for (ImportRecord r : imports) {
      String name = prefix != null && r.fileName().startsWith(prefix) ? r.fileName().substring(prefix.length())
          : r.fileName();
      b.append(r.id()).append('\t').append(name).append('\t').append(r.sha256()).append('\n');
    }
    return "sha256:" + Hashing.sha256(b.toString()) + " (" + imports.size() + (imports.size() == 1 ? " import)"
        : " imports)");
  }

}
