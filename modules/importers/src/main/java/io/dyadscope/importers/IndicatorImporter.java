package io.dyadscope.importers;

import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportProblem;
import io.dyadscope.evidence.imports.ImportSummary;
import io.dyadscope.evidence.imports.MergeResult;
import io.dyadscope.evidence.imports.ObservationSink;
import io.dyadscope.evidence.imports.Problems;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Imports a tidy indicator file, and optionally the sources file it cites, into a workspace.
 *
 * <p>Indicator file: a header line then one observation a record, columns
 * {@code indicator,dyad,subject,period,value,unit,status,source,reported_by,note} and optionally
 * {@code location}, in any order. Sources file: {@code id,citation,publisher,kind,grade,year,url}.
 * Every field is checked against the catalogue and gazetteer; every problem is reported as
 * {@code FILE:LINE:COLUMN: message} (at most {@value Problems#CAP}) in an {@link ImportException}.
 *
 * <p>An import is all-or-nothing: with any problem, or any failure while writing, the workspace is
 * left as it was. Importing the same file again changes nothing; a record whose key exists with a
 * different value, unit or note replaces it, and the summary lists the replacement. Values in a
 * scale of the indicator's unit ({@code USD billion} for {@code USD million}) are stored converted;
 * an empty unit means the indicator's unit.
 */
public final class IndicatorImporter {

  private final ObservationSink workspace;
  private final IndicatorCatalogue catalogue;
  private final Gazetteer gazetteer;

  // Collaborators are checked here so a missing one fails when the importer is made, naming it, not
  // midway through an import; each class checks its own fields, so there is nothing to share.
  public IndicatorImporter(ObservationSink workspace, IndicatorCatalogue catalogue, Gazetteer gazetteer) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** True for a tidy header line (lower case, quotes removed), as format detection sees it. */
  public static boolean signature(String line) {
    return line.contains("indicator") && line.contains("dyad") && line.contains("period") && line.contains("status");
  }

  /**
   * Imports files read as UTF-8; messages name them as given ({@code Path.toString()}).
   *
   * @param observationsCsv the indicator file
   * @param sourcesCsvOrNull the sources file, or null when every cited source is in the workspace
   * @throws ImportException when any record is invalid, or a file is not UTF-8; nothing is written
   * @throws IOException when a file cannot be read
   */
  public ImportSummary importFiles(Path observationsCsv, Path sourcesCsvOrNull) throws IOException, ImportException {
    String obsName = observationsCsv.toString();
    String obs = decode(obsName, Files.readAllBytes(observationsCsv));
    String srcName = sourcesCsvOrNull == null ? null : sourcesCsvOrNull.toString();
    String src = sourcesCsvOrNull == null ? null : decode(srcName, Files.readAllBytes(sourcesCsvOrNull));
    return importTexts(obsName, obs, srcName, src);
  }

  /**
   * Imports from readers; {@code obsName} and {@code srcName} name them in messages and the import
   * log. The readers are read to the end, not closed.
   *
   * @throws ImportException when any record is invalid; nothing is written
   */
  public ImportSummary importReaders(String obsName, Reader obs, String srcName, Reader srcOrNull)
      throws IOException, ImportException {
    return importTexts(obsName, readAll(obs), srcOrNull == null ? null : srcName,
        srcOrNull == null ? null : readAll(srcOrNull));
  }

  private ImportSummary importTexts(String obsName, String obsText, String srcName, String srcTextOrNull)
      throws ImportException {
    if (obsName == null || obsName.isBlank()) {
      throw new IllegalArgumentException("the observations file needs a name for messages");
    }
    if (srcTextOrNull != null && (srcName == null || srcName.isBlank())) {
      throw new IllegalArgumentException("the sources file needs a name for messages");
    }
    Problems problems = new Problems();
    List<Source> sources = List.of();
    Set<String> known = new HashSet<>(workspace.sourceIds());
    if (srcTextOrNull != null) {
      sources = SourcesCsv.read(srcName, srcTextOrNull, problems, known);
    }
    String where = srcTextOrNull == null ? "the workspace (give a sources file that lists it)"
        : srcName + " nor the workspace";
    List<Observation> observations =
        ObservationsCsv.read(obsName, obsText, catalogue, gazetteer, known::contains, where, problems);
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    MergeResult m = workspace.merge(obsName, Hashing.sha256(obsText), sources, observations);
    return new ImportSummary(obsName, m.added(), m.replaced(), m.unchanged(), m.sourcesAdded(), m.sourcesReplaced(),
        m.replacements());
  }

  private static String readAll(Reader reader) throws IOException {
    StringWriter w = new StringWriter();
    reader.transferTo(w);
    return w.toString();
  }

  /** Strict UTF-8, naming the line of the first bad byte. */
  static String decode(String name, byte[] bytes) throws ImportException {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new ImportException(List.of(new ImportProblem(name, line, "",
          "not UTF-8 text (bad byte at offset " + in.position() + ")")), false);
    }
    return out.flip().toString();
  }
}
