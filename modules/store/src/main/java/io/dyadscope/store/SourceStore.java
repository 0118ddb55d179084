package io.dyadscope.store;

import io.dyadscope.evidence.Source;
import java.util.Map;

/** The sources a workspace knows. */
public interface SourceStore {

  /** Every source, keyed and ordered by id. */
  Map<String, Source> all();
}
