package io.dyadscope.audit.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.extract.Initiatives;
import io.dyadscope.audit.extract.Lexicon;
import io.dyadscope.audit.extract.Places;
import io.dyadscope.evidence.Subdivisions;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Plain-text tables laid out the way PDF extraction leaves them: header words wrapped across lines,
 * an OCR-garbled header, a missing value, row labels wrapped around their numbers, a breakdown
 * cell, a signed balance. The figures are made up for the test.
 */
class TableReaderTest {

  static final String TEXT = """
      The China-Pakistan Economic Corridor (CPEC) and the Afghanistan-Pakistan Transit Trade Agreement
      (APTTA) are discussed below.

      Table 1: Projected Bilateral Trade between Pakistan and Afghanistan (2030) (Values in USD
      Millions)

      Year Exports from Pakistan  Imports to Pakistan Total Trade Trade Balance
      to Afghanistan from Afghanistan Volume (Pakistan)
      2030 2,100 600 2,700 +1,500

      The paragraph after the table is running text of many words and has no figures in it.

      Table 2: Projected Afghan Refugees in Pakistan (2030) (Number of Registered Refugees)

      Year Registered Afghan Percentage Major Host Provinces (Punjab, KP,
      Refugees Change Balochistan)
      2030 1,200,000 -2.5% KP: 50%, Punjab: 25%, Balochistan: 20%

      Another paragraph follows here with plenty of words and no figures in it.

      Table 3: Projected Security Incidents Along the Pakistan-Afghanistan Border (2030) (Number
      of Reported Incidents)

      Year Cr(ﬁ;—:j(rsder Militant Activities Counterterrorism Operations Total Incidents

      2030 100 60 40 200

      Military attacks across borders have grown since 2021 after the change of government.

      Table 4: Progress on Connectivity Initiatives (2030) (Potential Economic Impact)

      Estimated Expected Increase in
      Initiative Investment (USD  Trade Volume (USD Key Challenges
      Billion) Billion)
      China-Pakistan Economic 40 9 Security concerns,
      Corridor (CPEC) political instability
      Afghanistan-Pakistan Bureaucratic hurdles
      Transit Trade Agreement N/A 4 trust deficit
      (APTTA)
      Delays in
      CASA-1000 Energy Project 1.2 0.5 implementation,
      funding gaps
      TAPI Gas Pipeline 10 1.5 Geopolitical tensions,

      security risks

      The implementation challenges of these initiatives reflect their economic prospects in the region.

      Table 5: Projected Public Opinion on Bilateral Relations (2030 Survey) (Percentage of
      Respondents)

      Perception Pakistan (%) Afghanistan (%o)
      Positive view of bilateral relations 25 35
      Negative view of bilateral relations 60 50
      Neutral/no opinion 15 15
      Support for increased trade 80 75

      Both countries support trade, and the survey shows it across every province of the two countries.
      """;

  private static final Lines LINES = Lines.of(TEXT);
  private static final List<TableRegion> REGIONS = TableFinder.find(LINES);
  private static final List<TextTable> TABLES = read();

  private static List<TextTable> read() {
    Dyad dyad = Dyad.parse("PAK-AFG");
    Places places = new Places(Gazetteer.standard(), Subdivisions.standard(), dyad);
    TableReader reader = new TableReader(LINES, dyad, Lexicon.standard(), IndicatorCatalogue.standard(), places,
        Initiatives.scan(LINES.text()));
    return REGIONS.stream().map(reader::read).toList();
  }

  private static List<Claim> claims(int table) {
    return TABLES.get(table - 1).cells().stream().map(TextTable.Cell::claim).filter(Objects::nonNull).toList();
  }

  @Test
  void captionsWrapHeadersPrecedeRowsAndProseEndsATable() {
    assertThat(REGIONS).extracting(TableRegion::number, TableRegion::captionFirst, TableRegion::captionLast,
        TableRegion::headerFirst, TableRegion::headerLast, TableRegion::bodyFirst, TableRegion::bodyLast)
        .containsExactly(tuple("1", 4, 5, 7, 8, 9, 9), tuple("2", 13, 13, 15, 16, 17, 17),
            tuple("3", 21, 22, 24, 24, 26, 26), tuple("4", 30, 30, 32, 34, 35, 45),
            tuple("5", 49, 50, 52, 52, 53, 56));
  }

  @Test
  void wrappedHeaderWordsAreReassembledIntoColumns() {
    assertThat(TABLES.get(0).columns()).extracting(TextTable.Column::header).containsExactly("Year",
        "Exports from Pakistan to Afghanistan", "Imports to Pakistan from Afghanistan", "Total Trade Volume",
        "Trade Balance (Pakistan)");
    assertThat(TABLES.get(1).columns()).extracting(TextTable.Column::header).containsExactly("Year",
        "Registered Afghan Refugees", "Percentage Change", "Major Host Provinces (Punjab, KP, Balochistan)");
    assertThat(TABLES.get(3).columns()).extracting(TextTable.Column::header).containsExactly("Initiative",
        "Estimated Investment (USD Billion)", "Expected Increase in Trade Volume (USD Billion)", "Key Challenges");
  }

  @Test
  void columnsMapToIndicatorsThroughTheLexicon() {
    assertThat(TABLES.get(0).columns()).extracting(TextTable.Column::indicator).containsExactly(null,
        "trade.exports", "trade.imports", "trade.total", "trade.balance");
    assertThat(TABLES.get(3).columns()).extracting(TextTable.Column::indicator).containsExactly(null,
        "connectivity.investment", "connectivity.trade_increase", null);
  }

