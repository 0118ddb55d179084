package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A real workspace that fuzzed inputs are imported into through the command line, in process. Each
 * run must end in exit 0 or a user error (exit 1), never an internal error (exit 4) or a usage
 * error; after a refusal the workspace must be as it was: every table's rows (digested in DuckDB,
 * opened read-only) and every other file in the folder.
 */
final class FuzzWorkspace {

  final Path dir;
  final Path ws;
  private String state;

  FuzzWorkspace(String name) {
    try {
      dir = Files.createTempDirectory("dyadscope-fuzz-" + name + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ws = dir.resolve("ws");
  }

  /** Runs a first command (which creates the workspace) and records the state refusals must keep. */
  FuzzWorkspace start(String... args) {
    CliRun r = run(args);
    assertThat(r.code()).as(r.err()).isZero();
    state = snapshot();
    return this;
  }

  CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--workspace";
    all[args.length + 1] = ws.toString();
    return CliRun.of(all);
  }

  /** A seed file from this module's test resources ({@code fuzz/}). */
  static byte[] seed(String name) {
    try (InputStream in = FuzzWorkspace.class.getResourceAsStream("fuzz/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fuzz seed " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code input} as {@code fileName}, runs {@code args} with {@code FILE} standing for it,
   * and checks the outcome.
   */
  CliRun check(byte[] input, String fileName, String... args) {
    Path file = dir.resolve("in").resolve(fileName);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] resolved = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      resolved[i] = args[i].equals("FILE") ? file.toString() : args[i];
    }
    CliRun r = run(resolved);
    String what = String.join(" ", args) + " on " + describe(input) + "\nstderr: " + r.err();
    assertThat(r.code()).as("exit code of " + what).isIn(0, 1);
    assertThat(r.err()).as(what).doesNotContain("internal error").doesNotContain("\tat ");
    if (r.code() == 1) {
      assertThat(r.err()).as(what).startsWith("dyadscope: ");
      assertThat(snapshot()).as("the workspace after a refusal of " + what).isEqualTo(state);
    } else {
      state = snapshot();
    }
    return r;
  }

  private static String describe(byte[] input) {
    String s = new String(input, StandardCharsets.ISO_8859_1);
    return input.length + " bytes: " + (s.length() > 600 ? s.substring(0, 600) + "..." : s)
        .replaceAll("[^\\x20-\\x7E\\n]", "?");
  }

  /** Digests of every table and of every file besides the database's own. */
  String snapshot() {
    List<String> parts = new ArrayList<>();
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.resolve("workspace.duckdb"), p);
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT table_schema, table_name FROM information_schema.tables"
          + " WHERE table_type = 'BASE TABLE' ORDER BY 1, 2")) {
        while (rs.next()) {
          tables.add('"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
        }
      }
      for (String t : tables) {
        try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(sum(hash(t::VARCHAR)), 0) FROM " + t + " t")) {
          rs.next();
          parts.add(t + " " + rs.getLong(1) + " " + rs.getString(2));
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(ws)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Path f : files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("workspace.duckdb") || name.endsWith(".lock") || name.equals("write.lock")) {
          continue;
        }
        parts.add(ws.relativize(f) + " " + HexFormat.of().formatHex(md.digest(Files.readAllBytes(f))));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return String.join("\n", parts);
  }

  void delete() {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
