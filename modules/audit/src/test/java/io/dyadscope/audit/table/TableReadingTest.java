package io.dyadscope.audit.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.extract.Initiatives;
import io.dyadscope.audit.extract.Lexicon;
import io.dyadscope.audit.extract.Places;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Subdivisions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class TableReadingTest {

  @Test
  void tablesReadOnTwoThreadsAreTheTablesOneReaderReadsInTurn() throws IOException {
    String report;
    try (InputStream in = TableReadingTest.class.getResourceAsStream("/io/dyadscope/audit/sample-report.txt")) {
      report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Lines lines = Lines.of(report.repeat(20)); // 40 tables: enough for both threads to take some
    List<TableRegion> regions = TableFinder.find(lines);
    Dyad dyad = Dyad.parse("PAK-AFG");
    Places places = new Places(Gazetteer.standard(), Subdivisions.standard(), dyad);
    Initiatives initiatives = Initiatives.scan(lines.text());

    TableReader one = new TableReader(lines, dyad, Lexicon.standard(), IndicatorCatalogue.standard(), places,
        initiatives);
    List<TextTable> inTurn = new ArrayList<>();
    for (TableRegion r : regions) {
      inTurn.add(one.read(r));
    }
    TableReading reading = new TableReading(regions, () -> new TableReader(lines, dyad, Lexicon.standard(),
        IndicatorCatalogue.standard(), places, initiatives));
    CompletableFuture<Void> other = CompletableFuture.runAsync(reading::readSome);
    reading.readSome();
    other.join();

    assertThat(regions).hasSize(40);
    assertThat(reading.tables()).isEqualTo(inTurn);
    assertThat(reading.numbersFound()).isEqualTo(one.numbersFound()).isPositive();
    assertThat(reading.numbersTied()).isEqualTo(one.numbersTied()).isPositive();
    assertThat(reading.unmappedHeaders()).isEqualTo(one.unmappedHeaders());
  }
}