  @Test
  void theCaptionGivesPeriodStatusAndUnit() {
    assertThat(claims(1)).extracting(Claim::indicator, Claim::value, Claim::unit, Claim::period, Claim::status)
        .containsExactly(
            tuple("trade.exports", 2100.0, "USD million", Period.ofYear(2030), Status.PROJECTION),
            tuple("trade.imports", 600.0, "USD million", Period.ofYear(2030), Status.PROJECTION),
            tuple("trade.total", 2700.0, "USD million", Period.ofYear(2030), Status.PROJECTION),
            tuple("trade.balance", 1500.0, "USD million", Period.ofYear(2030), Status.PROJECTION));
    assertThat(claims(1)).allSatisfy(c -> {
      assertThat(c.line()).isEqualTo(9);
      assertThat(c.location()).isEqualTo("Table 1");
      assertThat(c.subject()).isEqualTo("PAK-AFG");
    });
  }

  @Test
  void aBreakdownCellGivesOneShareClaimPerProvince() {
    assertThat(claims(2)).extracting(Claim::indicator, Claim::subject, Claim::value).containsExactly(
        tuple("refugees.registered", "PAK", 1_200_000.0), tuple("refugees.change", "PAK", -2.5),
        tuple("refugees.share", "PK-KP", 50.0), tuple("refugees.share", "PK-PB", 25.0),
        tuple("refugees.share", "PK-BA", 20.0));
    assertThat(TABLES.get(1).columns().get(3).partial()).isTrue();
  }

  @Test
  void anOcrGarbledHeaderIsReadAsTheOneIndicatorItsLettersFit() {
    assertThat(claims(3)).extracting(Claim::indicator, Claim::value).containsExactly(
        tuple("security.incidents.cross_border", 100.0), tuple("security.incidents.militant", 60.0),
        tuple("security.incidents.counterterrorism", 40.0), tuple("security.incidents.total", 200.0));
  }

  @Test
  void wrappedRowLabelsNameTheirInitiativeAndNotAvailableIsNoNumber() {
    assertThat(TABLES.get(3).rows()).extracting(TextTable.Row::line, TextTable.Row::entity).containsExactly(
        tuple(35, "CPEC"), tuple(38, "APTTA"), tuple(41, "CASA-1000"), tuple(43, "TAPI"));
    assertThat(claims(4)).extracting(Claim::indicator, Claim::subject, Claim::value, Claim::status)
        .containsExactly(
            tuple("connectivity.investment", "CPEC", 40.0, Status.REPORTED),
            tuple("connectivity.trade_increase", "CPEC", 9.0, Status.PROJECTION),
            tuple("connectivity.trade_increase", "APTTA", 4.0, Status.PROJECTION),
            tuple("connectivity.investment", "CASA-1000", 1.2, Status.REPORTED),
            tuple("connectivity.trade_increase", "CASA-1000", 0.5, Status.PROJECTION),
            tuple("connectivity.investment", "TAPI", 10.0, Status.REPORTED),
            tuple("connectivity.trade_increase", "TAPI", 1.5, Status.PROJECTION));
  }

  @Test
  void rowsCanNameTheIndicatorAndColumnsTheCountry() {
    assertThat(claims(5)).extracting(Claim::indicator, Claim::subject, Claim::value).containsExactly(
        tuple("opinion.positive", "PAK", 25.0), tuple("opinion.positive", "AFG", 35.0),
        tuple("opinion.negative", "PAK", 60.0), tuple("opinion.negative", "AFG", 50.0),
        tuple("opinion.neutral", "PAK", 15.0), tuple("opinion.neutral", "AFG", 15.0),
        tuple("opinion.support_trade", "PAK", 80.0), tuple("opinion.support_trade", "AFG", 75.0));
    assertThat(claims(5)).allSatisfy(c -> assertThat(c.period()).isEqualTo(Period.ofYear(2030)));
  }

  @Test
  void yearColumnsGiveTheirCellsTheirPeriod() {
    Lines lines = Lines.of("""
        Table 6: Registered Refugees in Pakistan (Number of Persons)

        Indicator 2021 2022 2023
        Registered refugees 1,300,000 1,350,000 1,320,000
        """);
    Dyad dyad = Dyad.parse("PAK-AFG");
    TableReader reader = new TableReader(lines, dyad, Lexicon.standard(), IndicatorCatalogue.standard(),
        new Places(Gazetteer.standard(), Subdivisions.standard(), dyad), Initiatives.scan(lines.text()));
    TextTable t = reader.read(TableFinder.find(lines).get(0));

    assertThat(t.columns()).extracting(TextTable.Column::header).containsExactly("Indicator", "2021", "2022", "2023");
    assertThat(t.cells()).extracting(c -> c.claim().indicator(), c -> c.claim().period().year(),
        c -> c.claim().value()).containsExactly(tuple("refugees.registered", 2021, 1_300_000.0),
        tuple("refugees.registered", 2022, 1_350_000.0), tuple("refugees.registered", 2023, 1_320_000.0));
  }

  @Test
  void aCaptionWithoutRowsUnderItIsNoTable() {
    Lines lines = Lines.of("""
        Table 9: Mentioned in passing

        This sentence follows the caption and has many words in it.
        """);
    List<TableRegion> r = TableFinder.find(lines);
    assertThat(r).hasSize(1);
    assertThat(r.get(0).hasBody()).isFalse();
  }
}
