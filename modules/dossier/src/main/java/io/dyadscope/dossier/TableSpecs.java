package io.dyadscope.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadscope.dossier.findings.Json;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The tables of a dossier, numbered in order. The default set is the resource {@code tables.json}
 * beside this class: {@code {"tables": [{id, title, rows: [...], columns: [...], series:
 * [{indicator, subject, heading}], note}]}}.
 */
public record TableSpecs(List<TableSpec> tables) {

  public TableSpecs {
    tables = List.copyOf(tables);
    Json.requireUniqueIds(tables, TableSpec::id, "table");
  }

  private static final Supplier<TableSpecs> STANDARD = Json.standard(TableSpecs.class, "tables.json", TableSpecs::read);

  /** Tables 1 to 5 of the seed study. */
  public static TableSpecs standard() {
    return STANDARD.get();
  }

  public static TableSpecs read(Reader reader) throws IOException {
    return new TableSpecs(Json.entries(reader, "tables", "table definitions", n -> {
      List<SeriesSelector> series = new ArrayList<>();
      for (JsonNode s : Json.array(n, "series", "table " + n.path("id").asText())) {
        series.add(new SeriesSelector(Json.text(s, "indicator"), Json.text(s, "subject"),
            Json.optionalText(s, "heading", "")));
      }
      return new TableSpec(Json.text(n, "id"), Json.text(n, "title"), Json.texts(n, "rows"),
          Json.texts(n, "columns"), series, Json.optionalText(n, "note", ""));
    }));
  }
}
