package io.dyadscope.corpus.analysis;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.DocumentMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How often each code was applied, overall or per document kind or per year: the number of coded
 * segments and the number of distinct documents they are in.
 */
public final class CodeFrequencies {

  /** How to group documents. */
  public enum Grouping {
    all,
    kind,
    year
  }

  /**
   * One row: {@code group} is "all", a kind, a year, or "undated".
   */
  public record Row(String codeId, String group, int segments, int documents) {}

  private CodeFrequencies() {}

  /**
   * Rows ordered by the code's position in {@code codeOrder}, then group; codes never applied are
   * left out. Codings of documents missing from {@code documents} count under "unknown".
   */
  public static List<Row> of(List<Coding> codings, Map<String, DocumentMetadata> documents, Grouping grouping,
      List<String> codeOrder) {
    Map<String, Map<String, int[]>> counts = new TreeMap<>();
    Map<String, Map<String, Set<String>>> docs = new TreeMap<>();
    for (Coding c : codings) {
      String g = group(documents.get(c.documentId()), grouping);
      counts.computeIfAbsent(c.codeId(), k -> new TreeMap<>()).computeIfAbsent(g, k -> new int[1])[0]++;
      docs.computeIfAbsent(c.codeId(), k -> new TreeMap<>()).computeIfAbsent(g, k -> new HashSet<>())
          .add(c.documentId());
    }
    List<String> order = new ArrayList<>(codeOrder);
    counts.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
    List<Row> out = new ArrayList<>();
    for (String code : order) {
      Map<String, int[]> byGroup = counts.get(code);
      if (byGroup == null) {
        continue;
      }
      byGroup.forEach((g, n) -> out.add(new Row(code, g, n[0], docs.get(code).get(g).size())));
    }
    return out;
  }

  static String group(DocumentMetadata m, Grouping grouping) {
    if (grouping == Grouping.all) {
      return "all";
    }
    if (m == null) {
      return "unknown";
    }
    if (grouping == Grouping.kind) {
      return m.kind().name();
    }
    return m.year() == 0 ? "undated" : Integer.toString(m.year());
  }
}
