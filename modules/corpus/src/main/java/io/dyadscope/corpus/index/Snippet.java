package io.dyadscope.corpus.index;

import java.util.List;

/**
 * A passage of a hit's text around the matches: {@code text} is the document's chars
 * {@code [start, end)}; each match is {@code [from, to)} in document offsets.
 */
public record Snippet(String text, int start, int end, List<Match> matches) {

  /** One matched word or phrase part, in document offsets. */
  public record Match(int from, int to) {}

  public Snippet {
    matches = List.copyOf(matches);
  }

  /** The snippet with every match in {@code [[...]]}, for terminals and plain-text reports. */
  public String marked() {
    StringBuilder sb = new StringBuilder();
    int at = start;
    for (Match m : matches) {
      sb.append(text, at - start, m.from() - start).append("[[").append(text, m.from() - start, m.to() - start)
          .append("]]");
      at = m.to();
    }
    sb.append(text, at - start, end - start);
    return sb.toString().replace('\n', ' ');
  }
}
