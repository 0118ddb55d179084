package io.dyadscope.cli;

import io.dyadscope.app.ReportService;
import io.dyadscope.app.WorkspaceLocation;
import io.dyadscope.app.uptodate.IncrementalReport;
import io.dyadscope.evidence.Dyad;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * An up-to-date {@code report} answered before the command-line model is built: most of such a run was
 * picocli making the model of the command and its options (and the gazetteer the dyad converter reads),
 * the check itself reads a few file digests. It takes only the plainest command lines, {@code report}
 * with {@code --out}, {@code --dyad} and {@code --workspace} each at most once ({@code --name value} or
 * {@code --name=value}); the defaults come from the options' own annotations. Anything else (another
 * option, a repeated one, a value that looks like an option or an argument file, a dossier to be built,
 * any error) is declined and the command line goes through picocli as before, which checks again: so
 * the shortcut can only answer what the full path would have answered, in the same words.
 */
final class ReportShortcut {

  static final String OUT = "--out";
  static final String DYAD = "--dyad";
  static final String WORKSPACE = "--workspace";

  /** What picocli's {@code @Option.defaultValue} holds when none is declared. */
  private static final String NO_DEFAULT = "__no_default_value__";

  private ReportShortcut() {}

  /** What a plain up-to-date check needs from the command line. */
  record Check(ReportService.Request request, Path out, Path workspace) {}

  /** Runs {@code args} when they are a plain report whose dossier is up to date; the exit code, else empty. */
  static Optional<Integer> run(String[] args, PrintWriter out, PrintWriter err) {
    Optional<Check> check = check(args, System.getenv(), Path.of(System.getProperty("user.home")));
    if (check.isEmpty()) {
      return Optional.empty();
    }
    Optional<IncrementalReport.UpToDate> current;
    try {
      current = new IncrementalReport(ReportShortcut::neverBuilds, check.get().workspace())
          .upToDate(check.get().request(), check.get().out());
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // the full path meets the same problem and reports it as it should
    }
    current.ifPresent(u -> ReportCommand.print(u, out, err));
    return current.map(u -> 0);
  }

  /** The check {@code args} ask for, when they are a plain report command line. */
  static Optional<Check> check(String[] args, Map<String, String> env, Path userHome) {
    if (args.length == 0 || !"report".equals(args[0])) {
      return Optional.empty();
    }
    Map<String, String> given = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      int eq = a.indexOf('=');
      String name = eq > 0 ? a.substring(0, eq) : a;
      String value;
      if (eq > 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return Optional.empty();
      }
      boolean known = OUT.equals(name) || DYAD.equals(name) || WORKSPACE.equals(name);
      if (!known || value.isEmpty() || value.startsWith("-") || value.startsWith("@") || given.put(name, value) != null) {
        return Optional.empty();
      }
    }
    try {
      Optional<String> out = Optional.ofNullable(given.get(OUT)).or(() -> defaultOf(OUT, ReportCommand.class));
      Optional<String> dyad = Optional.ofNullable(given.get(DYAD)).or(() -> defaultOf(DYAD, DyadOption.class));
      if (out.isEmpty() || dyad.isEmpty() || defaultOf(WORKSPACE, WorkspaceOption.class).isPresent()
          || option(WORKSPACE, WorkspaceOption.class).isEmpty()) {
        return Optional.empty();
      }
      // The syntax alone: a dossier is stamped only after a build whose dyad the gazetteer knew, under
      // this very build, so a dyad that matches a stamp is one the full path's converter accepts.
      ReportService.Request request = new ReportService.Request(Dyad.parse(dyad.get()), null, null, null);
      String ws = given.get(WORKSPACE);
      Path workspace = WorkspaceLocation.resolve(ws == null ? null : Path.of(ws), env, userHome);
      return Optional.of(new Check(request, Path.of(out.get()), workspace));
    } catch (IllegalArgumentException e) { // a malformed dyad, an impossible path (InvalidPathException)
      return Optional.empty();
    }
  }

  /** The default of the option {@code name} declared in {@code owner}, when it has a plain one. */
  private static Optional<String> defaultOf(String name, Class<?> owner) {
    return option(name, owner).map(Option::defaultValue)
        .filter(d -> !NO_DEFAULT.equals(d) && !Option.NULL_VALUE.equals(d) && !d.contains("${"));
  }

  /** The annotation of the field of {@code owner} that declares option {@code name}. */
  private static Optional<Option> option(String name, Class<?> owner) {
    for (Field f : owner.getDeclaredFields()) {
      Option o = f.getAnnotation(Option.class);
      if (o != null && List.of(o.names()).contains(name)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  private static ReportService neverBuilds() {
    throw new IllegalStateException("the report shortcut only checks");
  }
}
