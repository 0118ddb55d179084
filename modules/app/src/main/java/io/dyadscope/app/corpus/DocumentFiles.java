package io.dyadscope.app.corpus;

import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.DocumentKind;
import io.dyadscope.corpus.DocumentMetadata;
import io.dyadscope.corpus.InputLimits;
import io.dyadscope.corpus.text.ExtractedText;
import io.dyadscope.corpus.text.TextExtractor;
import io.dyadscope.evidence.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns files and folders into corpus documents: text from the extractor, metadata from a manifest or options. */
public final class DocumentFiles {

  private DocumentFiles() {}

  /**
   * The files to import: each file as given, each folder's readable files (recursively, sorted by path).
   *
   * @throws CorpusException for a path that does not exist or a file of an unreadable kind
   */
  public static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(TextExtractor::supports).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new CorpusException(p + ": cannot list folder: " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(p)) {
        if (!TextExtractor.supports(p)) {
          throw new CorpusException(p + ": cannot read this kind of file (known endings: "
              + String.join(", ", TextExtractor.EXTENSIONS.stream().sorted().toList()) + ")");
        }
        out.add(p);
      } else {
        throw new CorpusException(p + ": no such file or folder");
      }
    }
    return out;
  }

  /**
   * Reads every file; all are read before anything is stored, so one bad file stops the import.
   *
   * @param manifest may be null
   */
  public static List<CorpusDocument> read(List<Path> files, Manifest manifest, DocumentOptions options) {
    return read(files, manifest, options, InputLimits.DEFAULT);
  }

  /** As {@link #read(List, Manifest, DocumentOptions)}, each file read under {@code limits}. */
  public static List<CorpusDocument> read(List<Path> files, Manifest manifest, DocumentOptions options,
      InputLimits limits) {
    if (options.title() != null && files.size() != 1) {
      throw new CorpusException("--title names one document, but " + files.size() + " files are being imported");
    }
    if (options.id() != null && files.size() != 1) {
      throw new CorpusException("--id names one document, but " + files.size() + " files are being imported");
    }
    List<CorpusDocument> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Manifest.Entry entry = manifest == null ? null : manifest.entry(name);
      ExtractedText t = TextExtractor.extract(f, limits);
      DocumentMetadata m;
      String id;
      if (entry != null) {
        m = entry.metadata();
        id = entry.id().isEmpty() ? CorpusDocument.idFromFileName(name) : entry.id();
      } else {
        if (options.kind() == null) {
          throw new CorpusException(f + ": no document kind: give --kind (one of agreement, communique, statement,"
              + " policy, report, news, transcript, encyclopedic) or a --manifest row for '" + name + "'");
        }
        try {
          m = new DocumentMetadata(options.title(), options.publisher(), DocumentKind.parse(options.kind()),
              options.date(), options.language(), options.sourceId(), options.url(), options.licence());
        } catch (IllegalArgumentException e) {
          throw new CorpusException(f + ": " + e.getMessage(), e);
        }
        id = options.id() != null ? options.id() : CorpusDocument.idFromFileName(name);
      }
      if (m.title().isEmpty()) {
        m = m.withTitle(t.title().isEmpty() ? name : t.title());
      }
      try {
        out.add(new CorpusDocument(id, m, name, Hashing.sha256(t.text()), t.text()));
      } catch (IllegalArgumentException e) {
        throw new CorpusException(f + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
