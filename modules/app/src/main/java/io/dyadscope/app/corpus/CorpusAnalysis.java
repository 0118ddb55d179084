package io.dyadscope.app.corpus;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.agreement.CoderAgreement;
import io.dyadscope.corpus.analysis.CoOccurrence;
import io.dyadscope.corpus.analysis.CodeFrequencies;
import io.dyadscope.corpus.analysis.FrameworkMatrix;
import io.dyadscope.corpus.analysis.ThemeLensTable;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.CodeKind;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.corpus.coding.EffectiveCodings;
import java.util.List;
import java.util.Map;

/**
 * The analyses of a corpus over the codings that count ({@link EffectiveCodings}: a person's
 * coding of a passage sets aside the auto-coder's there).
 */
public final class CorpusAnalysis {

  private final CorpusService corpus;

  public CorpusAnalysis(CorpusService corpus) {
    this.corpus = corpus;
  }

  /** The codings the analyses count. */
  public List<Coding> effectiveCodings() {
    return EffectiveCodings.of(corpus.store().codings());
  }

  private List<String> codeIds() {
    return corpus.codebook().codes().stream().map(Code::id).toList();
  }

  public List<CodeFrequencies.Row> frequencies(CodeFrequencies.Grouping grouping) {
    return CodeFrequencies.of(effectiveCodings(), corpus.store().metadata(), grouping, codeIds());
  }

  /** Co-occurrence of every code of the codebook: in the same segment (0) or within {@code window} sentences. */
  public CoOccurrence.Matrix coOccurrence(int window) {
    return CoOccurrence.of(effectiveCodings(), corpus.store().sentences(), window, codeIds());
  }

  /** Documents x themes with the coded excerpts. */
  public List<FrameworkMatrix.Row> frameworkMatrix() {
    Codebook book = corpus.codebook();
    return FrameworkMatrix.of(corpus.store().documents(), effectiveCodings(),
        book.ofKind(CodeKind.theme).stream().map(Code::id).toList());
  }

  public ThemeLensTable.Table themeLens() {
    Codebook book = corpus.codebook();
    return ThemeLensTable.of(effectiveCodings(), book.ofKind(CodeKind.theme).stream().map(Code::id).toList(),
        book.ofKind(CodeKind.lens).stream().map(Code::id).toList());
  }

  /**
   * The passages behind a cell of {@link #themeLens}: those coded with {@code theme} that overlap
   * one coded with {@code lens} (every passage of the theme when {@code lens} is null).
   *
   * @throws CorpusException naming the code when the codebook has no such theme or lens
   */
  public List<io.dyadscope.dossier.corpus.CodedPassage> themeLensPassages(String theme, String lens) {
    Codebook book = corpus.codebook();
    requireKind(book, theme, CodeKind.theme);
    if (lens != null) {
      requireKind(book, lens, CodeKind.lens);
    }
    return GroundedDossier.passages(ThemeLensTable.passages(effectiveCodings(), theme, lens), corpus.documentsById());
  }

  private static void requireKind(Codebook book, String id, CodeKind kind) {
    if (book.ofKind(kind).stream().noneMatch(c -> c.id().equals(id))) {
      throw new CorpusException("no " + kind + " '" + id + "' in the codebook ("
          + String.join(", ", book.ofKind(kind).stream().map(Code::id).toList()) + ")");
    }
  }

  /**
   * Agreement between two coders ({@code auto} is the auto-coder), per sentence of the documents
   * both coded, over every code of the codebook.
   *
   * @throws CorpusException when a coder has no codings, naming who has
   */
  public CoderAgreement.Report agreement(String coderA, String coderB) {
    List<Coding> all = corpus.store().codings();
    List<Coding> a = all.stream().filter(c -> c.coder().equals(coderA)).toList();
    List<Coding> b = all.stream().filter(c -> c.coder().equals(coderB)).toList();
    for (var e : List.of(java.util.Map.entry(coderA, a), java.util.Map.entry(coderB, b))) {
      if (e.getValue().isEmpty()) {
        throw new CorpusException("coder '" + e.getKey() + "' has no codings (coders: "
            + String.join(", ", corpus.store().coders()) + ")");
      }
    }
    if (coderA.equals(coderB)) {
      throw new CorpusException("agreement needs two different coders, not '" + coderA + "' twice");
    }
    Map<String, Integer> lengths = new java.util.HashMap<>();
    corpus.documents().forEach(d -> lengths.put(d.id(), d.chars()));
    return CoderAgreement.compare(coderA, a, coderB, b, corpus.store().sentences(), lengths, codeIds());
  }
}
