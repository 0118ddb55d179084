package io.dyadscope.cli;

/** Output formats of the listing commands. */
public enum OutputFormat {
  table,
  csv,
  json
}
