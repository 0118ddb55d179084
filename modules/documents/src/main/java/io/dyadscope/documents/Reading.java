package io.dyadscope.documents;

/**
 * How strictly a document is read. The corpus stores text it will search and quote, so it refuses
 * text that is not UTF-8 and lays PDF text out by position, a paragraph break after each
 * paragraph; the audit checks reports as they come, so it reads older Latin-1 files too and keeps
 * PDF text in content order, where its page and line mapping is exact.
 *
 * @param latin1Fallback text that is not UTF-8 is read as ISO-8859-1 (every byte decodes) instead of refused
 * @param pdfByPosition  PDF text sorted by position with paragraph breaks, rather than in content order
 * @param zipEntryBytes  largest entry a Word file (a ZIP) may unpack to; 0 leaves POI's own limit
 * @param zipRatio       largest compression ratio of a Word file's entries; 0 leaves POI's own limit
 */
public record Reading(boolean latin1Fallback, boolean pdfByPosition, long zipEntryBytes, int zipRatio) {

  /** UTF-8 or Latin-1, PDF in content order, POI's own ZIP limits. */
  public static final Reading LENIENT = new Reading(true, false, 0, 0);

  public Reading {
    if (zipEntryBytes < 0 || zipRatio < 0) {
      throw new IllegalArgumentException("negative ZIP limit: " + zipEntryBytes + " bytes, ratio " + zipRatio);
    }
  }

  /** Strict UTF-8, PDF by position, Word files unpacked under the limits given. */
  public static Reading strict(long zipEntryBytes, int zipRatio) {
    return new Reading(false, true, zipEntryBytes, zipRatio);
  }
}
