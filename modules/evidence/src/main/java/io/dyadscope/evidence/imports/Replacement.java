package io.dyadscope.evidence.imports;

import io.dyadscope.evidence.text.Figures;
import java.math.BigDecimal;

/**
 * An observation whose value, unit or note an import changed. The key is unchanged by
 * definition: a different key is a different observation.
 *
 * @param id       the observation's id ({@code o-...})
 * @param key      the observation's key ({@link io.dyadscope.evidence.Observation#key()})
 * @param oldValue value before the import
 * @param newValue value after it
 * @param oldUnit  unit before
 * @param newUnit  unit after
 * @param oldNote  note before
 * @param newNote  note after
 */
public record Replacement(String id, String key, double oldValue, double newValue, String oldUnit,
    String newUnit, String oldNote, String newNote) {

  public Replacement {
    if (id == null || id.isBlank() || key == null || key.isBlank()) {
      throw new IllegalArgumentException("replacement needs an id and a key: " + id + " " + key);
    }
    oldUnit = oldUnit == null ? "" : oldUnit;
    newUnit = newUnit == null ? "" : newUnit;
    oldNote = oldNote == null ? "" : oldNote;
    newNote = newNote == null ? "" : newNote;
  }

  /**
   * One line for a user, e.g.
   * {@code o-1a2b3c4d5e6f trade.total|PAK-AFG|...: 1750 -> 1800 USD million}.
   */
  public String describe() {
    StringBuilder b = new StringBuilder(id).append(' ').append(key).append(": ");
    b.append(Figures.exact(oldValue));
    if (!oldUnit.equals(newUnit)) {
      b.append(' ').append(oldUnit);
    }
    b.append(" -> ").append(Figures.exact(newValue)).append(' ').append(newUnit);
    if (!oldNote.equals(newNote)) {
      b.append("; note '").append(oldNote).append("' -> '").append(newNote).append('\'');
    }
    return b.toString();
  }
}
