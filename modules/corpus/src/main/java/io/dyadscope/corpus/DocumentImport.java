package io.dyadscope.corpus;

import java.util.List;

/**
 * What an import of documents did: ids added, ids whose text changed and were replaced, how many
 * were already present with the same text, and codings dropped because the words they marked are
 * no longer at their offsets in a replaced text.
 */
public record DocumentImport(List<String> added, List<String> replaced, int unchanged, int codingsDropped) {
  public DocumentImport {
    added = List.copyOf(added);
    replaced = List.copyOf(replaced);
  }

  public String describe() {
    return added.size() + " documents added, " + replaced.size() + " replaced, " + unchanged + " unchanged"
        + (codingsDropped > 0 ? ", " + codingsDropped + " codings dropped (their text changed)" : "");
  }
}
