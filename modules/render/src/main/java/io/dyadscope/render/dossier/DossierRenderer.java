package io.dyadscope.render.dossier;

import io.dyadscope.dossier.Dossier;

/** Writes a {@link Dossier} in one format. Output depends only on the dossier: same dossier, same bytes. */
public interface DossierRenderer {

  /**
   * Renders {@code dossier}; the main file is {@code baseName} with the format's extension
   * ({@code .html}, {@code .md}, {@code .json}), further files (figures) are named after it.
   */
  Rendition render(Dossier dossier, String baseName);

  /** Renders with the base name {@code dossier-<dyad>}, e.g. {@code dossier-PAK-AFG}. */
  default Rendition render(Dossier dossier) {
    return render(dossier, "dossier-" + dossier.dyad());
  }

  /**
   * The renderer for a format name: {@code html}, {@code md} (or {@code markdown}) or {@code json}.
   *
   * @throws IllegalArgumentException naming the format when it is none of these
   */
  static DossierRenderer forFormat(String format) {
    return switch (format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "html" -> new HtmlRenderer();
      case "md", "markdown" -> new MarkdownRenderer();
      case "json" -> new JsonRenderer();
      default -> throw new IllegalArgumentException("unknown dossier format '" + format + "' (expected html, md or json)");
    };
  }
}
