package io.dyadscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The map's shipped geometry is exactly what {@link BoundaryExtract} makes from the shared boundaries. */
class ShippedBoundariesTest {

  static final Path SHIPPED = Path.of("src/main/resources/io/dyadscope/web/map/admin1.json");

  @Test
  void theShippedGeometryIsTheExtractOfTheSharedBoundaries() throws Exception {
    Path gz = SharedData.data("reference/boundaries/admin1-simplified.geojson.gz");
    String made = BoundaryExtract.extract(gz);
    if (Boolean.getBoolean("dyadscope.writeBoundaries")) {
      Files.writeString(SHIPPED, made);
    }
    assertThat(Files.readString(SHIPPED)).isEqualTo(made);
  }
}
