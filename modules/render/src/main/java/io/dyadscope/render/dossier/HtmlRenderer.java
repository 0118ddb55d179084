package io.dyadscope.render.dossier;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.dyadscope.dossier.Dossier;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a dossier as one self-contained HTML file (inline CSS, figures as inline SVG, chart data
 * as {@code data:} links, no script) through the jte templates in {@code src/main/jte}: one
 * fragment per section ({@code section/*.jte}) and per table, figure and finding
 * ({@code part/*.jte}), so a dashboard can render the same fragments. The templates are compiled
 * to Java at build time; jte escapes all text.
 */
public final class HtmlRenderer implements DossierRenderer {

  /** Package of the compiled templates (set in this module's pom). */
  public static final String TEMPLATES = "io.dyadscope.render.templates";

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
      HtmlRenderer.class.getClassLoader(), TEMPLATES);

  /** The precompiled template engine, for this module's pages rendering single fragments. */
  static TemplateEngine engine() {
    return ENGINE;
  }

  /** One section of dossier {@code d} as an HTML fragment, or empty when {@code d} has no such section. */
  public static Optional<String> section(Dossier d, SectionName name) {
    if (!name.presentIn(d)) {
      return Optional.empty();
    }
    StringOutput out = new StringOutput();
    ENGINE.render(name.template(), Map.of("d", d, "s", Format.section(d, name.anchor())), out);
    return Optional.of(out.toString());
  }

  /** The dossier's style sheet as a {@code <style>} element, for pages that show its sections. */
  public static String style() {
    StringOutput out = new StringOutput();
    ENGINE.render("style.jte", Map.of(), out);
    return out.toString();
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public Rendition render(Dossier d, String baseName) {
    StringOutput out = new StringOutput();
    ENGINE.render("dossier.jte", d, out);
    String main = baseName + ".html";
    return new Rendition(main, Map.of(main, out.toString()));
  }
}
