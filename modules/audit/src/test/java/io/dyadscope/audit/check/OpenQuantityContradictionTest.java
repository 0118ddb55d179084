package io.dyadscope.audit.check;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Contradictions among quantities no lexicon names, read from the sentences themselves. */
class OpenQuantityContradictionTest {

  private static List<AuditFinding> contradictions(String text) {
    return findings(audit(text), Checks.CONTRADICTION);
  }

  @Test
  void theNounAfterTwoNumbersMakesThemOneQuantity() {
    List<AuditFinding> f = contradictions("""
        The Kalora-Vesti complex handled 7.2 million crossings in 2023, its busiest year.
        Officials at the complex said the 8.4 million crossings recorded in 2023 strained the staff.
        """);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(f.get(0).lines()).containsExactly(1, 2);
    assertThat(f.get(0).message()).isEqualTo("'crossing' (a quantity read from the text) for Pakistan-Afghanistan"
        + " in 2023 is given different values: 7.2 million (line 1) vs 8.4 million (line 2)");
  }

  @Test
  void theSameQuantityInDifferentYearsIsNoContradiction() {
    assertThat(contradictions("""
        The Kalora-Vesti complex handled 7.2 million crossings in 2023, its busiest year.
        Officials at the complex said 8.4 million crossings were recorded in 2024.
        """)).isEmpty();
  }

  @Test
  void aPhraseBeforeItsVerbNamesTheQuantityAndItsPrepositionalPhraseIsDropped() {
    List<AuditFinding> f = contradictions("""
        Afghan visitor arrivals in Pakistan numbered 1.05 million in 2023.
        Interviewees in Peshawar cited the 1.5 million Afghan visitors recorded in 2023.
        """);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).lines()).containsExactly(1, 2);
  }

  @Test
  void differentNounsAreDifferentQuantities() {
    assertThat(contradictions("""
        Afghan visitor arrivals in Pakistan numbered 1.05 million in 2023.
        Interviewees in Peshawar cited the 1.5 million Afghan vehicles recorded in 2023.
        """)).isEmpty();
  }

  @Test
  void figuresCountedAtTwoDifferentPlacesAreNotCompared() {
    assertThat(contradictions("""
        Person crossings on the Afghan-Pakistani border totalled some 3 million in 2024.
        Kalora-Vesti alone handled 1.42 million person crossings in 2024.
        """)).isEmpty();
  }

  @Test
  void figuresCountedAtOneNamedPlaceAreCompared() {
    assertThat(contradictions("""
        Kalora-Vesti handled 3 million person crossings in 2024.
        Kalora-Vesti alone handled 1.42 million person crossings in 2024.
        """)).flatExtracting(AuditFinding::lines).containsExactly(1, 2);
  }

  @Test
  void twoColumnsOfOneTableRowReadAsOneQuantityAreAlternatives() {
    assertThat(contradictions("""
        In 2024 there were 197 attacks and 412 security incidents in all.

        Table 1. Security incidents by type

        | Year | Attacks | Total incidents |
        |------|--------:|----------------:|
        | 2024 | 197 | 412 |
        """)).isEmpty();
  }

  @Test
  void aFigureAgreeingWithNoColumnOfTheRowIsAContradiction() {
    List<AuditFinding> f = contradictions("""
        In 2024 there were 450 security incidents in all.

        Table 1. Security incidents by type

        | Year | Attacks | Total incidents |
        |------|--------:|----------------:|
        | 2024 | 197 | 412 |
        """);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).lines()).containsExactly(1, 7);
  }

  private static final String CROSSINGS_TABLE = """
      Table 2. Border crossings by crossing point, 2024 (thousands)

      Crossing point            Persons    Vehicles
      Kalora-Vesti                1,240         186
      Marin-Tosk                    980         142
      """;

  @Test
  void aTableColumnNamingItsOwnQuantityIsComparedWithTheTextAtTheRowsPlace() {
    List<AuditFinding> f = contradictions("Kalora-Vesti alone handled 1.42 million person crossings in 2024.\n\n"
        + CROSSINGS_TABLE);

    assertThat(f).hasSize(1);
    assertThat(f.get(0).message()).contains("1.42 million (line 1)").contains("1,240 (line 6, Table 2)");
  }

  @Test
  void aFigureOfAnotherPlaceIsNotComparedWithATableRow() {
    assertThat(contradictions("Person crossings on the whole border totalled 1.42 million in 2024.\n\n"
        + CROSSINGS_TABLE)).isEmpty();
  }

  @Test
  void twoColumnsOfOneTableSharingAHeaderAreNotCompared() {
    assertThat(contradictions("""
        Table 3. Trucks counted, by part of the border

        Year    North trucks    Gap    South trucks    Gap
        2024           1,200     40           3,100     90
        """)).isEmpty();
  }
}
