package io.dyadscope.corpus.gold;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.Segment;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.text.ReferenceMarks;
import io.dyadscope.corpus.text.Segmenter;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A gold set of human-coded sentences and the auto-coder measured against it: per code and split,
 * true and false positives and false negatives, precision and recall. The file is a CSV with the
 * columns {@code document,split,codes,sentence} (codes separated by spaces, none for a sentence no
 * code applies to); each sentence must be one the segmenter finds in that document.
 */
public final class GoldStandard {

  private final List<GoldSentence> sentences;

  public GoldStandard(List<GoldSentence> sentences) {
    this.sentences = List.copyOf(sentences);
  }

  public List<GoldSentence> sentences() {
    return sentences;
  }

  /** Reads a gold file; an error names the file, the line and the field. */
  public static GoldStandard read(Reader in, String name) throws IOException {
    List<GoldSentence> out = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
      for (String column : List.of("document", "split", "codes", "sentence")) {
        if (!p.getHeaderMap().containsKey(column)) {
          throw new CorpusException(name + ":1: no column '" + column + "'");
        }
      }
      for (CSVRecord r : p) {
        int line = (int) r.getParser().getCurrentLineNumber();
        try {
          Set<String> codes = new LinkedHashSet<>(Arrays.stream(r.get("codes").strip().split("\\s+"))
              .filter(s -> !s.isEmpty()).toList());
          out.add(new GoldSentence(line, r.get("document").strip(), r.get("split").strip(), codes,
              quoted(r.get("sentence"))));
        } catch (IllegalArgumentException e) {
          throw new CorpusException(name + ":" + line + ": " + e.getMessage(), e);
        }
      }
    }
    return new GoldStandard(out);
  }

  /** A sentence as the gold set and the dossier quote it: reference marks out, white space collapsed. */
  public static String quoted(String text) {
    return ReferenceMarks.removed(text.replaceAll("\\s+", " "));
  }

  /**
   * The auto-coder's {@code codings} of {@code documents} scored against the gold set, for each of
   * {@code codes}, split by split (tuning first, then held-out).
   *
   * @throws CorpusException when a gold sentence names a code not in {@code codes}, or is not a
   *                         sentence of its document
   */
  public List<CodeScore> score(Map<String, CorpusDocument> documents, List<Coding> codings, List<String> codes) {
    List<CodeScore> out = new ArrayList<>();
    Map<GoldSentence, Set<String>> auto = new java.util.LinkedHashMap<>();
    for (GoldSentence g : sentences) {
      for (String c : g.codes()) {
        if (!codes.contains(c)) {
          throw new CorpusException("gold sentence on line " + g.line() + ": unknown code '" + c + "'");
        }
      }
      auto.put(g, autoCodes(g, documents, codings));
    }
    for (String split : List.of(GoldSentence.TUNING, GoldSentence.HELD_OUT)) {
      for (String code : codes) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (GoldSentence g : sentences) {
          if (!g.split().equals(split)) {
            continue;
          }
          boolean gold = g.codes().contains(code);
          boolean coded = auto.get(g).contains(code);
          tp += gold && coded ? 1 : 0;
          fp += !gold && coded ? 1 : 0;
          fn += gold && !coded ? 1 : 0;
        }
        out.add(new CodeScore(code, split, tp, fp, fn));
      }
    }
    return out;
  }

  private static Set<String> autoCodes(GoldSentence g, Map<String, CorpusDocument> documents, List<Coding> codings) {
    CorpusDocument d = documents.get(g.documentId());
    if (d == null) {
      throw new CorpusException("gold sentence on line " + g.line() + ": no document '" + g.documentId() + "'");
    }
    for (Segment s : Segmenter.segments(d.id(), d.text(), SegmentUnit.sentence)) {
      if (quoted(d.text().substring(s.start(), s.end())).equals(g.text())) {
        Set<String> out = new HashSet<>();
        for (Coding c : codings) {
          if (c.documentId().equals(d.id()) && c.start() < s.end() && c.end() > s.start()) {
            out.add(c.codeId());
          }
        }
        return out;
      }
    }
    throw new CorpusException("gold sentence on line " + g.line() + " is not a sentence of " + d.id()
        + " (the text or the segmenter changed): \"" + g.text() + "\"");
  }
}
