package io.dyadscope.dossier.findings;

import java.util.List;

/**
 * A theoretical lens through which findings are read (realism, constructivism, liberalism).
 *
 * @param id      short key used by themes and rules, e.g. {@code realism}
 * @param name    display name, e.g. {@code Realism}
 * @param focus   what the lens pays attention to, as a clause that completes "it attends to ..."
 * @param expects what the lens predicts, each tested by a condition on a finding's metric
 */
public record Lens(String id, String name, String focus, List<Expectation> expects) {

  public Lens {
    id = Json.requireId(id, "lens id");
    name = Json.requireText(name, "name of lens " + id);
    focus = Json.requireText(focus, "focus of lens " + id);
    expects = List.copyOf(expects);
  }

  /** A lens without stated expectations. */
  public Lens(String id, String name, String focus) {
    this(id, name, focus, List.of());
  }

  /**
   * Something a lens predicts of the evidence, e.g. realism: "violence along the border to persist",
   * borne out when {@code test} holds.
   *
   * @param text what is expected, as a clause completing "it expects ..."
   * @param test the condition on a finding that bears it out
   */
  public record Expectation(String text, Condition test) {

    public Expectation {
      text = Json.requireText(text, "text of a lens expectation");
      java.util.Objects.requireNonNull(test, "test");
    }
  }
}
