package io.dyadscope.app;

import io.dyadscope.app.events.EventImportService;
import io.dyadscope.app.events.SecurityIndicatorService;
import io.dyadscope.app.statistics.StatisticsImporter;
import io.dyadscope.events.rules.EventRules;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.importers.StatisticsFormat;
import io.dyadscope.importers.StatisticsFormats;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.Progress;
import io.dyadscope.store.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The primary data a new workspace starts with beside the paper's figures: openly licensed files
 * reduced to a dyad's rows, listed in {@value #MANIFEST} (file, importer, dyad, dataset, origin,
 * url, licence, retrieved, derived_from, rows, sha256) in a classpath folder. Each file is copied
 * into the workspace folder ({@value #FOLDER}/) and read by the importer a user would run on it
 * ({@code import imf-dots|unhcr|wdi FILE}, {@code import events FILE}); then the yearly security
 * indicators are derived from the events as {@code events derive} does. A file whose SHA-256
 * differs from the manifest's, or that does not import, is a broken build and fails loudly.
 */
public final class EvidencePack {

  public static final String MANIFEST = "manifest.csv";
  /** Where in the workspace folder the pack's files are kept, so that every figure's file can be opened. */
  public static final String FOLDER = "evidence-pack";

  /** One file of the pack, as its manifest line says. */
  public record Entry(String file, String importer, Dyad dyad, String dataset, String origin, String url,
      String licence, String retrieved, String derivedFrom, int rows, String sha256) {}

  private final String folder;

  private EvidencePack(String folder) {
    this.folder = folder.endsWith("/") ? folder : folder + "/";
  }

  /** The pack in classpath folder {@code folder}. */
  public static EvidencePack fromClasspath(String folder) {
    return new EvidencePack(folder);
  }

  /** True when the folder holds a manifest. */
  public boolean isPresent() {
    return EvidencePack.class.getClassLoader().getResource(folder + MANIFEST) != null;
  }

  /** The manifest's entries. */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = open(MANIFEST); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
      for (CSVRecord c : f.parse(r)) {
        out.add(new Entry(c.get("file"), c.get("importer"), Dyad.parse(c.get("dyad")), c.get("dataset"),
            c.get("origin"), c.get("url"), c.get("licence"), c.get("retrieved"), c.get("derived_from"),
            Integer.parseInt(c.get("rows")), c.get("sha256")));
      }
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the evidence pack's manifest " + folder + MANIFEST + " does not read: "
          + e.getMessage(), e);
    }
    return out;
  }

  /** The bytes of a pack file. */
  public byte[] bytes(String file) {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + folder + file + ": " + e.getMessage(), e);
    }
  }

  /** The entries whose file's SHA-256 differs from the manifest's, each as {@code file: expected ..., found ...}. */
  public List<String> mismatches() {
    List<String> out = new ArrayList<>();
    for (Entry e : entries()) {
      String found = Hashing.sha256(bytes(e.file()));
      if (!found.equals(e.sha256())) {
        out.add(e.file() + ": manifest says SHA-256 " + e.sha256() + ", the file's is " + found);
      }
    }
    return out;
  }

  /**
   * Imports every file into {@code ws} through the user's importers, then derives the security
   * indicators of each dyad that received events.
   */
  public void loadInto(Workspace ws) {
    Path dir = ws.directory().resolve(FOLDER);
    Set<Dyad> withEvents = new LinkedHashSet<>();
    try {
      Files.createDirectories(dir);
      for (Entry e : entries()) {
        byte[] bytes = bytes(e.file());
        if (!Hashing.sha256(bytes).equals(e.sha256())) {
          throw new IllegalStateException("evidence pack file " + e.file() + " does not match its manifest's SHA-256");
        }
        Path file = dir.resolve(e.file());
        Files.write(file, bytes);
        if (e.importer().equals("events")) {
          new EventImportService(ws).run(new EventImportService.Request(List.of(file), null, false, null, e.dyad(),
              false), (read, total, rows) -> { });
          withEvents.add(e.dyad());
        } else {
          StatisticsImporter.standard().importFile(ws, format(e), file, List.of(e.dyad()), Progress.NONE);
        }
      }
    } catch (ImportException e) {
      throw new IllegalStateException("the evidence pack in " + folder + " does not import: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("cannot load the evidence pack in " + folder + ": " + e.getMessage(), e);
    }
    withEvents.forEach(d -> new SecurityIndicatorService(ws).derive(d, EventRules.standard()));
  }

  private static StatisticsFormat format(Entry e) {
    return StatisticsFormats.byWord(e.importer()).orElseThrow(() -> new IllegalStateException("evidence pack file "
        + e.file() + " names an unknown importer '" + e.importer() + "' (expected events or one of "
        + StatisticsFormats.words().replace("|", ", ") + ")"));
  }

  private InputStream open(String file) {
    InputStream in = EvidencePack.class.getClassLoader().getResourceAsStream(folder + file);
    if (in == null) {
      throw new IllegalStateException("evidence pack file " + folder + file + " is missing from the classpath");
    }
    return in;
  }
}
