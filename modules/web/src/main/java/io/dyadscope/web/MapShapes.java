package io.dyadscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.dyadscope.render.chart.MapPlot.Outline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The first-level divisions the map can draw: the shipped geometry ({@code map/admin1.json}, made by
 * the tests' {@code BoundaryExtract} from Natural Earth admin-1 boundaries via Elastic Maps Service;
 * attribution in NOTICE and in {@link #attribution()}). One shape per division of today, under its
 * ISO 3166-2 code; a code ending in {@code ~} is Natural Earth's pseudo-code for an area without one.
 * Each is the render module's {@link Outline}, which the map draws.
 */
final class MapShapes {

  private static final MapShapes STANDARD = load();

  private final String attribution;
  private final List<Outline> shapes;

  private MapShapes(String attribution, List<Outline> shapes) {
    this.attribution = attribution;
    this.shapes = List.copyOf(shapes);
  }

  static MapShapes standard() {
    return STANDARD;
  }

  String attribution() {
    return attribution;
  }

  /** The shapes of the countries given (ISO 3166-1 alpha-3), by code. */
  List<Outline> of(List<String> countries) {
    return shapes.stream().filter(s -> countries.contains(s.country())).toList();
  }

  private static MapShapes load() {
    try (InputStream in = MapShapes.class.getResourceAsStream("map/admin1.json")) {
      if (in == null) {
        throw new IllegalStateException("map/admin1.json missing beside " + MapShapes.class.getName());
      }
      JsonNode root = WebServer.JSON.readTree(in);
      List<Outline> out = new ArrayList<>();
      for (JsonNode f : root.get("features")) {
        List<double[]> rings = new ArrayList<>();
        for (JsonNode r : f.get("rings")) {
          double[] xy = new double[r.size()];
          for (int i = 0; i < xy.length; i++) {
            xy[i] = r.get(i).asDouble();
          }
          rings.add(xy);
        }
        out.add(new Outline(f.get("code").asText(), f.get("name").asText(), f.get("country").asText(), rings));
      }
      return new MapShapes(root.get("attribution").asText(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
