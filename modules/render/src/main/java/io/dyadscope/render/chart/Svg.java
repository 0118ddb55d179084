package io.dyadscope.render.chart;

import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.text.Markup;

/**
 * A minimal writer of SVG documents: elements with attributes, escaped text, and coordinates
 * written with at most two decimals so that output is the same on every machine.
 */
public final class Svg {

  private final StringBuilder out = new StringBuilder();
  private final double width;
  private final String title;
  private double height;
  private int depth;

  /**
   * Starts a document of {@code width} by {@code height} user units with a title for screen readers;
   * the height may grow with {@link #height(double)} until {@link #finish()}.
   */
  public Svg(double width, double height, String title) {
    this.width = width;
    this.height = height;
    this.title = title;
    depth = 1;
    open("title").text(title).close("title");
  }

  /** Sets the document's final height. */
  public Svg height(double h) {
    this.height = h;
    return this;
  }

  /** Opens {@code <name attrs...>}; attributes are name/value pairs. */
  public Svg open(String name, Object... attrs) {
    start(name, attrs);
    out.append('>');
    depth++;
    return this;
  }

  /** Writes escaped text inside the element just opened. */
  public Svg text(String text) {
    out.append(Markup.escape(text));
    return this;
  }

  /** Closes the element opened last; {@code name} must match. */
  public Svg close(String name) {
    depth--;
    if (out.charAt(out.length() - 1) == '\n') {
      indent();
    }
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** Opens an element whose children follow on separate lines. */
  public Svg group(String name, Object... attrs) {
    open(name, attrs);
    out.append('\n');
    return this;
  }

  /** Writes an empty element {@code <name attrs.../>}. */
  public Svg empty(String name, Object... attrs) {
    start(name, attrs);
    out.append("/>\n");
    return this;
  }

  /** Writes {@code <name attrs...} on a new indented line, for the caller to end. */
  private void start(String name, Object... attrs) {
    indent();
    out.append('<').append(name);
    attributes(attrs);
  }

  /** Writes a text element at {@code (x, y)} with further attributes. */
  public Svg label(double x, double y, String text, Object... attrs) {
    Object[] all = new Object[attrs.length + 4];
    all[0] = "x";
    all[1] = x;
    all[2] = "y";
    all[3] = y;
    System.arraycopy(attrs, 0, all, 4, attrs.length);
    return open("text", all).text(text).close("text");
  }

  /** Ends the document and returns it. */
  public String finish() {
    depth = 0;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + num(width) + " " + num(height) + "\" width=\"" + num(width) + "\" height=\"" + num(height)
        + "\" role=\"img\" aria-label=\"" + Markup.escape(title) + "\">\n" + out + "</svg>\n";
  }

  private void attributes(Object[] attrs) {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    for (int i = 0; i < attrs.length; i += 2) {
      Object v = attrs[i + 1];
      String value = v instanceof Double d ? num(d) : v instanceof Integer n ? Integer.toString(n) : String.valueOf(v);
      out.append(' ').append(attrs[i]).append("=\"").append(Markup.escape(value)).append('"');
    }
  }

  private void indent() {
    out.append("  ".repeat(Math.max(0, depth)));
  }

  /** A coordinate with at most two decimals, no exponent, no trailing zeros. */
  public static String num(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("coordinate is not finite: " + v);
    }
    return Figures.decimals(v, 2);
  }

}
