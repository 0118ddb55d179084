package io.dyadscope.app.corpus;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.corpus.coding.AutoCoder;
import io.dyadscope.corpus.gold.CodeScore;
import io.dyadscope.corpus.gold.GoldSentence;
import io.dyadscope.corpus.gold.GoldStandard;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.text.Prose;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The auto-coder measured: the codebook's rules run over the shipped default corpus and scored
 * against the project's own gold set ({@value #GOLD}: sentences of that corpus coded by hand by the
 * codebook's definitions; rules were tuned on its {@code tuning} documents, the {@code held-out}
 * documents were never looked at while tuning).
 */
public final class AutoCodingCheck {

  /** The gold set, beside the default corpus. */
  public static final String GOLD = "gold-coding.csv";

  private AutoCodingCheck() {}

  /** The shipped gold set. */
  public static GoldStandard gold() {
    String path = DefaultCorpus.FOLDER + GOLD;
    try (InputStream in = AutoCodingCheck.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new CorpusException("gold set " + path + " is missing from the classpath");
      }
      return GoldStandard.read(new InputStreamReader(in, StandardCharsets.UTF_8), GOLD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Each code of {@code book} scored against the gold set, tuning split first, then held-out.
   *
   * @throws CorpusException when the gold set names a code {@code book} lacks
   */
  public static List<CodeScore> measure(Codebook book) {
    List<CorpusDocument> docs = DefaultCorpus.standard().documents();
    Map<String, CorpusDocument> byId = new LinkedHashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    List<Coding> codings = new AutoCoder(book, SegmentUnit.sentence).code(docs);
    return gold().score(byId, codings, book.codes().stream().map(Code::id).toList());
  }

  /** How the texts are coded and how well, in words: the method note the dossier prints. */
  public static String note(Codebook book) {
    GoldStandard gold = gold();
    long tuning = gold.sentences().stream().filter(g -> g.split().equals(GoldSentence.TUNING)).count();
    long held = gold.sentences().size() - tuning;
    StringBuilder s = new StringBuilder("Passages are coded by the codebook's rules (Lucene queries), one sentence at a"
        + " time. The rules are measured against " + gold.sentences().size() + " sentences of the default corpus"
        + " coded by hand by the project by the codebook's definitions: " + tuning + " from the documents the rules"
        + " were tuned on and " + held + " from documents kept aside. Precision (the share of the rule's sentences"
        + " the hand coding agrees with) and recall (the share of the hand-coded sentences the rule finds), tuning"
        + " / held-out: ");
    List<CodeScore> scores;
    try {
      scores = measure(book);
    } catch (CorpusException e) {
      return s.append("not measured, as the workspace's codebook does not fit the gold set (").append(e.getMessage())
          .append(").").toString();
    }
    List<String> parts = new ArrayList<>();
    List<String> weak = new ArrayList<>();
    int n = scores.size() / 2;
    for (int i = 0; i < n; i++) {
      CodeScore t = scores.get(i);
      CodeScore h = scores.get(i + n);
      String name = book.require(t.code()).name();
      parts.add(name + " " + pair(t.precision(), h.precision()) + " precision, " + pair(t.recall(), h.recall())
          + " recall");
      if (h.unreliable() || t.unreliable()) {
        weak.add(name);
      }
    }
    s.append(String.join("; ", parts)).append(" (n/a: the rule coded no sentence, or the hand coding has none).");
    if (!weak.isEmpty()) {
      s.append(" Below ").append(Figures.fixed(CodeScore.MIN_PRECISION, 1)).append(" precision, so to be read with"
          + " care: ").append(Prose.join(weak)).append('.');
    }
    return s.toString();
  }

  private static String pair(double tuning, double held) {
    return num(tuning) + " / " + num(held);
  }

  private static String num(double d) {
    return Double.isNaN(d) ? "n/a" : Figures.fixed(d, 2);
  }
}
