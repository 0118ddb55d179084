package io.dyadscope.app.corpus;

/**
 * Metadata given on the command line for imported files; a manifest row wins over these. Null
 * fields are not given. {@code title} applies only when one file is imported.
 */
public record DocumentOptions(String id, String title, String publisher, String kind, String date, String language,
    String sourceId, String url, String licence) {

  public static DocumentOptions none() {
    return new DocumentOptions(null, null, null, null, null, null, null, null, null);
  }
}
