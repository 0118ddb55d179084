package io.dyadscope.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dyadscope.evidence.Subdivisions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Makes the map's shipped geometry ({@code io/dyadscope/web/map/admin1.json}) from the shared
 * simplified admin-1 boundaries: only the countries listed, each division under its ISO 3166-2 code
 * with the gazetteer's name, a former division's rings joined to the division that absorbed it (so
 * one shape per division of today), pseudo-codes (ending in {@code ~}) kept but marked. Coordinates
 * are kept as the source rounds them (3 decimals). Run by {@link ShippedBoundariesTest}, which fails
 * when the shipped file differs from what this makes.
 */
final class BoundaryExtract {

  /** Countries (ISO 3166-1 alpha-3) whose divisions are shipped: those of the default dataset's dyads. */
  static final List<String> COUNTRIES = List.of("AFG", "PAK");
  /** Former divisions and the division of today that absorbed them. */
  static final Map<String, String> MERGED = Map.of("PK-TA", "PK-KP");

  static final String ATTRIBUTION = "Made with Natural Earth. Includes data © OpenStreetMap contributors (ODbL), via "
      + "Elastic Maps Service (elastic/ems-file-service).";

  private BoundaryExtract() {}

  static String extract(Path admin1Gz) throws IOException {
    JsonNode root;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(admin1Gz))) {
      root = new ObjectMapper().readTree(in);
    }
    Map<String, List<String>> from = new TreeMap<>();
    Map<String, List<String>> rings = new TreeMap<>();
    Map<String, String> country = new TreeMap<>();
    for (JsonNode f : root.get("features")) {
      JsonNode p = f.get("properties");
      String a3 = p.get("adm0_a3").asText();
      if (!COUNTRIES.contains(a3)) {
        continue;
      }
      String source = p.get("iso_3166_2").asText();
      String code = MERGED.getOrDefault(source, source);
      if (!code.endsWith("~") && Subdivisions.standard().byCode(code).isEmpty()) {
        throw new IllegalStateException(source + " (" + p.get("name").asText() + ") is not in the subdivision gazetteer");
      }
      country.put(code, a3);
      from.computeIfAbsent(code, k -> new ArrayList<>()).add(source);
      JsonNode g = f.get("geometry");
      List<JsonNode> polygons = new ArrayList<>();
      if (g.get("type").asText().equals("Polygon")) {
        polygons.add(g.get("coordinates"));
      } else {
        g.get("coordinates").forEach(polygons::add);
      }
      for (JsonNode poly : polygons) {
        for (JsonNode ring : poly) {
          StringBuilder b = new StringBuilder("[");
          for (JsonNode pt : ring) {
            b.append(b.length() > 1 ? "," : "").append(num(pt.get(0).asDouble())).append(',')
                .append(num(pt.get(1).asDouble()));
          }
          rings.computeIfAbsent(code, k -> new ArrayList<>()).add(b.append(']').toString());
        }
      }
    }
    StringBuilder out = new StringBuilder("{\"attribution\":").append(quote(ATTRIBUTION))
        .append(",\"source\":\"admin1-simplified.geojson.gz, SHA-256 ").append(io.dyadscope.evidence.Hashing
            .sha256(Files.readAllBytes(admin1Gz))).append("\",\"features\":[\n");
    boolean first = true;
    for (String code : rings.keySet()) {
      String name = Subdivisions.standard().byCode(code).map(Subdivisions.Subdivision::name).orElse(code);
      out.append(first ? "" : ",\n").append("{\"code\":").append(quote(code)).append(",\"name\":").append(quote(name))
          .append(",\"country\":").append(quote(country.get(code))).append(",\"from\":[")
          .append(String.join(",", from.get(code).stream().sorted().map(BoundaryExtract::quote).toList()))
          .append("],\"rings\":[").append(String.join(",", rings.get(code))).append("]}");
      first = false;
    }
    return out.append("\n]}\n").toString();
  }

  private static String num(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.equals("-0") ? "0" : s;
  }

  private static String quote(String s) {
    try {
      return new ObjectMapper().writeValueAsString(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the shipped file: {@code BoundaryExtract SHARED_ADMIN1_GZ OUT_JSON}. */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[1]), extract(Path.of(args[0])), StandardCharsets.UTF_8);
  }
}
