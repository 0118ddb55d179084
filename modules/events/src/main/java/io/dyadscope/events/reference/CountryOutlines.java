package io.dyadscope.events.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Country outlines (Natural Earth admin-0, simplified; {@code countries-simplified.geojson.gz}
 * beside this class, see the README there) for placing a point in a country: {@link #locate}
 * answers the ISO alpha-3 code of the outline holding a longitude/latitude. Simplified outlines
 * are about a kilometre off along borders and coasts, so a point that close to a border may be
 * placed on the wrong side or in none; outlines without an ISO code (Siachen, Northern Cyprus...)
 * place nothing.
 */
public final class CountryOutlines {

  static final String RESOURCE = "countries-simplified.geojson.gz";

  /** One country's rings (outer boundaries and holes alike: the even-odd rule tells inside). */
  private record Shape(String iso3, double minX, double minY, double maxX, double maxY, List<double[]> rings) {

    boolean contains(double x, double y) {
      if (x < minX || x > maxX || y < minY || y > maxY) {
        return false;
      }
      boolean inside = false;
      for (double[] r : rings) {
        int n = r.length / 2;
        for (int i = 0, j = n - 1; i < n; j = i++) {
          double xi = r[2 * i];
          double yi = r[2 * i + 1];
          double xj = r[2 * j];
          double yj = r[2 * j + 1];
          if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
            inside = !inside;
          }
        }
      }
      return inside;
    }
  }

  private static final class Holder {
    static final CountryOutlines STANDARD = load();
  }

  private final List<Shape> shapes;

  private CountryOutlines(List<Shape> shapes) {
    this.shapes = List.copyOf(shapes);
  }

  /** The outlines shipped with Dyadscope, read once on first use. */
  public static CountryOutlines standard() {
    return Holder.STANDARD;
  }

  /** The country whose outline holds the point, or empty (sea, a border zone, an area without ISO code). */
  public Optional<String> locate(double latitude, double longitude) {
    if (!Double.isFinite(latitude) || !Double.isFinite(longitude) || Math.abs(latitude) > 90
        || Math.abs(longitude) > 180) {
      return Optional.empty();
    }
    for (Shape s : shapes) {
      if (s.contains(longitude, latitude)) {
        return Optional.of(s.iso3());
      }
    }
    return Optional.empty();
  }

  /** How many countries have an outline. */
  public int size() {
    return shapes.size();
  }

  private static CountryOutlines load() {
    try (InputStream raw = CountryOutlines.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException("reference table missing from the classpath: " + RESOURCE);
      }
      JsonNode root = new ObjectMapper().readTree(new GZIPInputStream(raw));
      List<Shape> out = new ArrayList<>();
      for (JsonNode f : root.path("features")) {
        String iso3 = f.path("properties").path("iso_a3").asText("");
        if (!iso3.matches("[A-Z]{3}")) {
          continue;
        }
        JsonNode g = f.path("geometry");
        List<double[]> rings = new ArrayList<>();
        if (g.path("type").asText().equals("Polygon")) {
          g.path("coordinates").forEach(ring -> rings.add(ring(ring)));
        } else if (g.path("type").asText().equals("MultiPolygon")) {
          g.path("coordinates").forEach(poly -> poly.forEach(ring -> rings.add(ring(ring))));
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] r : rings) {
          for (int i = 0; i < r.length; i += 2) {
            minX = Math.min(minX, r[i]);
            maxX = Math.max(maxX, r[i]);
            minY = Math.min(minY, r[i + 1]);
            maxY = Math.max(maxY, r[i + 1]);
          }
        }
        if (!rings.isEmpty()) {
          out.add(new Shape(iso3, minX, minY, maxX, maxY, rings));
        }
      }
      return new CountryOutlines(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  private static double[] ring(JsonNode ring) {
    double[] r = new double[ring.size() * 2];
    int i = 0;
    for (JsonNode p : ring) {
      r[i++] = p.get(0).asDouble();
      r[i++] = p.get(1).asDouble();
    }
    return r;
  }
}
