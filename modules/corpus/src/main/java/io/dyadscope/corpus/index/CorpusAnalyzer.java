package io.dyadscope.corpus.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * How the corpus is tokenised and how queries are read. Text fields: Unicode word breaks (UAX#29),
 * lower case, accents folded ("Kabul" = "kábul"), no stemming and no stop words, so that phrases
 * and KWIC lines match the words as written; rules use wildcards ({@code refugee*}) for variants.
 * Keyword fields ({@link #KEYWORD_FIELDS}) are whole lower-cased values, so {@code kind:news} and
 * {@code date:[2023-01-01 TO 2023-12-31]} work.
 */
public final class CorpusAnalyzer {

  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String PUBLISHER = "publisher";
  public static final String ID = "id";
  public static final String KIND = "kind";
  public static final String DATE = "date";
  public static final String YEAR = "year";
  public static final String LANGUAGE = "language";
  public static final String SHA = "sha256";

  /** Fields indexed as one lower-cased term each. */
  public static final java.util.Set<String> KEYWORD_FIELDS = java.util.Set.of(ID, KIND, DATE, YEAR, LANGUAGE);

  private static final Analyzer TEXT_ANALYZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream ts = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  };

  private static final Analyzer KEYWORD_ANALYZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      KeywordTokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  };

  private static final Analyzer ALL = new PerFieldAnalyzerWrapper(TEXT_ANALYZER,
      Map.of(ID, KEYWORD_ANALYZER, KIND, KEYWORD_ANALYZER, DATE, KEYWORD_ANALYZER, YEAR, KEYWORD_ANALYZER,
          LANGUAGE, KEYWORD_ANALYZER));

  private CorpusAnalyzer() {}

  /** The analyzer for every field (text fields analysed, keyword fields whole). */
  public static Analyzer analyzer() {
    return ALL;
  }

  /** The analyzer of the text fields alone. */
  public static Analyzer textAnalyzer() {
    return TEXT_ANALYZER;
  }

  /**
   * Reads a query in Lucene's classic syntax, searching {@link #TEXT} by default; AND binds as
   * written, the default operator is OR.
   *
   * @throws ParseException with Lucene's message when the query is malformed
   */
  public static Query parse(String query) throws ParseException {
    if (query == null || query.isBlank()) {
      throw new ParseException("empty query");
    }
    // QueryParser is not thread-safe: one per call.
    QueryParser p = new QueryParser(TEXT, ALL);
    p.setAllowLeadingWildcard(false);
    p.setSplitOnWhitespace(true);
    return p.parse(query);
  }
}
