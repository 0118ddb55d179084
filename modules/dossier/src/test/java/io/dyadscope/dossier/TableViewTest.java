package io.dyadscope.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a dossier table refuses to be: renderers lay cells under headings by position. */
class TableViewTest {

  private static final SourceLine NO_SOURCES = new SourceLine(List.of(), "");
  private static final TableRow ROW_2019 = new TableRow(List.of("2019"), List.of(new Cell(1700, "1,700"), Cell.EMPTY),
      false, "SBP2023");

  private static TableView table(int number, List<TableRow> rows, String empty) {
    return new TableView("trade", number, "Trade", List.of("Year"), List.of("Total", "Exports"), rows, List.of(),
        List.of(), empty, NO_SOURCES);
  }

  @Test
  void aRowUnderItsHeadingsIsATable() {
    assertThat(table(1, List.of(ROW_2019), "").rows()).containsExactly(ROW_2019);
  }

  @Test
  void aRowWithACellMoreThanTheColumnsIsRefused() {
    TableRow wide = new TableRow(List.of("2020"), List.of(Cell.EMPTY, Cell.EMPTY, Cell.EMPTY), false, "");
    assertThatThrownBy(() -> table(1, List.of(ROW_2019, wide), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table trade: a row of 1 labels and 3 cells under 1 row headings and 2 columns");
  }

  @Test
  void aRowWithoutItsLabelIsRefused() {
    TableRow unlabelled = new TableRow(List.of(), List.of(Cell.EMPTY, Cell.EMPTY), false, "");
    assertThatThrownBy(() -> table(1, List.of(unlabelled), ""))
        .hasMessage("table trade: a row of 0 labels and 2 cells under 1 row headings and 2 columns");
  }

  @Test
  void numbersStartAtOne() {
    assertThatThrownBy(() -> table(0, List.of(ROW_2019), "")).hasMessage("table trade: numbers start at 1, not 0");
  }

  @Test
  void aTableSaidToHaveNoDataHasNoRows() {
    assertThatThrownBy(() -> table(1, List.of(ROW_2019), "No data for trade.total."))
        .hasMessage("table trade says it has no data (No data for trade.total.) but has rows");
  }
}
