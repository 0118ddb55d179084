package io.dyadscope.importers.unhcr;

import io.dyadscope.testkit.SharedData;
import static io.dyadscope.importers.Fixtures.PAK_AFG;
import static io.dyadscope.importers.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Status;
import io.dyadscope.importers.Fixtures;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.Progress;
import io.dyadscope.importers.StatisticsReading;
import io.dyadscope.importers.StatisticsText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnhcrImporterTest {

  private final UnhcrImporter importer = new UnhcrImporter(Gazetteer.standard(), IndicatorCatalogue.standard());
  private static final String SYNTHETIC = Fixtures.text("unhcr-population.csv");

  private StatisticsReading read(String text) throws ImportException {
    return importer.read("unhcr.csv", text, PAK_AFG, Progress.NONE);
  }

  private List<String> problems(String text) {
    return Fixtures.problems(importer, "unhcr.csv", text);
  }

  @Test
  void realExportGivesAfghanRefugeesInPakistanAsUnhcrListsThem() throws Exception {
    Path file = SharedData.data("real/unhcr/population-2015-2023.csv");
    String text = StatisticsText.utf8(file.toString(), Files.readAllBytes(file));
    List<Observation> obs = importer.read("population.csv", text, PAK_AFG, Progress.NONE).observations();
    // population-2015-2023.csv line 40992: 2022,Afghanistan,AFG,Pakistan,PAK,1743278,38108,0,-,0,0,33
    assertThat(value(obs, "refugees.registered", "PAK", "2022")).isEqualTo(1743278);
    assertThat(value(obs, "refugees.asylum_seekers", "PAK", "2022")).isEqualTo(38108);
    assertThat(value(obs, "refugees.others_of_concern", "PAK", "2022")).isEqualTo(33);
    assertThat(obs.stream().filter(o -> o.indicator().equals("refugees.registered") && o.subject().equals("PAK"))
        .map(o -> (long) o.value()).toList()).containsExactly(1560592L, 1352160L, 1392610L, 1403521L, 1419084L,
            1438432L, 1490562L, 1743278L, 1987717L);
    // line 18: 2015,Pakistan,PAK,Afghanistan,AFG,257523,51,...: the other direction, hosted by Afghanistan
    assertThat(value(obs, "refugees.registered", "AFG", "2015")).isEqualTo(257523);
    assertThat(obs).allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(Status.OBSERVED);
      assertThat(o.source()).isEqualTo(UnhcrImporter.SOURCE_ID);
      assertThat(o.dyad()).isEqualTo("PAK-AFG");
    });
  }

  @Test
  void realExportSkipsOnlyUnhcrsNonCountryCodes() throws Exception {
    Path file = SharedData.data("real/unhcr/population-2015-2023.csv");
    StatisticsReading r = importer.read("p.csv", StatisticsText.utf8("p.csv", Files.readAllBytes(file)), PAK_AFG,
        Progress.NONE);
    assertThat(r.rows()).isEqualTo(48746 - 15);
    assertThat(r.skipped().keySet()).allSatisfy(k -> assertThat(k).matches("rows with (UNK|XXA|TIB): .*"));
    assertThat(r.sources().get(0).year()).isEqualTo(2024);
  }

  @Test
  void syntheticFileGivesBothDirectionsWithTheHostAsSubject() throws Exception {
    List<Observation> obs = read(SYNTHETIC).observations();
    assertThat(value(obs, "refugees.registered", "PAK", "2021")).isEqualTo(1000);
    assertThat(value(obs, "refugees.registered", "AFG", "2021")).isEqualTo(500);
    assertThat(value(obs, "refugees.asylum_seekers", "PAK", "2022")).isEqualTo(1500);
    assertThat(Fixtures.find(obs, "refugees.asylum_seekers", "AFG", "2022")).isEmpty();
    assertThat(Fixtures.find(obs, "refugees.other_protection", "PAK", "2021")).isEmpty();
    // 2 rows a year of 4 groups, less the '-' cells (other protection everywhere, asylum-seekers once)
    assertThat(obs).hasSize(16 - 4 - 1);
  }

  @Test
  void aMissingPreambleReadsTheSame() throws Exception {
    String bare = SYNTHETIC.substring(SYNTHETIC.indexOf("Year,"));
    assertThat(read(bare).observations()).isEqualTo(read(SYNTHETIC).observations());
  }

  @Test
  void aLongerPreambleReadsTheSameAndShiftsLineNumbers() throws Exception {
    String longer = "\"Note\",\"an extra line\"\n\"Another\",\"line\"\n" + SYNTHETIC;
    assertThat(read(longer).observations()).isEqualTo(read(SYNTHETIC).observations());
    assertThat(problems(longer.replace("2021,India", "20x1,India"))).containsExactly(
        "unhcr.csv:21:Year: not a year: '20x1'");
  }

  @Test
  void theRefugeesRPackageLayoutGivesFortySevenYearsAndTheReturns() throws Exception {
    Path file = SharedData.data("real/unhcr-refugees-r/afg-pak-population-1979-2025.csv");
    String text = StatisticsText.utf8(file.toString(), Files.readAllBytes(file));
    List<Observation> obs = importer.read("population.csv", text, PAK_AFG, Progress.NONE).observations();
    // afg-pak-population-1979-2025.csv: AFG->PAK refugees 1979 400000, 1980 1428230, 2025 1158538;
    // 2002 returned_refugees 1569248; 2025 oip filled (the only non-NA oip)
    assertThat(value(obs, "refugees.registered", "PAK", "1979")).isEqualTo(400000);
    assertThat(value(obs, "refugees.registered", "PAK", "1980")).isEqualTo(1428230);
    assertThat(value(obs, "refugees.registered", "PAK", "2025")).isEqualTo(1158538);
    assertThat(value(obs, "refugees.returned", "PAK", "2002")).isEqualTo(1569248);
    assertThat(obs.stream().filter(o -> o.indicator().equals("refugees.registered") && o.subject().equals("PAK")))
        .hasSize(47);
    assertThat(obs.stream().filter(o -> o.indicator().equals("refugees.other_protection"))).hasSize(1);
    assertThat(value(obs, "refugees.registered", "AFG", "2014")).isEqualTo(300385);
  }

  @Test
  void noHeaderLineIsRefused() {
    assertThat(problems("Extracted:,UNHCR\n2021,Afghanistan,AFG,Pakistan,PAK,1,0,0,-,0,0,0\n")).containsExactly(
        "unhcr.csv:1: no UNHCR header line in the first 40 lines (expected a line starting Year,\"Country of origin\","
            + "\"Country of origin (ISO)\",\"Country of asylum\",\"Country of asylum (ISO)\", or, in the layout of"
            + " UNHCR's refugees R package, year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,...)");
  }

  @Test
  void aYearThatIsNotAYearIsNamed() {
    assertThat(problems(SYNTHETIC.replace("2021,India", "FY21,India"))).containsExactly(
        "unhcr.csv:19:Year: not a year: 'FY21'");
  }

  @Test
  void thousandsSeparatorsAreReadAndFootnoteMarksRefused() {
    assertThat(problems(SYNTHETIC.replace("2022,Afghanistan,AFG,Pakistan,PAK,1200", "2022,Afghanistan,AFG,Pakistan,PAK,1200*")))
        .containsExactly("unhcr.csv:20:Refugees under UNHCR's mandate: value '1200*' carries a footnote mark; the import"
            + " does not guess what it means: remove the mark and put its meaning in a note, or leave the cell empty");
  }

  @Test
  void aRepeatedRowIsRefusedNamingTheFirst() {
    String twice = SYNTHETIC + "2021,Afghanistan,AFG,Pakistan,PAK,999,10,0,-,0,0,1\n";
    assertThat(problems(twice)).containsExactly(
        "unhcr.csv:22: duplicate row for 2021, origin AFG, asylum PAK: first given on line 16");
  }

  @Test
  void anUnknownCountryCodeIsRefusedAndUnhcrsOwnCodesSkipped() throws Exception {
    assertThat(read(SYNTHETIC).skipped()).containsExactly(
        java.util.Map.entry("rows with UNK: origin unknown (UNHCR's code for refugees whose country of origin is not known)", 1));
    assertThat(problems(SYNTHETIC.replace("India,IND", "Atlantis,ATL"))).containsExactly(
        "unhcr.csv:19:Country of origin (ISO): unknown country code 'ATL': not an ISO 3166-1 alpha-3 code, nor one of"
            + " UNHCR's non-country codes (UNK, XXA, TIB)");
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThat(problems(SYNTHETIC.replace("PAK,Afghanistan,AFG,500", "PAK,Afghanistan,AFG,-500"))).containsExactly(
        "unhcr.csv:17:Refugees under UNHCR's mandate: negative value -500 for refugees.registered, which cannot be negative");
  }

  @Test
  void aFileWithoutTheRefugeesColumnIsRefusedNamingIt() {
    // the synthetic export with its refugees column cut out: the other population columns alone would import short
    java.util.List<String> cutLines = new java.util.ArrayList<>();
    for (String line : SYNTHETIC.split("\n", -1)) {
      java.util.List<String> f = new java.util.ArrayList<>(java.util.Arrays.asList(line.split(",", -1)));
      if (f.size() >= 12 && !line.contains("Extracted")) {
        f.remove(5);
      }
      cutLines.add(String.join(",", f));
    }
    String cut = String.join("\n", cutLines);
    assertThat(cut).doesNotContain("Refugees under UNHCR's mandate").contains("Asylum-seekers");
    assertThat(problems(cut)).containsExactly("unhcr.csv:15:Refugees under UNHCR's mandate: missing column"
        + " 'Refugees under UNHCR's mandate' (the refugee count every UNHCR population export has)");
  }
}
