package io.dyadscope.evidence.imports;

/**
 * One thing wrong with an import file, located like a compiler error:
 * {@code FILE:LINE:COLUMN: message}, or {@code FILE:LINE: message} when it concerns a whole record.
 *
 * @param file    the file's name as the user gave it
 * @param line    1-based physical line where the record starts (the header is line 1)
 * @param column  the column's header name, or empty when the problem is not one field's
 * @param message what is wrong, naming the bad value
 */
public record ImportProblem(String file, int line, String column, String message) {

  public ImportProblem {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("import problem without a file name");
    }
    if (line < 1) {
      throw new IllegalArgumentException("import problem line must be at least 1: " + line);
    }
    column = column == null ? "" : column;
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("import problem without a message");
    }
  }

  @Override
  public String toString() {
    return column.isEmpty() ? file + ":" + line + ": " + message : file + ":" + line + ":" + column + ": " + message;
  }
}
