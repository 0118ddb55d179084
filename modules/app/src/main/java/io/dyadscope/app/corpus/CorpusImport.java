package io.dyadscope.app.corpus;

import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.DocumentImport;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.StatisticsText;
import io.dyadscope.store.corpus.CorpusStore;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Texts into the corpus: files and folders (with a manifest or options for their metadata) read
 * in full before anything is stored, then stored in one transaction, and the index brought in step.
 */
public final class CorpusImport {

  private final CorpusStore store;
  private final Supplier<Set<String>> sourceIds;
  private final CorpusSearch search;

  CorpusImport(CorpusStore store, Supplier<Set<String>> sourceIds, CorpusSearch search) {
    this.store = store;
    this.sourceIds = sourceIds;
    this.search = search;
  }

  /** What an import of files did, and the files in folders it skipped because the manifest does not list them. */
  public record FileImport(DocumentImport result, List<Path> skipped) {}

  /**
   * Imports files and folders (see {@link DocumentFiles}); all files are read before anything is
   * stored, then stored in one transaction and indexed. With a manifest, files found in folders
   * that it does not list (a README, say) are skipped; files named one by one are always read.
   *
   * @param manifest a manifest CSV, or null
   */
  public FileImport importFiles(List<Path> paths, Path manifest, DocumentOptions options) {
    return importFiles(paths, manifest, options, InputLimits.DEFAULT, true);
  }

  /**
   * As {@link #importFiles(List, Path, DocumentOptions)}, each file read under {@code limits}; with
   * {@code replace} false a file whose text would replace a stored document of the same id with a
   * different text is refused, before anything is stored.
   */
  public FileImport importFiles(List<Path> paths, Path manifest, DocumentOptions options, InputLimits limits,
      boolean replace) {
    Manifest m = manifest == null ? null : manifest(manifest);
    List<Path> files = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (Path p : paths) {
      for (Path f : DocumentFiles.expand(List.of(p))) {
        boolean listed = m == null || m.entry(f.getFileName().toString()) != null;
        if (listed || !Files.isDirectory(p)) {
          files.add(f);
        } else if (!f.equals(manifest)) {
          skipped.add(f);
        }
      }
    }
    List<CorpusDocument> docs = DocumentFiles.read(files, m, options, limits);
    if (!replace) {
      Map<String, String> stored = store.hashes();
      for (CorpusDocument d : docs) {
        if (stored.containsKey(d.id()) && !stored.get(d.id()).equals(d.sha256())) {
          throw new CorpusException(d.fileName() + ": would replace the document '" + d.id() + "' already in the"
              + " corpus, whose text differs: refused unless replacing is asked for");
        }
      }
    }
    return new FileImport(importDocuments(docs), skipped);
  }

  private static Manifest manifest(Path manifest) {
    try (Reader r = new StringReader(StatisticsText.utf8(manifest.toString(), Files.readAllBytes(manifest)))) {
      return Manifest.read(manifest.toString(), r);
    } catch (ImportException e) {
      throw new CorpusException(e.problems().get(0).toString(), e);   // not UTF-8, naming the line
    } catch (IOException e) {
      throw new CorpusException(manifest + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Stores documents (idempotent) and brings the index in step. */
  public DocumentImport importDocuments(List<CorpusDocument> documents) {
    Set<String> sources = null;
    for (CorpusDocument d : documents) {
      String sid = d.metadata().sourceId();
      if (!sid.isEmpty()) {
        sources = sources == null ? sourceIds.get() : sources;
        if (!sources.contains(sid)) {
          throw new CorpusException((d.fileName().isEmpty() ? d.id() : d.fileName()) + ": source id '" + sid
              + "' is not in the workspace's sources (see 'dyadscope sources')");
        }
      }
    }
    DocumentImport result = store.importDocuments(documents);
    search.syncIndex();
    return result;
  }
}
