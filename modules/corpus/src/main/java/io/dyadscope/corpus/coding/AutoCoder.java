package io.dyadscope.corpus.coding;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.Segment;
import io.dyadscope.corpus.SegmentUnit;
import io.dyadscope.corpus.codebook.Code;
import io.dyadscope.corpus.codebook.Codebook;
import io.dyadscope.corpus.index.CorpusAnalyzer;
import io.dyadscope.corpus.text.Segmenter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Applies a codebook's rules to the sentences (or paragraphs) of documents. The segments of a batch
 * of documents are indexed in memory, each as one Lucene document with the text and the parent
 * document's keyword fields, and every rule runs once over the batch: a segment matching a rule of
 * a code gets that code, recording the first of the code's rules (in codebook order) that matched.
 */
public final class AutoCoder {

  /** Text per in-memory batch: bounds memory on large corpora. */
  private static final long BATCH_CHARS = 4_000_000;

  private final Codebook codebook;
  private final SegmentUnit unit;
  private final java.util.Set<String> fields = new java.util.HashSet<>();

  public AutoCoder(Codebook codebook, SegmentUnit unit) {
    this.codebook = codebook;
    this.unit = unit;
    // Only the fields some rule reads are indexed per segment: most codebooks read the text alone.
    for (Code c : codebook.codes()) {
      for (Query q : codebook.queries(c.id())) {
        q.visit(new org.apache.lucene.search.QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            fields.add(field);
            return true;
          }

          @Override
          public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
              Query parent) {
            return this;
          }
        });
      }
    }
  }

  /** The automatic codings of {@code documents}, by document (in the given order), segment and code order. */
  public List<Coding> code(List<CorpusDocument> documents) {
    List<Coding> out = new ArrayList<>();
    List<CorpusDocument> batch = new ArrayList<>();
    long chars = 0;
    for (CorpusDocument d : documents) {
      batch.add(d);
      chars += d.length();
      if (chars >= BATCH_CHARS) {
        codeBatch(batch, out);
        batch.clear();
        chars = 0;
      }
    }
    if (!batch.isEmpty()) {
      codeBatch(batch, out);
    }
    return out;
  }

  private void codeBatch(List<CorpusDocument> docs, List<Coding> out) {
    List<Segment> segments = new ArrayList<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(CorpusAnalyzer.analyzer())
          .setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(256))) {
        for (CorpusDocument d : docs) {
          String kind = d.metadata().kind().name();
          String date = d.metadata().date();
          for (Segment s : Segmenter.segments(d.id(), d.text(), unit)) {
            Document doc = new Document();
            doc.add(new TextField(CorpusAnalyzer.TEXT, d.text().substring(s.start(), s.end()), Field.Store.NO));
            if (fields.contains(CorpusAnalyzer.KIND)) {
              doc.add(new StringField(CorpusAnalyzer.KIND, kind, Field.Store.NO));
            }
            if (fields.contains(CorpusAnalyzer.DATE)) {
              doc.add(new StringField(CorpusAnalyzer.DATE, date, Field.Store.NO));
            }
            if (fields.contains(CorpusAnalyzer.YEAR)) {
              doc.add(new StringField(CorpusAnalyzer.YEAR, d.metadata().year() == 0 ? ""
                  : Integer.toString(d.metadata().year()), Field.Store.NO));
            }
            if (fields.contains(CorpusAnalyzer.PUBLISHER)) {
              doc.add(new TextField(CorpusAnalyzer.PUBLISHER, d.metadata().publisher(), Field.Store.NO));
            }
            if (fields.contains(CorpusAnalyzer.TITLE)) {
              doc.add(new TextField(CorpusAnalyzer.TITLE, d.metadata().title(), Field.Store.NO));
            }
            doc.add(new NumericDocValuesField("segment", segments.size()));
            segments.add(s);
            w.addDocument(doc);
          }
        }
      }
      List<Code> codes = codebook.codes();
      // ruleOf[c][segment] = index of the first rule of code c that matched + 1, 0 for none
      int[][] ruleOf = new int[codes.size()][];
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        for (int c = 0; c < codes.size(); c++) {
          List<Query> rules = codebook.queries(codes.get(c).id());
          if (rules.isEmpty()) {
            continue;
          }
          int[] marks = new int[segments.size()];
          for (int r = 0; r < rules.size(); r++) {
            searcher.search(rules.get(r), new Marker(marks, r + 1));
          }
          ruleOf[c] = marks;
        }
      }
      for (int s = 0; s < segments.size(); s++) {
        Segment seg = segments.get(s);
        for (int c = 0; c < codes.size(); c++) {
          if (ruleOf[c] != null && ruleOf[c][s] > 0) {
            Code code = codes.get(c);
            out.add(Coding.auto(seg.documentId(), seg.start(), seg.end(), code.id(),
                code.rules().get(ruleOf[c][s] - 1)));
          }
        }
      }
    } catch (IOException e) {
      throw new CorpusException("auto-coding failed: " + e.getMessage(), e);
    }
  }

  /** Marks each matching segment with a rule number, keeping an earlier rule's mark. */
  private static final class Marker extends SimpleCollector {
    private final int[] marks;
    private final int rule;
    private NumericDocValues segment;

    Marker(int[] marks, int rule) {
      this.marks = marks;
      this.rule = rule;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      segment = context.reader().getNumericDocValues("segment");
    }

    @Override
    public void collect(int doc) throws IOException {
      if (segment.advanceExact(doc)) {
        int s = (int) segment.longValue();
        if (marks[s] == 0) {
          marks[s] = rule;
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
