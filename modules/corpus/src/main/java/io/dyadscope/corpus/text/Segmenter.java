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

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n|\u2029");

  private Segmenter() {}

  /** Words whose full stop does not end a sentence. */
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:^|[\\s(])(?:lit|e\\.g|i\\.e|cf|ca|approx|vs|Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Mt|Jr|Sr|U\\.S|U\\.K)\\.\\s*$");
  /** A heading: a short line without a full stop, started by a capital, with a capital-led line after it. */
  private static final Pattern HEADING = Pattern.compile("(?m)^[\\p{Lu}\\d][^\\n.!?:;,]{0,58}[^\\n.!?:;,\\s]\\n(?=[\\p{Lu}\\d])");

  /**
   * The segments of {@code text} in the given unit, in order. Sentences read past reference marks
   * ({@code [1]}, {@code [a]}: see {@link ReferenceMarks}, which end no sentence and start none), do
   * not end at the full stop of a common abbreviation ("lit.", "e.g."), and a heading line stands
   * apart from the sentence under it.
   */
  public static List<Segment> segments(String documentId, String original, SegmentUnit unit) {
    String text = unit == SegmentUnit.sentence ? headingsApart(ReferenceMarks.masked(original)) : original;
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
        String para = text.substring(from, to);
        sentences.setText(para);
        int s = sentences.first();
        for (int e = sentences.next(); e != BreakIterator.DONE; e = sentences.next()) {
          boolean last = e == para.length();
          if (!last && (ABBREVIATION.matcher(para.substring(s, e)).find())) {
            continue;
          }
          add(out, documentId, unit, text, from + s, from + e);
          s = e;
        }
      }
      if (!found) {
        break;
      }
      from = m.end();
    }
    return out;
  }

  /** Each heading line's break made a paragraph separator (U+2029), so the length and offsets stay. */
  private static String headingsApart(String text) {
    Matcher m = HEADING.matcher(text);
    StringBuilder b = new StringBuilder(text);
    while (m.find()) {
      b.setCharAt(m.end() - 1, '\u2029');
    }
    return b.toString();
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
