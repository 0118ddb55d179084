package io.dyadscope.dossier.supplements;

import io.dyadscope.dossier.SourceLine;
import io.dyadscope.dossier.corpus.CodeLabel;
import io.dyadscope.dossier.corpus.GroundedExcerpt;
import io.dyadscope.dossier.corpus.GroundedSection;
import io.dyadscope.dossier.corpus.LensDiscussion;
import io.dyadscope.dossier.corpus.ThemeGrounding;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Makes the grounded qualitative section printable: the table of coded passages by theme and lens
 * (its source line names the documents quoted, by document id) and a paragraph per lens naming the
 * themes it reads most and citing the excerpts ({@code P1}, ...) it rests on. Pure.
 */
public final class GroundedParts {

  private GroundedParts() {}

  public static GroundedPart of(GroundedSection g) {
    if (g.isEmpty()) {
      return new GroundedPart(g, java.util.Optional.empty(), List.of());
    }
    Map<String, String> lensNames = new LinkedHashMap<>();
    g.lenses().forEach(l -> lensNames.put(l.lens().id(), l.lens().name()));
    Map<String, String> themeNames = new LinkedHashMap<>();
    g.themes().forEach(t -> themeNames.put(t.theme().id(), t.theme().name()));
    List<String> headers = new ArrayList<>(List.of("Theme", "Passages", "Documents"));
    List<Boolean> numeric = new ArrayList<>(List.of(false, true, true));
    lensNames.values().forEach(n -> {
      headers.add(n);
      numeric.add(true);
    });
    List<List<String>> rows = new ArrayList<>();
    TreeSet<String> quoted = new TreeSet<>();
    for (ThemeGrounding t : g.themes()) {
      List<String> row = new ArrayList<>(List.of(t.theme().name(), Integer.toString(t.passages()),
          Integer.toString(t.documents())));
      lensNames.keySet().forEach(l -> row.add(Integer.toString(t.byLens().getOrDefault(l, 0))));
      rows.add(row);
      t.excerpts().forEach(e -> quoted.add(e.passage().documentId()));
    }
    List<String> ids = quoted.isEmpty() ? List.of("corpus") : new ArrayList<>(quoted);
    SourceLine line = new SourceLine(ids, quoted.isEmpty()
        ? "Source: the workspace's document corpus [corpus]."
        : (ids.size() == 1 ? "Source: " : "Sources: ") + "coded passages of the workspace's corpus ("
            + Prose.count(g.documents(), "document") + "), quoted from " + Prose.join(ids.stream()
                .map(id -> "[" + id + "]").toList()) + ".");
    GridTable table = new GridTable("grounded-themes", "Coded passages by theme and lens", headers, numeric, rows,
        List.of("A passage counts under a lens when a passage coded with that lens overlaps it; human codings"
            + " replace automatic ones where a person coded."), line, "");
    List<String> lensText = new ArrayList<>();
    for (LensDiscussion l : g.lenses()) {
      lensText.add(lensParagraph(l, g, themeNames));
    }
    return new GroundedPart(g, java.util.Optional.of(table), lensText);
  }

  static String lensParagraph(LensDiscussion l, GroundedSection g, Map<String, String> themeNames) {
    if (l.passages() == 0) {
      return l.lens().name() + ": no theme passage is also coded with this lens.";
    }
    List<String> leading = new ArrayList<>();
    for (String themeId : l.leadingThemes().subList(0, Math.min(3, l.leadingThemes().size()))) {
      int n = g.themes().stream().filter(t -> t.theme().id().equals(themeId))
          .mapToInt(t -> t.byLens().getOrDefault(l.lens().id(), 0)).sum();
      leading.add(themeNames.getOrDefault(themeId, themeId) + " (" + n + ")");
    }
    return l.lens().name() + ": " + Prose.count(l.passages(), "theme passage") + " read through this lens, most in "
        + Prose.join(leading) + (l.citedRefs().isEmpty() ? "; no quoted excerpt is coded with it."
            : "; it rests on " + Prose.join(l.citedRefs()) + ".");
  }

  /** The excerpt's text as quoted: the whole passage, white space collapsed; a sentence is never cut. */
  public static String quote(GroundedExcerpt e) {
    return e.passage().text().strip().replaceAll("\\s+", " ");
  }

  /** "Title, Publisher, 2023-02-01" with the lenses the excerpt was also coded with. */
  public static String attribution(GroundedExcerpt e, List<CodeLabel> lenses) {
    var p = e.passage();
    List<String> parts = new ArrayList<>();
    parts.add(p.title());
    if (!p.publisher().isEmpty()) {
      parts.add(p.publisher());
    }
    parts.add(p.date().isEmpty() ? "undated" : p.date());
    List<String> names = e.lenses().stream().map(id -> lenses.stream().filter(c -> c.id().equals(id))
        .map(CodeLabel::name).findFirst().orElse(id)).toList();
    return String.join(", ", parts) + " [" + p.documentId() + "]" + (names.isEmpty() ? ""
        : "; lenses: " + String.join(", ", names)) + (p.human() ? "; coded by a person" : "; coded by rule");
  }
}
