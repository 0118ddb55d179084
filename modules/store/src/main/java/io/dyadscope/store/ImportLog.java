package io.dyadscope.store;

import java.util.List;

/** The log of every import into a workspace. */
public interface ImportLog {

  /** Every import, oldest first. */
  List<ImportRecord> all();
}
