package io.dyadscope.store;

import java.time.Instant;

/**
 * One row of the workspace's import log.
 *
 * @param id         increasing number of the import
 * @param fileName   name of the observations file as the user gave it
 * @param sha256     SHA-256 of the file's text (UTF-8), hex
 * @param importedAt when the import was committed
 * @param added      observations added
 * @param replaced   observations replaced
 * @param unchanged  observations already present
 */
public record ImportRecord(long id, String fileName, String sha256, Instant importedAt, int added,
    int replaced, int unchanged) {}
