package io.dyadscope.store;

import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportSummary;
import io.dyadscope.importers.IndicatorImporter;
import java.io.IOException;
import java.io.StringReader;

/**
 * Small evidence files shared by the tests. The PAK-AFG figures are those of the seed paper
 * (trade 2019-2022 as it reports from the State Bank of Pakistan, its 2024 Table 1 projections,
 * UNHCR's 1.4 million registered refugees, Table 2's 60% share for Khyber Pakhtunkhwa); records
 * whose note says "synthetic" exist only to exercise filters.
 */
public final class TestData {

  public static final String SOURCES = """
      id,citation,publisher,kind,grade,year,url
      sbp-2023,State Bank of Pakistan (2023),State Bank of Pakistan,official,A,2023,
      unhcr-2023,UNHCR (2023),UNHCR,international organisation,A,2023,https://www.unhcr.org
      paper-2025,Pakistan-Afghanistan relations (2025),Seed paper,scholarly,C,2025,
      """;

  public static final String OBSERVATIONS = """
      indicator,dyad,subject,period,value,unit,status,source,reported_by,note,location
      trade.total,PAK-AFG,PAK-AFG,2019,1.7,USD billion,reported,sbp-2023,paper-2025,,
      trade.total,PAK-AFG,PAK-AFG,2021,1.2,USD billion,reported,sbp-2023,paper-2025,,
      trade.total,PAK-AFG,PAK-AFG,2022,1.9,USD billion,reported,sbp-2023,paper-2025,,
      trade.exports,PAK-AFG,PAK-AFG,2024,"1,400",USD million,projection,paper-2025,,,Table 1
      trade.imports,PAK-AFG,PAK-AFG,2024,350,USD million,projection,paper-2025,,,Table 1
      trade.total,PAK-AFG,PAK-AFG,2024,"1,750",USD million,projection,paper-2025,,,Table 1
      trade.balance,PAK-AFG,PAK-AFG,2024,+1050,USD million,projection,paper-2025,,,Table 1
      refugees.registered,PAK-AFG,PAK,2023,1.4,million,reported,unhcr-2023,paper-2025,more than 1.4 million,
      refugees.share,PAK-AFG,PK-KP,2024,60,percent,projection,paper-2025,,,Table 2
      trade.exports,PAK-AFG,PAK-AFG,2024-03,100,,observed,sbp-2023,,synthetic,
      trade.total,IND-PAK,IND-PAK,2022,5,,observed,sbp-2023,,synthetic,
      """;

  private TestData() {}

  public static IndicatorImporter importer(Workspace ws) {
    return new IndicatorImporter(ws, IndicatorCatalogue.standard(), Gazetteer.standard());
  }

  /** Imports {@code observations} as obs.csv with {@code sourcesOrNull} as src.csv. */
  public static ImportSummary load(Workspace ws, String observations, String sourcesOrNull)
      throws IOException, ImportException {
    return importer(ws).importReaders("obs.csv", new StringReader(observations), "src.csv",
        sourcesOrNull == null ? null : new StringReader(sourcesOrNull));
  }
}
