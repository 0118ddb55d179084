package io.dyadscope.render.dossier;

import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.ThemeSection;
import io.dyadscope.dossier.corpus.CodeLabel;
import io.dyadscope.dossier.corpus.GroundedSection;
import io.dyadscope.dossier.corpus.LensDiscussion;
import io.dyadscope.dossier.supplements.GridTable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the templates, Markdown and JSON share for the supplementary sections (official statistics,
 * event picture, grounded texts). Public because the compiled templates call it.
 */
public final class SupplementFormat {

  private SupplementFormat() {}

  public static final String OFFICIAL_INTRO = "Figures imported into the workspace from official sources, beside the study's"
      + " own figures.";
  public static final String TEXTS_INTRO = "What the documents of the workspace's corpus say on each theme, coded"
      + " by the codebook's themes and lenses: passages by lens, then the strongest excerpts.";

  /** Official tables that sit under the results theme {@code themeId}. */
  public static List<GridTable> officialFor(Dossier d, String themeId) {
    return d.supplements().officialFor(themeId);
  }

  /** Official tables with no theme of this dossier to sit under: they get their own section. */
  public static List<GridTable> officialApart(Dossier d) {
    Set<String> themes = d.themes().stream().map(ThemeSection::id).collect(Collectors.toSet());
    return d.supplements().official().stream().filter(t -> !themes.contains(t.theme())).toList();
  }

  /** The lenses of a grounded section, as labels. */
  public static List<CodeLabel> lenses(GroundedSection g) {
    return g.lenses().stream().map(LensDiscussion::lens).toList();
  }

  /** "7 documents, 120 coded theme passages." */
  public static String groundedCounts(GroundedSection g) {
    return io.dyadscope.evidence.text.Prose.count(g.documents(), "document") + " in the corpus, "
        + io.dyadscope.evidence.text.Prose.count(g.passages(), "passage") + " coded with a theme.";
  }
}
