package io.dyadscope.dossier.findings;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Optional;

/**
 * The lenses and themes of a study, in display order. The default catalogue is the resource
 * {@code themes.json} beside this class: {@code {"lenses": [{id, name, focus, expects: [{text,
 * finding, metric, op, value}]}], "themes": [{id,
 * title, lenses: [lens ids], question}]}}. Every lens a theme names must be listed.
 */
public final class ThemeCatalogue {

  private final Map<String, Lens> lenses;
  private final Map<String, Theme> themes;

  public ThemeCatalogue(List<Lens> lenses, List<Theme> themes) {
    Json.requireUniqueIds(lenses, Lens::id, "lens");
    Json.requireUniqueIds(themes, Theme::id, "theme");
    Map<String, Lens> l = new LinkedHashMap<>();
    lenses.forEach(lens -> l.put(lens.id(), lens));
    Map<String, Theme> t = new LinkedHashMap<>();
    for (Theme theme : themes) {
      t.put(theme.id(), theme);
      for (String id : theme.lenses()) {
        if (!l.containsKey(id)) {
          throw new IllegalArgumentException("theme " + theme.id() + " names unknown lens '" + id + "'");
        }
      }
    }
    this.lenses = Collections.unmodifiableMap(l);
    this.themes = Collections.unmodifiableMap(t);
  }

  // Loading is shared (Json.standard: the resource beside the class, read on first use); what repeats
  // with the other definition files is each one's typed standard() and read(Reader), which callers name.
  private static final Supplier<ThemeCatalogue> STANDARD =
      Json.standard(ThemeCatalogue.class, "themes.json", ThemeCatalogue::read);

  /** The catalogue shipped with Dyadscope: the seven themes of the seed study. */
  public static ThemeCatalogue standard() {
    return STANDARD.get();
  }

  /** Reads a catalogue in the {@code themes.json} form. */
  public static ThemeCatalogue read(Reader reader) throws IOException {
    JsonNode root = Json.parse(reader, "theme catalogue");
    List<Lens> lenses = new ArrayList<>();
    for (JsonNode n : Json.array(root, "lenses", "theme catalogue")) {
      String lens = n.path("id").asText("without id");
      if (n.has("expects")) {
        throw new IllegalArgumentException("lens " + lens + ": 'expects' is replaced by 'implications' (text, test,"
            + " against)");
      }
      List<Lens.Implication> implications = new ArrayList<>();
      for (JsonNode e : Json.optionalArray(n, "implications")) {
        try {
          implications.add(new Lens.Implication(Json.text(e, "text"),
              RecommendationRules.conditions(Json.optionalArray(e, "test")),
              RecommendationRules.conditions(Json.optionalArray(e, "against"))));
        } catch (IllegalArgumentException x) {
          throw new IllegalArgumentException("lens " + lens + ", implication " + (implications.size() + 1) + ": "
              + x.getMessage(), x);
        }
      }
      lenses.add(new Lens(Json.text(n, "id"), Json.text(n, "name"), Json.text(n, "focus"), implications));
    }
    List<Theme> themes = new ArrayList<>();
    for (JsonNode n : Json.array(root, "themes", "theme catalogue")) {
      themes.add(new Theme(Json.text(n, "id"), Json.text(n, "title"), Json.texts(n, "lenses"),
          Json.optionalText(n, "question", "")));
    }
    return new ThemeCatalogue(lenses, themes);
  }

  public List<Lens> lenses() {
    return List.copyOf(lenses.values());
  }

  public List<Theme> themes() {
    return List.copyOf(themes.values());
  }

  public Optional<Theme> theme(String id) {
    return Optional.ofNullable(themes.get(id));
  }

  public Optional<Lens> lens(String id) {
    return Optional.ofNullable(lenses.get(id));
  }
}
