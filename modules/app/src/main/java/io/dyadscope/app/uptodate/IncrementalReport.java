package io.dyadscope.app.uptodate;

import io.dyadscope.app.BuildInfo;
import io.dyadscope.app.ReportService;
import io.dyadscope.app.Timing;
import io.dyadscope.dossier.Dossier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code report} as a build tool runs a task: when nothing the dossier is made from has changed since
 * the dossier in the output folder was written (the workspace's files, this build of Dyadscope, the
 * report's options) and the dossier's files are as written, it says so without opening the
 * workspace; otherwise, or when forced, it builds and writes the dossier and stamps the folder.
 *
 * <p>The stamp is written only when the workspace did not change while the dossier was being built
 * (its digest before and after agree), so a stamp never vouches for a state the dossier does not show.
 */
public final class IncrementalReport {

  /** What a run did. */
  public sealed interface Outcome permits UpToDate, Built {
    /** The dossier's main (HTML) file, absolute. */
    Path main();
  }

  /** Nothing changed: the dossier written at {@code since} stands. */
  public record UpToDate(Path main, Instant since) implements Outcome {

    /** The notice a front end shows. */
    public String notice() {
      return "dossier up to date: workspace unchanged since " + since.truncatedTo(ChronoUnit.SECONDS)
          + "; --force to rebuild";
    }
  }

  /** The dossier was built and written. */
  public record Built(Path main) implements Outcome {}

  private final Supplier<ReportService> reports;
  private final Path workspace;
  private final Clock clock;

  /**
   * Over the workspace in {@code workspace}; {@code reports} is asked for the report service only when
   * the dossier is to be built (making one readies the renderers, which an up-to-date check does not need).
   */
  public IncrementalReport(Supplier<ReportService> reports, Path workspace) {
    this(reports, workspace, Clock.systemUTC());
  }

  /** With the clock that dates the stamp. */
  public IncrementalReport(Supplier<ReportService> reports, Path workspace, Clock clock) {
    this.reports = reports;
    this.workspace = workspace.toAbsolutePath().normalize();
    this.clock = clock;
  }

  /** Builds the dossier into {@code out} unless it is up to date there; {@code force} always builds. */
  public Outcome run(ReportService.Request request, Path out, boolean force) throws IOException {
    Path folder = out.toAbsolutePath().normalize();
    if (!force) {
      Optional<UpToDate> current = upToDate(request, folder);
      if (current.isPresent()) {
        return current.get();
      }
    }
    ReportService reports = this.reports.get();
    // A first report loads the default corpus into the workspace: the digest is taken after that.
    reports.prepareCorpus(request.dyad());
    String before = inputs(request, folder);
    Dossier dossier = reports.build(request);
    Files.createDirectories(folder);
    ReportStamp.delete(folder);
    ReportService.Written written = reports.writeAll(dossier, folder);
    String after = inputs(request, folder);
    if (before.equals(after)) {
      Map<String, String> outputs = new LinkedHashMap<>();
      java.security.MessageDigest md = FileDigest.sha256();
      for (Path f : written.files()) {
        outputs.put(relative(folder, f), FileDigest.of(f, md));
      }
      new ReportStamp(after, relative(folder, written.main()), outputs, clock.instant()).write(folder);
    }
    Timing.mark("stamped the dossier folder");
    return new Built(written.main());
  }

  /**
   * The dossier in {@code out} when it is up to date for {@code request}; empty when it is to be built.
   * Builds nothing and never asks for the report service.
   */
  public Optional<UpToDate> upToDate(ReportService.Request request, Path out) throws IOException {
    Path folder = out.toAbsolutePath().normalize();
    Optional<ReportStamp> stamp = ReportStamp.read(folder);
    boolean current = stamp.isPresent() && stamp.get().inputs().equals(inputs(request, folder))
        && stamp.get().outputsIntact(folder);
    Timing.mark("compared the workspace with the dossier's stamp");
    return current ? Optional.of(new UpToDate(folder.resolve(stamp.get().main()), stamp.get().written()))
        : Optional.empty();
  }

  /**
   * The digest of what the dossier depends on: the build, the options (rule files by content), the
   * workspace folder's name (the colophon shows it) and every file in it, except the output folder
   * when that lies inside the workspace.
   */
  String inputs(ReportService.Request request, Path folder) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("build\t").append(buildId()).append('\n');
    b.append("dyad\t").append(request.dyad().id()).append('\n');
    b.append("target\t").append(request.targetOrNull() == null ? "default" : request.targetOrNull()).append('\n');
    b.append("rules\t").append(optionalFile(request.rulesOrNull())).append('\n');
    b.append("recommendations\t").append(optionalFile(request.recommendationsOrNull())).append('\n');
    b.append("workspace\t").append(workspace).append('\n');
    b.append(FileDigest.tree(workspace, Set.of(folder)));
    return "sha256:" + FileDigest.sha256(b.toString());
  }

  /**
   * This build of Dyadscope. Run from a jar: the jar, by path and digest (its size and time change with
   * every build, and its last bytes are its directory, with entries' CRCs); reading the version and
   * commit from the jar as well would open its directory of some 25,000 entries, a good part of an
   * up-to-date check, to say what the digest already says. Otherwise (classes in folders): version and
   * commit, and the folder.
   */
  static String buildId() throws IOException {
    CodeSource source = IncrementalReport.class.getProtectionDomain().getCodeSource();
    Path code = null;
    if (source != null && source.getLocation() != null) {
      try {
        code = Path.of(source.getLocation().toURI());
      } catch (URISyntaxException | IllegalArgumentException e) {
        code = null;
      }
    }
    if (code != null && Files.isRegularFile(code)) {
      return code + " " + FileDigest.of(code);
    }
    BuildInfo info = BuildInfo.current();
    Object where = code != null ? code : source == null || source.getLocation() == null ? "" : source.getLocation();
    return (info.version() + " " + info.commit() + " " + where).strip();
  }

  private static String optionalFile(Path fileOrNull) throws IOException {
    return fileOrNull == null ? "built-in" : fileOrNull.toAbsolutePath().normalize() + " " + FileDigest.of(fileOrNull);
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
