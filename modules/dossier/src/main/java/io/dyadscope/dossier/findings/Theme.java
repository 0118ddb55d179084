package io.dyadscope.dossier.findings;

import java.util.List;

/**
 * A theme of the study, e.g. security and counterterrorism.
 *
 * @param id       short key used by finding rules, e.g. {@code security}
 * @param title    display title
 * @param lenses   ids of the lenses that read this theme, at least one
 * @param question what the theme asks of the data, shown above its findings
 */
public record Theme(String id, String title, List<String> lenses, String question) {

  public Theme {
    id = Json.requireId(id, "theme id");
    title = Json.requireText(title, "title of theme " + id);
    lenses = List.copyOf(lenses);
    if (lenses.isEmpty()) {
      throw new IllegalArgumentException("theme " + id + " names no lens");
    }
    question = question == null ? "" : question.strip();
  }
}
