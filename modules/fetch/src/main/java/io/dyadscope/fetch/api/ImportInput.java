package io.dyadscope.fetch.api;

import java.util.List;
import java.util.Map;

/**
 * What a source's answers become: the input of one of Dyadscope's existing importers, so a fetched
 * figure takes the same path as a downloaded file.
 *
 * @param kind      which importer reads it
 * @param files     the files, in order (for {@link Kind#INDICATORS}: observations, then sources)
 * @param updated   per event id, the provider's own update time (ACLED's {@code timestamp}), for listing changes
 * @param deletions event ids the provider withdrew (ACLED's deleted events)
 */
public record ImportInput(Kind kind, List<InputFile> files, Map<String, String> updated, List<String> deletions) {

  /** The importer. */
  public enum Kind { UNHCR, WDI, COMTRADE, INDICATORS, EVENTS }

  /** One file to import: a name (for problems and the import log) and its bytes. */
  public record InputFile(String name, byte[] bytes) {}

  public ImportInput {
    files = List.copyOf(files);
    updated = Map.copyOf(updated);
    deletions = List.copyOf(deletions);
  }

  public static ImportInput of(Kind kind, List<InputFile> files) {
    return new ImportInput(kind, files, Map.of(), List.of());
  }
}
