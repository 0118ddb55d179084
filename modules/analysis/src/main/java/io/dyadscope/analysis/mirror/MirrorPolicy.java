package io.dyadscope.analysis.mirror;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * When a gap between mirror figures is worth a flag, kept as data ({@code mirror-policy.json}).
 *
 * @param cifFobMargin the share by which an importer's CIF figure is expected to exceed the
 *                     exporter's FOB figure for the same goods, 0 to 1
 * @param threshold    the share of the exporter's figure beyond which the margin-adjusted gap is
 *                     flagged, above 0
 * @param reasoning    why, in a sentence or two, for readers of the flag
 */
public record MirrorPolicy(double cifFobMargin, double threshold, String reasoning) {

  public MirrorPolicy {
    if (!(cifFobMargin >= 0 && cifFobMargin < 1)) {
      throw new IllegalArgumentException("CIF/FOB margin must be in [0, 1): " + cifFobMargin);
    }
    if (!(threshold > 0 && threshold < 10)) {
      throw new IllegalArgumentException("mirror threshold must be above 0: " + threshold);
    }
    if (reasoning == null || reasoning.isBlank()) {
      throw new IllegalArgumentException("a mirror policy needs its reasoning");
    }
  }

  private static final class Standard {
    static final MirrorPolicy INSTANCE = load();

    private static MirrorPolicy load() {
      String name = "mirror-policy.json";
      try (InputStream in = MirrorPolicy.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " missing from the classpath");
        }
        JsonNode n = new ObjectMapper().readTree(in);
        for (String f : new String[] {"cif_fob_margin", "threshold", "reasoning"}) {
          if (!n.has(f)) {
            throw new IllegalStateException(name + ": missing field '" + f + "'");
          }
        }
        return new MirrorPolicy(n.get("cif_fob_margin").asDouble(), n.get("threshold").asDouble(),
            n.get("reasoning").asText());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The policy shipped with Dyadscope: a 5% CIF/FOB margin, flags beyond 20%. */
  public static MirrorPolicy standard() {
    return Standard.INSTANCE;
  }
}
