package io.dyadscope.evidence.imports;

import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where importers put what they read. The workspace implements it; importers never see the store.
 * It lives in evidence, with the problem types, so that the store and the event readers need not
 * depend on the importers.
 */
public interface ObservationSink {

  /** Ids of the sources already held, so that a file may cite them without listing them. */
  Set<String> sourceIds();

  /**
   * Adds and replaces sources and observations in one transaction and logs the import; nothing is
   * written when anything fails.
   *
   * @param fileName     name of the imported file, for the import log
   * @param sha256       hash of the file's text, for the import log
   * @param sources      sources to add or replace (ids distinct)
   * @param observations observations to add or replace (ids distinct)
   */
  MergeResult merge(String fileName, String sha256, Collection<Source> sources, List<Observation> observations);
}
