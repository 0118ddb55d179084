package io.dyadscope.dossier.supplements;

import java.util.List;

/**
 * The "Event picture" section, ready to print: paragraphs (what the datasets hold, or how to
 * import events), the charts, and the tables of agreement across datasets and of derived against
 * reported security figures.
 */
public record EventPart(List<String> text, List<EventFigure> figures, List<GridTable> tables) {
  public EventPart {
    text = List.copyOf(text);
    figures = List.copyOf(figures);
    tables = List.copyOf(tables);
  }
}
