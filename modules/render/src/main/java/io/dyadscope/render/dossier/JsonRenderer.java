package io.dyadscope.render.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.dyadscope.dossier.Dossier;
import java.util.Map;

/**
 * Writes a dossier as JSON: the records of {@link DossierJson} serialised by Jackson in their
 * declaration order, pretty printed with {@code \n} line ends on every platform.
 */
public final class JsonRenderer implements DossierRenderer {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .serializationInclusion(JsonInclude.Include.ALWAYS)
      .build();

  @Override
  public Rendition render(Dossier d, String baseName) {
    String main = baseName + ".json";
    return new Rendition(main, Map.of(main, write(DossierJson.of(d))));
  }

  /** Pretty JSON with two-space indent and {@code \n} line ends, ending in a newline. */
  static String write(Object value) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the dossier could not be written as JSON", e);
    }
  }
}
