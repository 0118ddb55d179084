package io.dyadscope.importers;

import io.dyadscope.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatisticsFormatsTest {

  @Test
  void syntheticFilesAreRecognisedByTheirHeaders() {
    assertThat(StatisticsFormats.detect(Fixtures.text("unhcr-population.csv"))).contains(StatisticsFormats.UNHCR);
    assertThat(StatisticsFormats.detect(Fixtures.text("wdi-wide.csv"))).contains(StatisticsFormats.WDI);
    assertThat(StatisticsFormats.detect(Fixtures.text("wdi-long.csv"))).contains(StatisticsFormats.WDI);
    assertThat(StatisticsFormats.detect(StatisticsText.utf8OrLatin1("c", Fixtures.bytes("comtrade-bilateral.csv"))))
        .contains(StatisticsFormats.COMTRADE);
    assertThat(StatisticsFormats.detect("indicator,dyad,subject,period,value,unit,status,source,reported_by,note\n"))
        .contains(StatisticsFormats.INDICATORS);
    assertThat(StatisticsFormats.detect("a,b,c\n1,2,3\n")).isEqualTo(Optional.empty());
  }

  @Test
  void bytesThatAreNotUtf8AreDetectedAsLatin1InsteadOfFailing() {
    // found by the fuzz tests: a WDI file behind two bytes that are not UTF-8 ended in an internal error
    byte[] head = {(byte) 0xFF, (byte) 0xFE};
    byte[] wdi = Fixtures.text("wdi-wide.csv").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + wdi.length);
    System.arraycopy(wdi, 0, bytes, head.length, wdi.length);
    assertThat(StatisticsFormats.detect(bytes)).contains(StatisticsFormats.WDI);
  }

  @Test
  void realDownloadsAreRecognised() throws Exception {
    assertThat(StatisticsFormats.detect(Files.readString(SharedData.data("real/unhcr/population-2015-2023.csv"))))
        .contains(StatisticsFormats.UNHCR);
    assertThat(StatisticsFormats.detect(Files.readString(SharedData.data("real/wdi/API_NY.GDP.PCAP.CD_DS2_en_csv_v2.csv"))))
        .contains(StatisticsFormats.WDI);
    byte[] c = Files.readAllBytes(SharedData.data("real/comtrade/TradeData_4_4_2025_15_19_17.csv"));
    assertThat(StatisticsFormats.detect(StatisticsText.utf8OrLatin1("c", c))).contains(StatisticsFormats.COMTRADE);
  }
}
