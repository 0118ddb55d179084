package io.dyadscope.render.dossier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rendered dossier: the files to write, by relative path ({@code /}-separated), main document
 * first. A single-file format has one entry; Markdown adds one SVG file per figure.
 *
 * @param main  path of the main document, a key of {@code files}
 * @param files path to content, in writing order
 */
public record Rendition(String main, Map<String, String> files) {

  public Rendition {
    Objects.requireNonNull(main, "main");
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    if (!files.containsKey(main)) {
      throw new IllegalArgumentException("rendition lacks its main file " + main);
    }
    for (String path : files.keySet()) {
      if (path.isBlank() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
        throw new IllegalArgumentException("not a safe relative path: '" + path + "'");
      }
    }
  }

  /** The text of the main document. */
  public String mainText() {
    return files.get(main);
  }
}
