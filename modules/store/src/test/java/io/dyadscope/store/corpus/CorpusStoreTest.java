package io.dyadscope.store.corpus;

import io.dyadscope.corpus.DocumentImport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.CorpusException;
import io.dyadscope.corpus.DocumentKind;
import io.dyadscope.corpus.DocumentMetadata;
import io.dyadscope.corpus.Memo;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.store.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The texts are synthetic, written for this test. */
class CorpusStoreTest {

  @TempDir
  Path dir;

  private static CorpusDocument doc(String id, String text) {
    return new CorpusDocument(id, new DocumentMetadata("T " + id, "P", DocumentKind.news, "2024-01-02", "en", "", "",
        ""), id + ".txt", Hashing.sha256(text), text);
  }

  @Test
  void importingTheSameDocumentTwiceAddsNothing() {
    try (Workspace ws = Workspace.open(dir)) {
      CorpusStore store = new CorpusStore(ws);
      assertThat(store.importDocuments(List.of(doc("a", "One. Two."), doc("b", "Three.")))
          .describe()).isEqualTo("2 documents added, 0 replaced, 0 unchanged");
      DocumentImport again = store.importDocuments(List.of(doc("a", "One. Two."), doc("b", "Three.")));
      assertThat(again.added()).isEmpty();
      assertThat(again.unchanged()).isEqualTo(2);
      assertThat(store.documents()).extracting(CorpusDocument::id).containsExactly("a", "b");
      assertThat(store.sentences().get("a")).hasSize(2);
    }
  }

  @Test
  void aChangedTextReplacesTheDocumentKeepingCodingsWhoseWordsAreStillInPlace() {
    try (Workspace ws = Workspace.open(dir)) {
      CorpusStore store = new CorpusStore(ws);
      store.importDocuments(List.of(doc("a", "Trade grew. Talks failed.")));
      store.addCodings(List.of(Coding.human("a", 0, 5, "trade", "ann"), Coding.human("a", 12, 17, "trust", "ann")));
      DocumentImport r = store.importDocuments(List.of(doc("a", "Trade grew. Peace talks failed.")));
      assertThat(r.replaced()).containsExactly("a");
      assertThat(r.codingsDropped()).isEqualTo(1);
      assertThat(store.codings()).containsExactly(Coding.human("a", 0, 5, "trade", "ann"));
      assertThat(store.document("a").orElseThrow().text()).isEqualTo("Trade grew. Peace talks failed.");
    }
  }

  @Test
  void aCodingPastTheEndOfTheDocumentIsRefusedAndNothingIsAdded() {
    try (Workspace ws = Workspace.open(dir)) {
      CorpusStore store = new CorpusStore(ws);
      store.importDocuments(List.of(doc("a", "Short.")));
      assertThatThrownBy(() -> store.addCodings(List.of(Coding.human("a", 0, 3, "x", "ann"),
          Coding.human("a", 2, 40, "x", "ann")))).isInstanceOf(CorpusException.class)
          .hasMessage("coding 2-40 of 'a' reaches past the end of the document (6 characters)");
      assertThatThrownBy(() -> store.addCodings(List.of(Coding.human("zz", 0, 3, "x", "ann"))))
          .hasMessage("no document with id 'zz' in the workspace");
      assertThat(store.codings()).isEmpty();
    }
  }

  @Test
  void theSameCodingTwiceIsKeptOnceAndAutoCodingsAreReplacedWithoutTouchingHumanOnes() {
    try (Workspace ws = Workspace.open(dir)) {
      CorpusStore store = new CorpusStore(ws);
      store.importDocuments(List.of(doc("a", "Trade grew. Talks failed.")));
      assertThat(store.addCodings(List.of(Coding.human("a", 0, 5, "trade", "ann")))).isEqualTo(1);
      assertThat(store.addCodings(List.of(Coding.human("a", 0, 5, "trade", "ann")))).isZero();
      store.replaceAutoCodings(List.of("a"), List.of(Coding.auto("a", 0, 11, "trade", "trade")));
      store.replaceAutoCodings(List.of("a"), List.of(Coding.auto("a", 12, 25, "trust", "talks")));
      assertThat(store.codings()).containsExactly(Coding.human("a", 0, 5, "trade", "ann"),
          Coding.auto("a", 12, 25, "trust", "talks"));
      assertThat(store.listing().get(0).humanCodings()).isEqualTo(1);
      assertThat(store.coders()).containsExactly("ann", "auto");
    }
  }

  @Test
  void memosAreKept() {
    try (Workspace ws = Workspace.open(dir)) {
      CorpusStore store = new CorpusStore(ws);
      store.addMemo(new Memo(Memo.Target.code, "theme.trade", "ann", "Mostly transit trade."));
      assertThat(store.memos()).containsExactly(new Memo(Memo.Target.code, "theme.trade", "ann", "Mostly transit trade."));
    }
  }
}
