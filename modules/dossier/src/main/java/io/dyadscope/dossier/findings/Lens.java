package io.dyadscope.dossier.findings;

import java.util.List;

/**
 * A theoretical lens through which findings are read (realism, constructivism, liberalism).
 *
 * @param id           short key used by themes and rules, e.g. {@code realism}
 * @param name         display name, e.g. {@code Realism}
 * @param focus        what the lens pays attention to, as a clause that completes "it attends to ..."
 * @param implications what the lens predicts one could observe, each a hypothesis the data can fail
 */
public record Lens(String id, String name, String focus, List<Implication> implications) {

  public Lens {
    id = Json.requireId(id, "lens id");
    name = Json.requireText(name, "name of lens " + id);
    focus = Json.requireText(focus, "focus of lens " + id);
    implications = List.copyOf(implications);
  }

  /** A lens without stated implications. */
  public Lens(String id, String name, String focus) {
    this(id, name, focus, List.of());
  }

  /**
   * An observable implication of a lens, e.g. liberalism: "trade to rise as ties deepen". It is
   * consistent with the data when every condition of {@code test} holds; inconsistent when every
   * condition of {@code against} holds or, without {@code against}, when a condition of
   * {@code test} fails; otherwise the data cannot tell (a finding missing, too few points, only
   * published projections, or a change within the series' own noise).
   *
   * @param text    what is implied, as a clause completing "it implies ..."
   * @param test    the conditions that make it consistent
   * @param against the conditions that make it inconsistent; empty: any failing {@code test}
   */
  public record Implication(String text, List<Condition> test, List<Condition> against) {

    public Implication {
      text = Json.requireText(text, "text of a lens implication");
      test = List.copyOf(test);
      against = List.copyOf(against);
      if (test.isEmpty()) {
        throw new IllegalArgumentException("lens implication '" + text + "' has no test");
      }
    }
  }
}
