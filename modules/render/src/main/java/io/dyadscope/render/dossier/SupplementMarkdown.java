package io.dyadscope.render.dossier;

import io.dyadscope.render.chart.Charts;
import static io.dyadscope.render.dossier.MarkdownRenderer.inline;

import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.corpus.GroundedExcerpt;
import io.dyadscope.dossier.corpus.ThemeGrounding;
import io.dyadscope.dossier.supplements.EventFigure;
import io.dyadscope.dossier.supplements.EventPart;
import io.dyadscope.dossier.supplements.GridTable;
import io.dyadscope.dossier.supplements.GroundedPart;
import io.dyadscope.dossier.supplements.GroundedParts;
import java.util.Map;

/** The Markdown of the supplementary sections, saying what the HTML templates say. */
final class SupplementMarkdown {

  private SupplementMarkdown() {}

  static void official(StringBuilder m, Dossier d) {
    m.append('*').append(inline(SupplementFormat.OFFICIAL_INTRO)).append("*\n\n");
    SupplementFormat.officialApart(d).forEach(t -> table(m, t, "###"));
  }

  static void officialFor(StringBuilder m, Dossier d, String themeId) {
    SupplementFormat.officialFor(d, themeId).forEach(t -> table(m, t, "####"));
  }

  static void table(StringBuilder m, GridTable t, String heading) {
    m.append(heading).append(' ').append(inline(t.title())).append("\n\n");
    MarkdownRenderer.pipeTable(m, t.headers(), t.numeric(), t.rows());
    t.notes().forEach(n -> m.append('*').append(inline(n)).append("*\n\n"));
    MarkdownRenderer.sourceLine(m, t.sources());
  }

  static void events(StringBuilder m, Dossier d, String folder, Map<String, String> files) {
    part(m, d.supplements().events().orElseThrow(), folder, files);
  }

  /** A section printed like the event picture: paragraphs, figures (SVG and CSV files), tables. */
  static void part(StringBuilder m, EventPart e, String folder, Map<String, String> files) {
    e.text().forEach(p -> m.append(inline(p)).append("\n\n"));
    for (EventFigure f : e.figures()) {
      String path = folder + "/" + f.svgFile();
      String csv = folder + "/" + f.csvFile();
      files.put(path, Charts.draw(f.plot()));
      files.put(csv, f.csv());
      m.append("### ").append(inline(f.title())).append("\n\n![").append(inline(f.title())).append("](").append(path)
          .append(")\n\n").append(inline(f.caption())).append("\n\n");
      MarkdownRenderer.sourceLine(m, f.sources());
      m.append("[Data of this chart (CSV)](").append(csv).append(")\n\n");
    }
    e.tables().forEach(t -> table(m, t, "###"));
  }

  static void texts(StringBuilder m, Dossier d) {
    GroundedPart g = d.supplements().grounded().orElseThrow();
    if (g.section().isEmpty()) {
      m.append('*').append(inline(g.section().howToAdd())).append("*\n\n");
      return;
    }
    m.append('*').append(inline(SupplementFormat.TEXTS_INTRO + " " + SupplementFormat.groundedCounts(g.section())))
        .append("*\n\n");
    table(m, g.byLens().orElseThrow(), "###");
    var lenses = SupplementFormat.lenses(g.section());
    for (ThemeGrounding t : g.section().themes()) {
      m.append("### ").append(inline(t.theme().name())).append("\n\n");
      if (t.excerpts().isEmpty()) {
        m.append("*No passage is coded with this theme.*\n\n");
      }
      for (GroundedExcerpt e : t.excerpts()) {
        m.append("> **").append(e.ref()).append("** “").append(inline(GroundedParts.quote(e))).append("”\n>\n> ")
            .append(inline(GroundedParts.attribution(e, lenses))).append("\n\n");
      }
    }
    m.append("### By lens\n\n");
    g.lensText().forEach(p -> m.append("- ").append(inline(p)).append('\n'));
    m.append('\n');
  }
}
