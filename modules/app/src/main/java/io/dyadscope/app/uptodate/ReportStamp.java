package io.dyadscope.app.uptodate;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a dossier folder was built from, kept beside the dossier as a build tool keeps its stamps:
 * the digest of the report's inputs, the digest of each file written and when. A stamp that cannot
 * be read, or is of another format, counts as absent: the next report rebuilds.
 *
 * @param inputs  digest of the workspace, the build and the report's options
 * @param main    the main file, relative to the dossier folder
 * @param outputs each file written (relative to the folder, '/'-separated) with its {@link FileDigest}
 * @param written when the dossier was written
 */
record ReportStamp(String inputs, String main, Map<String, String> outputs, Instant written) {

  /** The stamp's file name in the dossier folder. */
  static final String FILE = ".dyadscope-report";

  private static final String FORMAT = "1";
  private static final String OUTPUT = "output.";

  ReportStamp {
    outputs = Map.copyOf(outputs);
  }

  /** The stamp in {@code folder}, if one of this format is there and readable. */
  static Optional<ReportStamp> read(Path folder) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!FORMAT.equals(p.getProperty("format")) || p.getProperty("inputs") == null || p.getProperty("main") == null) {
      return Optional.empty();
    }
    Map<String, String> outputs = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith(OUTPUT)) {
        outputs.put(k.substring(OUTPUT.length()), p.getProperty(k));
      }
    }
    try {
      return Optional.of(new ReportStamp(p.getProperty("inputs"), p.getProperty("main"), outputs,
          Instant.parse(p.getProperty("written", ""))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** True when every output is still as written: present, same size, time and content. */
  boolean outputsIntact(Path folder) throws IOException {
    if (outputs.isEmpty()) {
      return false;
    }
    java.security.MessageDigest md = FileDigest.sha256();
    for (Map.Entry<String, String> e : outputs.entrySet()) {
      if (!FileDigest.of(folder.resolve(e.getKey()), md).equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** Writes this stamp into {@code folder}. */
  void write(Path folder) throws IOException {
    Properties p = new Properties();
    p.setProperty("format", FORMAT);
    p.setProperty("inputs", inputs);
    p.setProperty("main", main);
    p.setProperty("written", written.toString());
    outputs.forEach((k, v) -> p.setProperty(OUTPUT + k, v));
    try (Writer w = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8)) {
      p.store(w, "What 'dyadscope report' built this dossier from; delete it (or use --force) to rebuild.");
    }
  }

  /** Removes the stamp from {@code folder}, if any: the dossier there is about to change. */
  static void delete(Path folder) throws IOException {
    Files.deleteIfExists(folder.resolve(FILE));
  }
}
