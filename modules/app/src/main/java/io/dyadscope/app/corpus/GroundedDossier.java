package io.dyadscope.app.corpus;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.Origin;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.CodeKind;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.dossier.corpus.CodeLabel;
import io.dyadscope.dossier.corpus.CodedPassage;
import io.dyadscope.dossier.corpus.GroundedSection;
import io.dyadscope.dossier.corpus.GroundedSectionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dossier's grounded qualitative section for a workspace's corpus (the dossier renders it). */
public final class GroundedDossier {

  /** Excerpts quoted per theme. */
  public static final int EXCERPTS_PER_THEME = 3;

  private GroundedDossier() {}

  public static GroundedSection section(CorpusService corpus) {
    Codebook book = corpus.codebook();
    Map<String, CorpusDocument> docs = corpus.documentsById();
    List<CodedPassage> passages = passages(new CorpusAnalysis(corpus).effectiveCodings(), docs);
    return new GroundedSectionBuilder(EXCERPTS_PER_THEME).build(docs.size(), labels(book, CodeKind.theme),
        labels(book, CodeKind.lens), passages);
  }

  /** The codings as passages with their text and document, in order; codings past a document's end are left out. */
  public static List<CodedPassage> passages(List<Coding> codings, Map<String, CorpusDocument> docs) {
    List<CodedPassage> passages = new ArrayList<>();
    for (Coding c : codings) {
      CorpusDocument d = docs.get(c.documentId());
      if (d == null || c.end() > d.length()) {
        continue;
      }
      passages.add(new CodedPassage(c.codeId(), d.id(), c.start(), c.end(), io.dyadscope.corpus.text.ReferenceMarks.removed(d.text().substring(c.start(), c.end())),
          d.metadata().title(), d.metadata().date(), d.metadata().publisher(), d.metadata().kind().name(),
          c.origin() == Origin.human));
    }
    return passages;
  }

  private static List<CodeLabel> labels(Codebook book, CodeKind kind) {
    return book.ofKind(kind).stream().map((Code c) -> new CodeLabel(c.id(), c.name())).toList();
  }
}
