package io.dyadscope.corpus.analysis;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The framework matrix of qualitative analysis: one row per document, one column per code (the
 * themes, usually), each cell the passages of that document coded with that code.
 */
public final class FrameworkMatrix {

  /** A coded passage: the document's chars {@code [start, end)}. */
  public record Excerpt(String documentId, int start, int end, String text, String coder) {}

  /** One document's row: code id to its excerpts, in text order (codes without excerpts map to an empty list). */
  public record Row(String documentId, String title, Map<String, List<Excerpt>> cells) {}

  private FrameworkMatrix() {}

  public static List<Row> of(List<CorpusDocument> documents, List<Coding> codings, List<String> codes) {
    List<Row> rows = new ArrayList<>();
    for (CorpusDocument d : documents) {
      Map<String, List<Excerpt>> cells = new LinkedHashMap<>();
      codes.forEach(c -> cells.put(c, new ArrayList<>()));
      for (Coding c : codings) {
        List<Excerpt> cell = cells.get(c.codeId());
        if (cell != null && c.documentId().equals(d.id()) && c.end() <= d.length()) {
          cell.add(new Excerpt(d.id(), c.start(), c.end(), d.text().substring(c.start(), c.end()), c.coder()));
        }
      }
      cells.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(Excerpt::start)));
      rows.add(new Row(d.id(), d.metadata().title(), cells));
    }
    return rows;
  }
}
