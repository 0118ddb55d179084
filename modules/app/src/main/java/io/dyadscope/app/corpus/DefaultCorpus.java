package io.dyadscope.app.corpus;

import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.DocumentMetadata;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.text.TextExtractor;
import io.dyadscope.evidence.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The corpus a workspace starts with: real, freely licensed texts (public domain, CC BY, CC BY-SA)
 * shipped in {@value #FOLDER} with a {@code manifest.csv}; their titles, sources, licences and
 * attributions are in the repository's NOTICE file. Loaded through the same store as a user's
 * files, then auto-coded with the workspace's codebook.
 */
public final class DefaultCorpus {

  /** Classpath folder of the shipped texts. */
  public static final String FOLDER = "io/dyadscope/app/corpus/";

  private static final DefaultCorpus STANDARD = new DefaultCorpus(FOLDER);

  private final String folder;

  private DefaultCorpus(String folder) {
    this.folder = folder;
  }

  public static DefaultCorpus standard() {
    return STANDARD;
  }

  /** The shipped documents, in manifest order. A missing or bad file is a broken build. */
  public List<CorpusDocument> documents() {
    List<CorpusDocument> out = new ArrayList<>();
    try (InputStream in = resource("manifest.csv");
        CSVParser p = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8),
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
      for (CSVRecord r : p) {
        String text;
        try (InputStream t = resource(r.get("file"))) {
          text = TextExtractor.normalise(new String(t.readAllBytes(), StandardCharsets.UTF_8));
        }
        DocumentMetadata m = new DocumentMetadata(r.get("title"), r.get("publisher"),
            io.dyadscope.corpus.DocumentKind.parse(r.get("kind")), r.get("date"), r.get("language"), "",
            r.get("url"), r.get("licence"), r.isMapped("countries") ? Manifest.countries(r.get("countries")) : List.of());
        out.add(new CorpusDocument(r.get("id"), m, r.get("file"), Hashing.sha256(text), text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private InputStream resource(String name) {
    InputStream in = DefaultCorpus.class.getClassLoader().getResourceAsStream(folder + name);
    if (in == null) {
      throw new CorpusException("default corpus file " + folder + name + " is missing from the classpath");
    }
    return in;
  }

  /** Imports the shipped documents into {@code corpus} and auto-codes them by sentence. */
  public void load(CorpusService corpus) {
    corpus.importDocuments(documents());
    corpus.autoCode(SegmentUnit.sentence);
  }
}
