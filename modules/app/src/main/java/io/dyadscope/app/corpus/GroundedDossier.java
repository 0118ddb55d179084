package io.dyadscope.app.corpus;

import io.dyadscope.corpus.DocumentCountries;
import io.dyadscope.evidence.Dyad;
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

  /**
   * The section for {@code dyad}: only the documents that belong to it ({@link DocumentCountries}:
   * recorded or inferred countries holding both of the dyad's) are quoted; when the corpus holds
   * documents but none of the dyad's, the section says so.
   */
  public static GroundedSection section(CorpusService corpus, Dyad dyad) {
    Codebook book = corpus.codebook();
    Map<String, CorpusDocument> all = corpus.documentsById();
    Map<String, CorpusDocument> docs = new java.util.LinkedHashMap<>();
    all.forEach((id, d) -> {
      if (DocumentCountries.standard().belongs(d, dyad)) {
        docs.put(id, d);
      }
    });
    if (docs.isEmpty() && !all.isEmpty()) {
      return new GroundedSection(0, 0, List.of(), List.of(), "None of the corpus's " + all.size() + " documents"
          + " concerns both " + dyad.first() + " and " + dyad.second() + " (a document's countries are those its"
          + " manifest records in the countries column, else those its text names at least "
          + DocumentCountries.MIN_MENTIONS + " times), so no text is quoted for " + dyad.id() + ". Add texts about"
          + " the pair with 'dyadscope import documents PATH... --manifest CSV' and build the dossier again.");
    }
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
