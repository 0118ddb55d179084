package io.dyadscope.app.corpus;

import io.dyadscope.corpus.Memo;
import io.dyadscope.store.corpus.CorpusStore;
import java.util.List;
import java.util.function.Consumer;

/** Memos on codes and documents: kept only on a code of the codebook or a stored document. */
public final class CorpusMemos {

  private final CorpusStore store;
  private final CorpusCoding coding;
  private final Consumer<String> requireDocument;

  CorpusMemos(CorpusStore store, CorpusCoding coding, Consumer<String> requireDocument) {
    this.store = store;
    this.coding = coding;
    this.requireDocument = requireDocument;
  }

  /** Every memo on codes and documents. */
  public List<Memo> all() {
    return store.memos();
  }

  /**
   * Keeps {@code memo}.
   *
   * @throws io.dyadscope.corpus.CorpusException when its code or document does not exist
   */
  public void add(Memo memo) {
    if (memo.on() == Memo.Target.code) {
      coding.codebook().require(memo.target());
    } else {
      requireDocument.accept(memo.target());
    }
    store.addMemo(memo);
  }
}
