package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A section of a longer listing: a blank line, its title and its table, or nothing when it has no rows. */
class ConsoleTableTest {

  @Test
  void aSectionWithRowsIsABlankLineTheTitleAndTheTable() {
    StringWriter w = new StringWriter();
    new ConsoleTable("period", "events").row("2024-01", 12).printSection(new PrintWriter(w, true), "Events");
    assertThat(w.toString().split("\n", -1)).startsWith("", "Events").contains("2024-01      12");
  }

  @Test
  void aSectionWithoutRowsPrintsNothing() {
    StringWriter w = new StringWriter();
    new ConsoleTable("period", "events").printSection(new PrintWriter(w, true), "Events");
    assertThat(w.toString()).isEmpty();
  }

  @Test
  void rowsUnderAHeaderPrintAsOneTable() {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    ConsoleTable.print(new PrintWriter(a, true), List.of("code", "n"), List.of(List.of("xx", 1), List.of("y", 22)));
    new ConsoleTable("code", "n").row("xx", 1).row("y", 22).print(new PrintWriter(b, true));
    assertThat(a.toString()).isEqualTo(b.toString()).contains("y     22");
  }
}
