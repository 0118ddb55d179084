package io.dyadscope.store;

import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link SourceStore} over the {@code sources} table. */
record SqlSourceStore(Database db) implements SourceStore {

  @Override
  public Map<String, Source> all() {
    Map<String, Source> all = new LinkedHashMap<>();
    for (Source src : db.list("read sources", "SELECT id, citation, publisher, kind, grade, year, url FROM sources"
        + " ORDER BY id", List.of(), r -> new Source(r.getString(1), r.getString(2), r.getString(3),
            SourceKind.parse(r.getString(4)), Grade.parse(r.getString(5)), r.getInt(6), r.getString(7)))) {
      all.put(src.id(), src);
    }
    return all;
  }
}
