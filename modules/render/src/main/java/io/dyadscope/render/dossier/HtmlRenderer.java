package io.dyadscope.render.dossier;

import io.dyadscope.dossier.Dossier;
import io.dyadscope.render.Templates;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a dossier as one self-contained HTML file (inline CSS, figures as inline SVG, chart data
 * as {@code data:} links, no script) through the jte templates in {@code src/main/jte}: one
 * fragment per section ({@code section/*.jte}) and per table, figure and finding
 * ({@code part/*.jte}), so the dashboard shows the same fragments. The templates are compiled
 * to Java at build time; jte escapes all text.
 */
public final class HtmlRenderer implements DossierRenderer {

  @Override
  public Rendition render(Dossier d, String baseName) {
    String main = baseName + ".html";
    return new Rendition(main, Map.of(main, Templates.render("dossier.jte", d)));
  }

  /** One section of dossier {@code d} as an HTML fragment, or empty when {@code d} has no such section. */
  public static Optional<String> section(Dossier d, SectionName name) {
    if (!name.presentIn(d)) {
      return Optional.empty();
    }
    return Optional.of(Templates.render(name.template(), Map.of("d", d, "s", Format.section(d, name.anchor()))));
  }

  /** The dossier's style sheet as a {@code <style>} element, for pages that show its sections. */
  public static String style() {
    return Templates.render("style.jte", Map.of());
  }
}
