package io.dyadscope.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadscope.dossier.findings.Json;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

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

  private static final class Default {
    static final TableSpecs INSTANCE = Json.loadResource(TableSpecs.class, "tables.json", TableSpecs::read);
  }

  /** Tables 1 to 5 of the seed study. */
  public static TableSpecs standard() {
    return Default.INSTANCE;
  }

  public static TableSpecs read(Reader reader) throws IOException {
    JsonNode root = Json.parse(reader, "table definitions");
    List<TableSpec> list = new ArrayList<>();
    for (JsonNode n : Json.array(root, "tables", "table definitions")) {
      List<SeriesSelector> series = new ArrayList<>();
      for (JsonNode s : Json.array(n, "series", "table " + n.path("id").asText())) {
        series.add(new SeriesSelector(Json.text(s, "indicator"), Json.text(s, "subject"),
            Json.optionalText(s, "heading", "")));
      }
      list.add(new TableSpec(Json.text(n, "id"), Json.text(n, "title"), Json.texts(n, "rows"),
          Json.texts(n, "columns"), series, Json.optionalText(n, "note", "")));
    }
    return new TableSpecs(list);
  }
}
