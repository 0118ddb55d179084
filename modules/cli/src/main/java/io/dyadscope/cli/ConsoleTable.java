package io.dyadscope.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for terminal output: left-aligned text, right-aligned numbers. */
final class ConsoleTable {

  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  ConsoleTable(String... header) {
    this.header = List.of(header);
  }

  /** Prints {@code rows} under {@code header} as one table. */
  static void print(PrintWriter out, List<String> header, List<List<Object>> rows) {
    ConsoleTable t = new ConsoleTable(header.toArray(String[]::new));
    rows.forEach(r -> t.row(r.toArray()));
    t.print(out);
  }

  ConsoleTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
    }
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(c == null ? "" : c.toString());
    }
    rows.add(r);
    return this;
  }

  /** Prints a blank line, {@code title} and the table: a section of a longer listing, left out when it has no rows. */
  void printSection(PrintWriter out, String title) {
    if (rows.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    print(out);
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    int[] width = new int[header.size()];
    boolean[] numeric = new boolean[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      numeric[i] = !rows.isEmpty();
    }
    for (List<String> r : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], r.get(i).length());
        numeric[i] &= r.get(i).isEmpty() || r.get(i).matches("[-+]?[\\d,]*\\.?\\d+%?");
      }
    }
    line(out, header, width, numeric);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.println(rule);
    for (List<String> r : rows) {
      line(out, r, width, numeric);
    }
    out.flush();
  }

  private static void line(PrintWriter out, List<String> cells, int[] width, boolean[] numeric) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      sb.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + c : c + (i == width.length - 1 ? "" : pad));
    }
    out.println(sb.toString().stripTrailing());
  }
}
