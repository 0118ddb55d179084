package io.dyadscope.render.chart;

import java.util.List;

/**
 * Areas shaded by a count, for an SVG choropleth ({@link Charts#draw(MapPlot)}): each area's
 * outline, and the value shaded for each area with data ({@code null} where its data record none).
 * {@code what} names the count ({@code Events}, {@code Fatalities}).
 */
public record MapPlot(String what, List<Outline> outlines, List<Count> counts) {

  public MapPlot {
    outlines = List.copyOf(outlines);
    counts = List.copyOf(counts);
  }

  /**
   * An area's rings, each a flat list of longitude, latitude pairs, under its code; a code ending in
   * {@code ~} is a pseudo-code for an area without an official one (drawn hatched, never joined).
   */
  public record Outline(String code, String name, String country, List<double[]> rings) {
    public boolean pseudo() {
      return code.endsWith("~");
    }
  }

  /** The value shaded for the area {@code code}: null when its data do not record it. */
  public record Count(String code, Long value) {}
}
