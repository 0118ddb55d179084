package io.dyadscope.corpus.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.Fixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexTest {

  @TempDir
  Path dir;

  private CorpusIndex index() {
    CorpusIndex index = CorpusIndex.open(dir.resolve("index"));
    index.update(Fixture.three(), List.of());
    return index;
  }

  @Test
  void phraseQueryFindsTheDocumentAndHighlightsBothOccurrencesWithTheirOffsets() {
    try (CorpusIndex index = index()) {
      SearchResult r = index.search("\"border crossing\"", 10, 3);
      assertThat(r.totalHits()).isEqualTo(1);
      SearchHit hit = r.hits().get(0);
      assertThat(hit.documentId()).isEqualTo("d1");
      List<Snippet.Match> matches = hit.snippets().stream().flatMap(s -> s.matches().stream()).toList();
      assertThat(matches).containsExactly(new Snippet.Match(4, 19), new Snippet.Match(76, 91));
      assertThat(hit.snippets().get(0).marked()).isEqualTo("The [[border crossing]] at the pass was closed on Sunday. ");
    }
  }

  @Test
  void booleanQueryExcludesAWord() {
    try (CorpusIndex index = index()) {
      assertThat(index.search("crossing NOT traders", 10, 1).hits()).extracting(SearchHit::documentId)
          .containsExactly("d2");
    }
  }

  @Test
  void fieldQueriesSelectByKindDateRangeAndPublisher() {
    try (CorpusIndex index = index()) {
      assertThat(ids(index, "kind:statement")).containsExactly("d2");
      assertThat(ids(index, "border AND date:[2023-01-01 TO 2023-12-31]")).containsExactly("d1");
      assertThat(ids(index, "publisher:institute")).containsExactly("d3");
      assertThat(ids(index, "border AND kind:(news OR report)")).containsExactlyInAnyOrder("d1", "d3");
    }
  }

  @Test
  void updatingADocumentReplacesItsEntryAndRemovingDropsIt() {
    try (CorpusIndex index = index()) {
      index.update(List.of(Fixture.doc("d2", io.dyadscope.corpus.DocumentKind.statement, "2024", "M", "Pipelines.")),
          List.of("d3"));
      assertThat(index.indexed()).containsOnlyKeys("d1", "d2");
      assertThat(ids(index, "crossing")).containsExactly("d1");
    }
  }

  @Test
  void aMalformedQueryIsAnErrorQuotingIt() {
    try (CorpusIndex index = index()) {
      assertThatThrownBy(() -> index.search("border AND (", 10, 1)).isInstanceOf(CorpusException.class)
          .hasMessageStartingWith("cannot read the query 'border AND ('");
    }
  }

  @Test
  void kwicSortedByRightContext() {
    try (CorpusIndex index = index()) {
      List<KwicLine> lines = index.kwic("border", 10, KwicSort.right, 100);
      assertThat(lines).containsExactly(
          new KwicLine("d3", 29, 35, "cross the ", "border", ".  The bor"),
          new KwicLine("d1", 4, 10, "The ", "border", " crossing "),
          new KwicLine("d1", 76, 82, "ed at the ", "border", " crossing "),
          new KwicLine("d3", 42, 48, "der.  The ", "border", " police co"));
    }
  }

  @Test
  void kwicSortedByLeftContextReadsBackwardsFromTheKeyword() {
    try (CorpusIndex index = index()) {
      assertThat(index.kwic("Border", 10, KwicSort.left, 100)).extracting(KwicLine::documentId, KwicLine::start)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("d1", 4), org.assertj.core.groups.Tuple.tuple("d1", 76),
              org.assertj.core.groups.Tuple.tuple("d3", 29), org.assertj.core.groups.Tuple.tuple("d3", 42));
    }
  }

  @Test
  void kwicOfAPhraseAndOfAPrefix() {
    try (CorpusIndex index = index()) {
      assertThat(index.kwic("border crossing", 5, KwicSort.right, 100)).extracting(KwicLine::keyword)
          .containsExactly("border crossing", "border crossing");
      assertThat(index.kwic("trade*", 3, KwicSort.right, 100)).extracting(KwicLine::keyword, KwicLine::right)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Trade", " re"),
              org.assertj.core.groups.Tuple.tuple("Traders", " wa"));
    }
  }

  private static List<String> ids(CorpusIndex index, String q) {
    return index.search(q, 10, 0).hits().stream().map(SearchHit::documentId).toList();
  }
}
