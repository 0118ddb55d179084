package io.dyadscope.app;

import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportSummary;
import io.dyadscope.importers.IndicatorImporter;
import io.dyadscope.store.Workspace;
import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The dataset a new workspace starts with: {@code sources.csv} and {@code observations.csv} in a
 * classpath folder, {@value #STANDARD_FOLDER} for Dyadscope's own, and the evidence pack of primary
 * data in its {@code pack/} subfolder. It is loaded through the same
 * {@link IndicatorImporter} as a user's files, so it passes the same checks; a missing or invalid
 * file is a broken build and fails loudly.
 */
public final class DefaultDataset {

  /** Classpath folder of the dataset shipped with Dyadscope. */
  public static final String STANDARD_FOLDER = "io/dyadscope/app/defaults/";

  public static final String SOURCES_FILE = "sources.csv";
  public static final String OBSERVATIONS_FILE = "observations.csv";
  /** Subfolder of the evidence pack, with its {@value EvidencePack#MANIFEST}. */
  public static final String PACK_FOLDER = "pack/";

  /**
   * System property that, set to {@code false}, gives new workspaces the paper's figures without the
   * evidence pack ({@code java -Ddyadscope.evidencePack=false -jar ...}; the CLI's tests use it).
   */
  public static final String PACK_PROPERTY = "dyadscope.evidencePack";

  private static final DefaultDataset STANDARD = new DefaultDataset(STANDARD_FOLDER,
      !"false".equals(System.getProperty(PACK_PROPERTY)));

  private final String folder;
  private final boolean withPack;

  private DefaultDataset(String folder, boolean withPack) {
    this.folder = folder;
    this.withPack = withPack;
  }

  /** This dataset's figures without its evidence pack (for tests that need a workspace without primary data). */
  public DefaultDataset withoutPack() {
    return new DefaultDataset(folder, false);
  }

  /** The dataset shipped with Dyadscope. */
  public static DefaultDataset standard() {
    return STANDARD;
  }

  /** A dataset in another classpath folder, e.g. {@code com/example/data/}. */
  public static DefaultDataset fromClasspath(String folder) {
    if (folder == null || folder.isBlank() || folder.startsWith("/")) {
      throw new IllegalArgumentException("classpath folder must be relative, like a/b/: '" + folder + "'");
    }
    return new DefaultDataset(folder.endsWith("/") ? folder : folder + "/", true);
  }

  /**
   * Opens the workspace in {@code dir} and, when it holds no sources and no observations, loads
   * this dataset into it.
   *
   * @throws IllegalStateException when the dataset is missing or does not import
   */
  public Workspace openWorkspace(Path dir) {
    Workspace ws = Workspace.open(dir);
    try {
      if (ws.isEmpty()) {
        loadInto(ws);
      }
      return ws;
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
  }

  /** The classpath folder holding the two files. */
  public String folder() {
    return folder;
  }

  /** True when both files are on the classpath. */
  public boolean isPresent() {
    ClassLoader loader = DefaultDataset.class.getClassLoader();
    return loader.getResource(folder + SOURCES_FILE) != null && loader.getResource(folder + OBSERVATIONS_FILE) != null;
  }

  /** The evidence pack in this dataset's {@code pack/} subfolder (present for Dyadscope's own). */
  public EvidencePack pack() {
    return EvidencePack.fromClasspath(folder + PACK_FOLDER);
  }

  /**
   * Imports the dataset into {@code workspace} with the standard catalogue and gazetteer, then
   * its evidence pack when it has one ({@link EvidencePack}: primary data through the user's importers).
   *
   * @throws IllegalStateException when a file is missing from the classpath or does not import,
   *     with the import's problems in the message
   */
  public ImportSummary loadInto(Workspace workspace) {
    ClassLoader loader = DefaultDataset.class.getClassLoader();
    String obsName = folder + OBSERVATIONS_FILE;
    String srcName = folder + SOURCES_FILE;
    try (InputStream obs = open(loader, obsName); InputStream src = open(loader, srcName);
        Reader obsReader = new InputStreamReader(obs, StandardCharsets.UTF_8);
        Reader srcReader = new InputStreamReader(src, StandardCharsets.UTF_8)) {
      ImportSummary paper = new IndicatorImporter(workspace, IndicatorCatalogue.standard(), Gazetteer.standard())
          .importReaders(obsName, obsReader, srcName, srcReader);
      EvidencePack pack = pack();
      if (withPack && pack.isPresent()) {
        pack.loadInto(workspace);
      }
      return paper;
    } catch (ImportException e) {
      throw new IllegalStateException("the default dataset in " + folder + " does not import: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the default dataset in " + folder + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(ClassLoader loader, String name) {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("default dataset file " + name + " is missing from the classpath");
    }
    return in;
  }

  @Override
  public String toString() {
    return "DefaultDataset[" + folder + "]";
  }
}
