package io.dyadscope.corpus.text;

import io.dyadscope.corpus.Segment;
import io.dyadscope.corpus.SegmentUnit;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into paragraphs (separated by a blank line) and sentences (ICU-style sentence
 * breaks within a paragraph, so a heading without a full stop stays apart from the next line's
 * sentence only when a blank line separates them). Spans are trimmed of white space.
 */
public final class Segmenter {

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n");

  private Segmenter() {}

  /** The segments of {@code text} in the given unit, in order. */
  public static List<Segment> segments(String documentId, String text, SegmentUnit unit) {
    List<Segment> out = new ArrayList<>();
    BreakIterator sentences = unit == SegmentUnit.sentence ? BreakIterator.getSentenceInstance(Locale.ROOT) : null;
    int from = 0;
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    while (true) {
      boolean found = m.find();
      int to = found ? m.start() : text.length();
      if (sentences == null) {
        add(out, documentId, unit, text, from, to);
      } else {
        sentences.setText(text.substring(from, to));
        int s = sentences.first();
        for (int e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
          add(out, documentId, unit, text, from + s, from + e);
        }
      }
      if (!found) {
        break;
      }
      from = m.end();
    }
    return out;
  }

  private static void add(List<Segment> out, String doc, SegmentUnit unit, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Segment(doc, unit, out.size(), start, end));
    }
  }
}
