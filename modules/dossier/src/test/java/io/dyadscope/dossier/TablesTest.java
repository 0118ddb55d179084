package io.dyadscope.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.dossier.findings.Evidence;
import io.dyadscope.testdata.Synthetic;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Table assembly on the hand-made data of {@link Synthetic}. */
class TablesTest {

  static final String TABLES = """
      {"tables": [
        {"id": "trade", "title": "Trade of {first} with {second}", "rows": ["period"], "columns": ["indicator"],
         "series": [{"indicator": "trade.total", "subject": "{dyad}", "heading": "Total"},
                    {"indicator": "trade.exports", "subject": "{dyad}", "heading": "Exports"}],
         "note": "Values are {first}'s."},
        {"id": "opinion", "title": "Opinion", "rows": ["indicator", "period"], "columns": ["subject"],
         "series": [{"indicator": "opinion.negative", "subject": "countries", "heading": "Negative view"}]},
        {"id": "imports", "title": "Imports", "rows": ["period"], "columns": ["indicator"],
         "series": [{"indicator": "trade.imports", "subject": "{dyad}"}]}
      ]}
      """;

  static List<TableView> tables;

  @BeforeAll
  static void build() throws Exception {
    Evidence e = Synthetic.evidence();
    StudyData data = new StudyData(e.dyad(), e.gazetteer(), e.catalogue(), e.sources(), e.observations());
    tables = DossierBuilder.build(data, DossierOptions.standard()
        .withTables(TableSpecs.read(new StringReader(TABLES)))).tables();
  }

  private static List<String> texts(TableRow r) {
    return r.cells().stream().map(Cell::text).toList();
  }

  @Test
  void periodsBecomeRowsWithPublishedProjectionsMarked() {
    TableView t = tables.get(0);
    assertThat(t.number()).isEqualTo(1);
    assertThat(t.title()).isEqualTo("Trade of Pakistan with Afghanistan");
    assertThat(t.rowHeaders()).containsExactly("Year");
    // exports are named directly, so their column stays to show the gap
    assertThat(t.columns()).containsExactly("Total (USD million)", "Exports (USD million)");
    assertThat(t.rows()).extracting(r -> r.labels().get(0)).containsExactly("2018", "2019", "2020", "2022 projection");
    assertThat(t.rows()).extracting(TablesTest::texts).containsExactly(List.of("100", ""), List.of("80", ""),
        List.of("120", ""), List.of("150", ""));
    assertThat(t.rows()).extracting(TableRow::projected).containsExactly(false, false, false, true);
    assertThat(t.rows()).extracting(TableRow::sources).containsExactly("stats-2021", "stats-2021", "stats-2021",
        "outlook-2021");
    assertThat(t.sources().sourceIds()).containsExactly("outlook-2021", "stats-2021");
    assertThat(t.sources().text()).isEqualTo("Sources: Test Outlook 2021 [outlook-2021] and Test Statistics Office"
        + " 2021 [stats-2021].");
    assertThat(t.notes().get(0)).isEqualTo("Values are Pakistan's.");
  }

  @Test
  void publishedProjectionsStandBesideDyadscopesForecast() {
    List<Comparison> cmp = tables.get(0).comparisons();
    assertThat(cmp).hasSize(1);
    Comparison c = cmp.get(0);
    assertThat(c.series()).isEqualTo("Total");
    assertThat(c.target()).isEqualTo("2022");
    assertThat(c.published()).isEqualTo(150.0);
    assertThat(c.publishedBy()).isEqualTo("Test Outlook 2021");
    assertThat(c.forecast()).isEqualTo(120.0);
    // random walk on 100, 80, 120, two years ahead; t(0.90, 2 df) = 1.885618
    assertThat(c.lo80()).isCloseTo(120 - 1.885618083 * Math.sqrt(2000), within(1e-4));
    assertThat(c.method()).isEqualTo("last value");
    assertThat(c.confidence()).isEqualTo("low");
    assertThat(c.difference()).isEqualTo(30.0);
    assertThat(c.differencePct()).isEqualTo(25.0);
    assertThat(c.verdict()).isEqualTo("too uncertain to judge");
  }

  @Test
  void subjectsBecomeColumnsInDyadOrderAndIndicatorsRowsWithTheirUnit() {
    TableView t = tables.get(1);
    assertThat(t.rowHeaders()).containsExactly("Indicator", "Year");
    assertThat(t.columns()).containsExactly("Pakistan", "Afghanistan");
    assertThat(t.rows()).extracting(TableRow::labels).containsExactly(List.of("Negative view (%)", "2020"),
        List.of("Negative view (%)", "2021"));
    assertThat(t.rows()).extracting(TablesTest::texts).containsExactly(List.of("30", ""), List.of("40", "55"));
    // Pakistan has two facts, so a forecast without a published counterpart; Afghanistan has one fact and
    // no published projection: nothing to set side by side
    assertThat(t.comparisons()).extracting(Comparison::series).containsExactly("Negative view, Pakistan");
    assertThat(t.comparisons().get(0).hasPublished()).isFalse();
    assertThat(t.comparisons().get(0).forecast()).isEqualTo(40.0);
    assertThat(t.comparisons().get(0).verdict()).isEmpty();
  }

  @Test
  void aTableWithoutDataSaysSo() {
    TableView t = tables.get(2);
    assertThat(t.empty()).isEqualTo("No data for trade.imports.");
    assertThat(t.rows()).isEmpty();
  }
}
