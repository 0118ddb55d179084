package io.dyadscope.audit.table;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.extract.Amount;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.List;

/**
 * A plain-text table read into columns, rows and cells, with the claims its cells make.
 *
 * @param region  where it stands
 * @param caption the caption without its {@code Table N:} prefix
 * @param columns its columns, left to right
 * @param rows    its rows, top to bottom
 * @param cells   every cell that holds a number (a breakdown cell such as {@code KP: 60%, Punjab:
 *                20%} gives one cell per part)
 * @param period  the period the caption names ({@code (2024)}), or null
 * @param status  projection when the caption says so ("Projected ..."), else reported
 */
public record TextTable(TableRegion region, String caption, List<Column> columns, List<Row> rows, List<Cell> cells,
    Period period, Status status) {

  public TextTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    cells = List.copyOf(cells);
  }

  /**
   * Headers of number columns that are exactly a phrase of {@code lexicon} and yet name no
   * quantity of it: the table set them apart as their own quantities (see {@code ColumnNames}).
   */
  public List<String> ownQuantityHeaders(io.dyadscope.audit.extract.Lexicon lexicon) {
    List<String> out = new java.util.ArrayList<>();
    for (Column c : columns) {
      if (c.role() == Role.NUMBER && c.indicator() == null && lexicon.indicatorOf(c.header().strip()).isPresent()) {
        out.add(c.header().strip());
      }
    }
    return out;
  }

  /** {@code Table 3}. */
  public String name() {
    return "Table " + region.number();
  }

  /** What a column holds. */
  public enum Role {
    /** Row labels: years, initiatives, categories. */
    LABEL,
    /** One number per row. */
    NUMBER,
    /** A breakdown per row: {@code KP: 60%, Punjab: 20%}. */
    PARTS,
    /** Words: "Key Challenges". */
    TEXT
  }

  /**
   * A column.
   *
   * @param index     position from 0
   * @param header    its header, reassembled from the wrapped header lines
   * @param role      what it holds
   * @param indicator the indicator its header names, or null
   * @param entity    the country, province or initiative its header names, or null
   * @param period    the year its header is ({@code 2023}), or null
   * @param partial   true when the header says the parts are a selection ("Major Host Provinces")
   */
  public record Column(int index, String header, Role role, String indicator, String entity, Period period,
      boolean partial) {

    /** True for a column of totals ("Total Incidents"). */
    public boolean isTotal() {
      return header.toLowerCase(java.util.Locale.ROOT).startsWith("total");
    }
  }

  /**
   * A row.
   *
   * @param index     position from 0
   * @param line      its line (the one holding its numbers)
   * @param label     its label as written on that line
   * @param period    the year its label names, or null
   * @param entity    the initiative, country or province its label names, or null
   * @param indicator the indicator its label names, or null
   */
  public record Row(int index, int line, String label, Period period, String entity, String indicator) {

    public boolean isTotal() {
      return label.toLowerCase(java.util.Locale.ROOT).startsWith("total");
    }
  }

  /**
   * A cell holding a number.
   *
   * @param row    row index
   * @param column column index
   * @param part   label of the part within a breakdown cell ({@code KP}), or empty
   * @param text   the number as written
   * @param amount the number read, in base units (dollars, counts, percentage points)
   * @param claim  the claim it makes, or null when its quantity could not be told
   */
  public record Cell(int row, int column, String part, String text, Amount amount, Claim claim) {}
}
