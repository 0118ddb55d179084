package io.dyadscope.dossier.findings;

/**
 * A theoretical lens through which findings are read (realism, constructivism, liberalism).
 *
 * @param id    short key used by themes and rules, e.g. {@code realism}
 * @param name  display name, e.g. {@code Realism}
 * @param focus what the lens pays attention to, as a clause that completes "it attends to ..."
 */
public record Lens(String id, String name, String focus) {

  public Lens {
    id = Json.requireId(id, "lens id");
    name = Json.requireText(name, "name of lens " + id);
    focus = Json.requireText(focus, "focus of lens " + id);
  }
}
