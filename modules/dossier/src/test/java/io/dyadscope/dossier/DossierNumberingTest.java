package io.dyadscope.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.testdata.SeedFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tables and charts are numbered 1, 2, 3... in order: the text and the audit refer to them by number. */
class DossierNumberingTest {

  static Dossier seed;

  @BeforeAll
  static void build() {
    seed = SeedFixture.dossier();
  }

  private static Dossier with(List<TableView> tables, List<Chart> charts) {
    Dossier d = seed;
    return new Dossier(d.title(), d.dyad(), d.first(), d.second(), d.target(), d.targetReason(), d.summary(),
        d.highlights(), d.data(), d.themes(), tables, charts, d.discussion(), d.recommendations(), d.audit(),
        d.methods(), d.appendix(), d.colophon(), d.supplements(), d.primary());
  }

  @Test
  void theBuiltDossierNumbersItsTablesAndChartsInOrder() {
    assertThat(seed.tables()).extracting(TableView::number).startsWith(1, 2, 3);
    assertThat(seed.charts()).extracting(Chart::number).startsWith(1, 2);
  }

  @Test
  void tablesOutOfOrderAreRefused() {
    List<TableView> swapped = new ArrayList<>(seed.tables());
    swapped.set(0, seed.tables().get(1));
    swapped.set(1, seed.tables().get(0));
    assertThatThrownBy(() -> with(swapped, seed.charts())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the dossier's tables must be numbered 1, 2, 3... in order, not [2, 1, 3,");
  }

  @Test
  void aMissingChartNumberIsRefused() {
    List<Chart> gap = new ArrayList<>(seed.charts());
    gap.remove(0);
    assertThatThrownBy(() -> with(seed.tables(), gap))
        .hasMessageStartingWith("the dossier's charts must be numbered 1, 2, 3... in order, not [2,");
  }
}
