package io.dyadscope.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadscope.dossier.findings.Json;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The charts of a dossier, numbered in order. The default set is the resource {@code charts.json}
 * beside this class: {@code {"charts": [{id, kind, title, indicator | indicators, subject | subjects,
 * groups, terms}]}}.
 */
public record ChartSpecs(List<ChartSpec> charts) {

  public ChartSpecs {
    charts = List.copyOf(charts);
    Json.requireUniqueIds(charts, ChartSpec::id, "chart");
  }

  private static final Supplier<ChartSpecs> STANDARD = Json.standard(ChartSpecs.class, "charts.json", ChartSpecs::read);

  /** Trade, incidents, refugees, opinion by country, and initiatives. */
  public static ChartSpecs standard() {
    return STANDARD.get();
  }

  public static ChartSpecs read(Reader reader) throws IOException {
    return new ChartSpecs(Json.entries(reader, "charts", "chart definitions", n -> {
      List<String> indicators = new ArrayList<>(Json.texts(n, "indicator"));
      indicators.addAll(Json.texts(n, "indicators"));
      String subject = Json.optionalText(n, "subject", Json.optionalText(n, "subjects", ""));
      return new ChartSpec(Json.text(n, "id"), Json.text(n, "kind"), Json.text(n, "title"), indicators, subject,
          Json.optionalText(n, "groups", "indicator"), Json.texts(n, "terms"));
    }));
  }
}
