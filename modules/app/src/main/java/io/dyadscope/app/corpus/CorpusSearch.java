package io.dyadscope.app.corpus;

import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.index.CorpusIndex;
import io.dyadscope.corpus.index.KwicLine;
import io.dyadscope.corpus.index.KwicSort;
import io.dyadscope.corpus.index.SearchResult;
import io.dyadscope.store.corpus.CorpusStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The corpus's Lucene index and what is asked of it: kept in step with the stored documents, and
 * searched (full text, keyword in context). Opened read-only, it never writes the index: it searches
 * the index when that holds exactly the stored documents, else one built in memory from the store.
 */
public final class CorpusSearch {

  // A class rather than a record: the store and index folder are this service's means, not values to
  // hand out; only CorpusService makes one.
  private final CorpusStore store;
  private final Path indexFolder;
  private final boolean readOnly;

  CorpusSearch(CorpusStore store, Path indexFolder, boolean readOnly) {
    this.store = store;
    this.indexFolder = indexFolder;
    this.readOnly = readOnly;
  }

  /**
   * Makes the index hold exactly the store's documents at their current text.
   *
   * @return how many index entries were written or removed
   */
  public int syncIndex() {
    if (readOnly) {
      throw new IllegalStateException("the corpus was opened for reading; its index cannot be brought in step");
    }
    Map<String, String> want = store.hashes();
    try (CorpusIndex index = CorpusIndex.open(indexFolder)) {
      Map<String, String> have = index.indexed();
      List<String> changedIds = new ArrayList<>();
      want.forEach((id, sha) -> {
        if (!sha.equals(have.get(id))) {
          changedIds.add(id);
        }
      });
      List<String> removed = have.keySet().stream().filter(id -> !want.containsKey(id)).toList();
      if (changedIds.isEmpty() && removed.isEmpty()) {
        return 0;
      }
      List<CorpusDocument> changed = store.documents().stream().filter(d -> changedIds.contains(d.id())).toList();
      index.update(changed, removed);
      return changed.size() + removed.size();
    }
  }

  public SearchResult search(String query, int limit, int snippetsPerHit) {
    return read(s -> s.search(query, limit, snippetsPerHit));
  }

  public List<KwicLine> kwic(String term, int width, KwicSort sort, int limit) {
    return read(s -> s.kwic(term, width, sort, limit));
  }

  /** One question put to an index holding exactly the stored documents, closed after. */
  private <T> T read(Function<CorpusIndex.Searcher, T> ask) {
    try (CorpusIndex index = searchableIndex()) {
      return index.read(ask);
    }
  }

  /** An index holding exactly the stored documents: the workspace's, brought in step unless read-only. */
  private CorpusIndex searchableIndex() {
    if (!readOnly) {
      syncIndex();
      return CorpusIndex.open(indexFolder);
    }
    Map<String, String> want = store.hashes();
    Optional<CorpusIndex> existing = CorpusIndex.existing(indexFolder);
    if (existing.isPresent() && existing.get().indexed().equals(want)) {
      return existing.get();
    }
    existing.ifPresent(CorpusIndex::close);
    CorpusIndex memory = CorpusIndex.inMemory();
    memory.update(store.documents(), List.of());
    return memory;
  }
}
