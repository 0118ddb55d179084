package io.dyadscope.corpus;

/**
 * A stretch of a document's text, {@code [start, end)} in chars: a sentence or paragraph the
 * auto-coder and the agreement statistics work on.
 *
 * @param ordinal position among the document's segments of this unit, from 0
 */
public record Segment(String documentId, SegmentUnit unit, int ordinal, int start, int end) {

  public Segment {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("segment " + documentId + "#" + ordinal + ": bad span " + start + "-" + end);
    }
  }

  public boolean overlaps(int from, int to) {
    return from < end && to > start;
  }
}
