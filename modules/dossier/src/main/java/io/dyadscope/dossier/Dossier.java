package io.dyadscope.dossier;

import io.dyadscope.evidence.DocumentFinding;
import io.dyadscope.dossier.findings.Finding;
import io.dyadscope.dossier.findings.Recommendation;
import io.dyadscope.dossier.supplements.Supplements;
import java.util.List;

/**
 * A generated study of one dyad, in the order of a research paper: summary, data and sources,
 * results by theme, tables, figures, discussion by lens, recommendations, audit notes and method
 * notes. Renderers turn it into HTML, Markdown or JSON; it holds no timestamp, so the same data
 * and options give the same dossier.
 *
 * @param title           title
 * @param dyad            dyad id, e.g. {@code PAK-AFG}
 * @param first           name of the first country
 * @param second          name of the second country
 * @param target          the period of Dyadscope's forecasts, or empty without data
 * @param targetReason    how the target was chosen
 * @param summary         summary paragraphs
 * @param highlights      the findings the summary picks out
 * @param data            data and sources
 * @param themes          results by theme
 * @param tables          tables
 * @param charts          figures
 * @param discussion      discussion by lens
 * @param recommendations every recommendation rule, made or not
 * @param audit           audit notes; empty when none
 * @param methods         method notes
 * @param appendix        every observation cited, by id
 * @param colophon        what made the dossier and from what
 * @param supplements     event picture, official statistics and grounded texts, when the caller gives them
 * @param primary         the observed series, the reported figures checked against them and their forecasts
 */
public record Dossier(String title, String dyad, String first, String second, String target, String targetReason,
    List<String> summary, List<Finding> highlights, DataSection data, List<ThemeSection> themes,
    List<TableView> tables, List<Chart> charts, List<LensSection> discussion, List<Recommendation> recommendations,
    List<DocumentFinding> audit, List<MethodNote> methods, List<EvidenceEntry> appendix, Colophon colophon,
    Supplements supplements, Primary primary) {

  /**
   * @throws IllegalArgumentException when the tables or the charts are not numbered 1, 2, 3... in order:
   *     the text, the audit and readers refer to "Table 3" and "Figure 2" by those numbers
   */
  public Dossier {
    inOrderFromOne(tables.stream().map(TableView::number).toList(), "table");
    inOrderFromOne(charts.stream().map(Chart::number).toList(), "chart");
    // Defensive copies: every list component is frozen so the dossier stays as built whatever the caller
    // does with its lists; each record names its own fields, so there is nothing to share.
    summary = List.copyOf(summary);
    highlights = List.copyOf(highlights);
    themes = List.copyOf(themes);
    tables = List.copyOf(tables);
    charts = List.copyOf(charts);
    discussion = List.copyOf(discussion);
    recommendations = List.copyOf(recommendations);
    audit = List.copyOf(audit);
    methods = List.copyOf(methods);
    appendix = List.copyOf(appendix);
    java.util.Objects.requireNonNull(colophon, "colophon");
    java.util.Objects.requireNonNull(supplements, "supplements");
    java.util.Objects.requireNonNull(primary, "primary");
  }

  private static void inOrderFromOne(List<Integer> numbers, String what) {
    for (int i = 0; i < numbers.size(); i++) {
      if (numbers.get(i) != i + 1) {
        throw new IllegalArgumentException("the dossier's " + what + "s must be numbered 1, 2, 3... in order, not "
            + numbers);
      }
    }
  }

  /** The same dossier with {@code s} as its supplementary sections. */
  public Dossier withSupplements(Supplements s) {
    return new Dossier(title, dyad, first, second, target, targetReason, summary, highlights, data, themes, tables,
        charts, discussion, recommendations, audit, methods, appendix, colophon, s, primary);
  }

  /** The same dossier with {@code note} after its method notes. */
  public Dossier withMethodNote(MethodNote note) {
    List<MethodNote> more = new java.util.ArrayList<>(methods);
    more.add(java.util.Objects.requireNonNull(note, "note"));
    return new Dossier(title, dyad, first, second, target, targetReason, summary, highlights, data, themes, tables,
        charts, discussion, recommendations, audit, more, appendix, colophon, supplements, primary);
  }

  /** Every finding, theme by theme. */
  public List<Finding> findings() {
    return themes.stream().flatMap(t -> t.findings().stream()).toList();
  }
}
