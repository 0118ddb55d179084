package io.dyadscope.corpus;

import java.util.regex.Pattern;

/**
 * A text in the corpus. Offsets into {@link #text} are Java {@code char} indices (UTF-16 units);
 * the REFI-QDA exchange converts them to Unicode code points. The text is stored as extracted
 * (line ends normalised to LF), so the same file always yields the same offsets.
 *
 * @param id       short stable name, e.g. {@code unama-2025-10-16-ceasefire}
 * @param fileName the file it was read from (name only)
 * @param sha256   hash of {@link #text}: the same text is never imported twice
 */
public record CorpusDocument(String id, DocumentMetadata metadata, String fileName, String sha256, String text) {

  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,199}");

  public CorpusDocument {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("document id '" + id
          + "' must be letters, digits, '.', '_' or '-' (at most 200), starting with a letter or digit");
    }
    if (metadata == null || text == null || sha256 == null) {
      throw new IllegalArgumentException("document " + id + ": metadata, text and sha256 are required");
    }
    fileName = fileName == null ? "" : fileName;
  }

  /** A document id made from a file name: its stem, lower case, other characters as '-'. */
  public static String idFromFileName(String fileName) {
    String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    String id = stem.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-")
        .replaceAll("^[^\\p{L}\\p{N}]+", "").replaceAll("-+$", "");
    if (id.isEmpty()) {
      id = "document";
    }
    return id.length() > 200 ? id.substring(0, 200) : id;
  }

  /** This document under another file name. */
  public CorpusDocument withFileName(String name) {
    return new CorpusDocument(id, metadata, name, sha256, text);
  }

  /** Text length in chars. */
  public int length() {
    return text.length();
  }
}
