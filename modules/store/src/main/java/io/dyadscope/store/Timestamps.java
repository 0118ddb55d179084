package io.dyadscope.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps in the workspace are UTC wall-clock values written and read as text, so that neither
 * the JVM's nor DuckDB's time zone setting can shift them.
 */
final class Timestamps {

  private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private Timestamps() {}

  static String nowUtc() {
    return SQL.format(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
  }

  /** Reads DuckDB's text form of a TIMESTAMP ({@code 2025-01-02 03:04:05.678}). */
  static Instant parseUtc(String text) {
    return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
  }
}
