package io.dyadscope.render.dossier;

import io.dyadscope.dossier.SourceLine;
import io.dyadscope.dossier.corpus.CodeLabel;
import io.dyadscope.dossier.corpus.GroundedSection;
import io.dyadscope.dossier.supplements.EventPart;
import io.dyadscope.dossier.supplements.GridTable;
import io.dyadscope.dossier.supplements.GroundedPart;
import io.dyadscope.dossier.supplements.GroundedParts;
import io.dyadscope.dossier.supplements.Supplements;
import java.util.List;

/**
 * The JSON form of a dossier's supplementary sections: {@code null} for a section the dossier does
 * not have. Lens counts are lists in the codebook's lens order, so the output is the same every run.
 */
record SupplementJson(Events events, List<GridTable> official, Grounded grounded, Events forecasts) {

  record Events(List<String> text, List<Figure> figures, List<GridTable> tables) {}

  record Figure(String id, String title, String caption, String csvFile, SourceLine sources, String csv) {}

  record Grounded(int documents, int passages, String howToAdd, GridTable byLens, List<Theme> themes,
      List<String> lenses) {}

  record Theme(String id, String name, int passages, int documents, List<LensCount> byLens, List<Excerpt> excerpts) {}

  record LensCount(String lens, int passages) {}

  record Excerpt(String ref, String documentId, int start, int end, String title, String date, String publisher,
      String quote, List<String> lenses, boolean human) {}

  static SupplementJson of(Supplements s) {
    return new SupplementJson(s.events().map(SupplementJson::events).orElse(null), s.official(),
        s.grounded().map(SupplementJson::grounded).orElse(null), s.forecasts().map(SupplementJson::events).orElse(null));
  }

  private static Events events(EventPart e) {
    return new Events(e.text(), e.figures().stream().map(f -> new Figure(f.id(), f.title(), f.caption(), f.csvFile(),
        f.sources(), f.csv())).toList(), e.tables());
  }

  private static Grounded grounded(GroundedPart g) {
    GroundedSection s = g.section();
    List<CodeLabel> lenses = SupplementFormat.lenses(s);
    List<Theme> themes = s.themes().stream().map(t -> new Theme(t.theme().id(), t.theme().name(), t.passages(),
        t.documents(), lenses.stream().map(l -> new LensCount(l.id(), t.byLens().getOrDefault(l.id(), 0))).toList(),
        t.excerpts().stream().map(e -> new Excerpt(e.ref(), e.passage().documentId(), e.passage().start(),
            e.passage().end(), e.passage().title(), e.passage().date(), e.passage().publisher(), GroundedParts.quote(e),
            e.lenses(), e.passage().human())).toList())).toList();
    return new Grounded(s.documents(), s.passages(), s.howToAdd(), g.byLens().orElse(null), themes, g.lensText());
  }
}
