package io.dyadscope.audit.text;

/**
 * A sentence of running text, or a heading, as a span of {@link Lines#flat()}.
 *
 * @param index     position among the document's sentences, from 0
 * @param start     offset of its first character
 * @param end       offset just past its last character
 * @param paragraph index of the paragraph it belongs to (headings have their own)
 * @param heading   true for a section heading
 */
public record Sentence(int index, int start, int end, int paragraph, boolean heading) {

  public Sentence {
    if (index < 0 || start < 0 || end < start || paragraph < 0) {
      throw new IllegalArgumentException("bad sentence span " + index + ": [" + start + ", " + end + ") in paragraph "
          + paragraph);
    }
  }
}
