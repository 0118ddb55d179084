package io.dyadscope.corpus.index;

import io.dyadscope.corpus.CorpusException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Keyword in context: every occurrence of a word, a word prefix ({@code refug*}) or a sequence of
 * words ({@code border crossing}) in the corpus, matched as the index tokenises (case and accents
 * ignored), with {@code width} characters either side.
 */
final class Concordance {

  private Concordance() {}

  static List<KwicLine> lines(DirectoryReader reader, IndexSearcher searcher, String term, int width, KwicSort sort,
      int limit) {
    if (width < 1 || width > 1000) {
      throw new CorpusException("KWIC width must be 1 to 1000 characters, not " + width);
    }
    boolean prefix = term != null && term.strip().endsWith("*");
    List<String> words = tokens(prefix ? term.strip().substring(0, term.strip().length() - 1) : term);
    if (words.isEmpty()) {
      throw new CorpusException("KWIC needs a word to look for, not '" + term + "'");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      Term t = new Term(CorpusAnalyzer.TEXT, words.get(i));
      Query q = prefix && i == words.size() - 1 ? new PrefixQuery(t) : new TermQuery(t);
      b.add(q, BooleanClause.Occur.FILTER);
    }
    List<KwicLine> out = new ArrayList<>();
    try {
      StoredFields stored = reader.storedFields();
      for (ScoreDoc sd : searcher.search(b.build(), Math.max(1, reader.numDocs())).scoreDocs) {
        var doc = stored.document(sd.doc, java.util.Set.of("doc_id", CorpusAnalyzer.TEXT));
        collect(doc.get("doc_id"), doc.get(CorpusAnalyzer.TEXT), words, prefix, width, out);
      }
    } catch (IOException e) {
      throw new CorpusException("cannot read the corpus index: " + e.getMessage(), e);
    }
    Comparator<KwicLine> order = sort == KwicSort.left
        ? Comparator.comparing((KwicLine l) -> reverseWords(l.left()))
        : Comparator.comparing((KwicLine l) -> l.right().toLowerCase(Locale.ROOT).strip());
    out.sort(order.thenComparing(KwicLine::documentId).thenComparingInt(KwicLine::start));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  /** The left context's words last to first, lower case: sorting by it groups lines by the word just before. */
  static String reverseWords(String left) {
    String[] w = left.toLowerCase(Locale.ROOT).strip().split("\\s+");
    StringBuilder sb = new StringBuilder();
    for (int i = w.length - 1; i >= 0; i--) {
      sb.append(w[i]).append(' ');
    }
    return sb.toString();
  }

  private static void collect(String docId, String text, List<String> words, boolean prefix, int width,
      List<KwicLine> out) throws IOException {
    List<int[]> offs = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = CorpusAnalyzer.textAnalyzer().tokenStream(CorpusAnalyzer.TEXT, text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(t.toString());
        offs.add(new int[] {o.startOffset(), o.endOffset()});
      }
      ts.end();
    }
    int n = words.size();
    for (int i = 0; i + n <= terms.size(); i++) {
      boolean match = true;
      for (int k = 0; k < n && match; k++) {
        String got = terms.get(i + k);
        match = prefix && k == n - 1 ? got.startsWith(words.get(k)) : got.equals(words.get(k));
      }
      if (match) {
        int start = offs.get(i)[0];
        int end = offs.get(i + n - 1)[1];
        out.add(new KwicLine(docId, start, end, flat(text.substring(Math.max(0, start - width), start)),
            flat(text.substring(start, end)), flat(text.substring(end, Math.min(text.length(), end + width)))));
      }
    }
  }

  private static String flat(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    try (TokenStream ts = CorpusAnalyzer.textAnalyzer().tokenStream(CorpusAnalyzer.TEXT, s)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new CorpusException("cannot read '" + s + "': " + e.getMessage(), e);
    }
    return out;
  }
}
