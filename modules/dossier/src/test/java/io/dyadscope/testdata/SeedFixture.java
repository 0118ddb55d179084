package io.dyadscope.testdata;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.DossierBuilder;
import io.dyadscope.dossier.DossierOptions;
import io.dyadscope.dossier.StudyData;
import io.dyadscope.dossier.findings.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the seed study (Pakistan-Afghanistan, 2025) as observations, the way the default
 * workspace holds them: facts the study reports from other sources, and its own 2024 projections
 * (Tables 1 to 5). Source grades are the fixture's own judgement.
 */
public final class SeedFixture {

  public static final String DYAD = "PAK-AFG";

  private SeedFixture() {}

  public static Map<String, Source> sources() {
    Map<String, Source> m = new LinkedHashMap<>();
    add(m, "jssa-2025", "Journal for Social Science Archives, 3(1), 2025: Pakistan-Afghanistan relations",
        "Journal for Social Science Archives", SourceKind.SCHOLARLY, Grade.C, 2025);
    add(m, "sbp-2023", "State Bank of Pakistan, trade statistics, 2023", "State Bank of Pakistan", SourceKind.OFFICIAL,
        Grade.B, 2023);
    add(m, "afg-cso-2023", "Afghanistan Central Statistics Organization, 2023",
        "Afghanistan Central Statistics Organization", SourceKind.OFFICIAL, Grade.C, 2023);
    add(m, "wb-2023", "World Bank, 2023", "World Bank", SourceKind.INTERNATIONAL_ORGANISATION, Grade.A, 2023);
    add(m, "unhcr-2023", "UNHCR, 2023", "UNHCR", SourceKind.INTERNATIONAL_ORGANISATION, Grade.A, 2023);
    add(m, "satp-2023", "South Asia Terrorism Portal, 2023", "SATP", SourceKind.DATASET, Grade.B, 2023);
    add(m, "acled-2023", "ACLED, 2023", "ACLED", SourceKind.DATASET, Grade.B, 2023);
    add(m, "pips-2023", "Pakistan Institute of Peace Studies, 2023", "Pakistan Institute of Peace Studies",
        SourceKind.THINK_TANK, Grade.B, 2023);
    return m;
  }

  private static void add(Map<String, Source> m, String id, String citation, String publisher, SourceKind kind,
      Grade grade, int year) {
    m.put(id, new Source(id, citation, publisher, kind, grade, year, ""));
  }

  public static List<Observation> observations() {
    List<Observation> o = new ArrayList<>();
    fact(o, "trade.total", DYAD, 2019, 1700, "USD million", "sbp-2023");
    fact(o, "trade.total", DYAD, 2019, 1700, "USD million", "afg-cso-2023");
    fact(o, "trade.total", DYAD, 2021, 1200, "USD million", "sbp-2023");
    fact(o, "trade.total", DYAD, 2021, 1200, "USD million", "afg-cso-2023");
    fact(o, "trade.total", DYAD, 2022, 1900, "USD million", "wb-2023");
    fact(o, "trade.total", DYAD, 2022, 1900, "USD million", "sbp-2023");
    projection(o, "trade.exports", DYAD, 2024, 1400, "USD million", "Table 1");
    projection(o, "trade.imports", DYAD, 2024, 350, "USD million", "Table 1");
    projection(o, "trade.total", DYAD, 2024, 1750, "USD million", "Table 1");
    projection(o, "trade.balance", DYAD, 2024, 1050, "USD million", "Table 1");
    o.add(new Observation("refugees.registered", DYAD, "PAK", Period.ofYear(2023), 1420000, "count", Status.REPORTED,
        "unhcr-2023", "jssa-2025", "Introduction", ""));
    o.add(new Observation("refugees.registered", DYAD, "PAK", Period.ofYear(2023), 1400000, "count", Status.REPORTED,
        "unhcr-2023", "jssa-2025", "Literature review", ""));
    projection(o, "refugees.registered", "PAK", 2024, 1400000, "count", "Table 2");
    projection(o, "refugees.change", "PAK", 2024, -1.4, "percent", "Table 2");
    projection(o, "refugees.share", "PK-KP", 2024, 60, "percent", "Table 2");
    projection(o, "refugees.share", "PK-PB", 2024, 20, "percent", "Table 2");
    projection(o, "refugees.share", "PK-BA", 2024, 15, "percent", "Table 2");
    fact(o, "security.incidents.total", DYAD, 2020, 270, "count", "satp-2023");
    fact(o, "security.incidents.total", DYAD, 2020, 270, "count", "acled-2023");
    fact(o, "security.incidents.total", DYAD, 2021, 370, "count", "satp-2023");
    fact(o, "security.incidents.total", DYAD, 2021, 370, "count", "acled-2023");
    fact(o, "security.incidents.total", DYAD, 2023, 310, "count", "satp-2023");
    projection(o, "security.incidents.total", DYAD, 2024, 290, "count", "Table 3");
    projection(o, "security.incidents.cross_border", DYAD, 2024, 140, "count", "Table 3");
    projection(o, "security.incidents.militant", DYAD, 2024, 80, "count", "Table 3");
    projection(o, "security.incidents.counterterrorism", DYAD, 2024, 70, "count", "Table 3");
    fact(o, "connectivity.investment", "CPEC", 2023, 62, "USD billion", "wb-2023");
    projection(o, "connectivity.investment", "CPEC", 2024, 65, "USD billion", "Table 4");
    projection(o, "connectivity.investment", "CASA-1000", 2024, 1.5, "USD billion", "Table 4");
    projection(o, "connectivity.investment", "TAPI", 2024, 12, "USD billion", "Table 4");
    fact(o, "connectivity.trade_increase", "CPEC", 2023, 62, "USD billion", "wb-2023");
    projection(o, "connectivity.trade_increase", "CPEC", 2024, 12, "USD billion", "Table 4");
    fact(o, "connectivity.trade_increase", "APTTA", 2023, 2, "USD billion", "wb-2023");
    projection(o, "connectivity.trade_increase", "APTTA", 2024, 3, "USD billion", "Table 4");
    projection(o, "connectivity.trade_increase", "CASA-1000", 2024, 0.8, "USD billion", "Table 4");
    projection(o, "connectivity.trade_increase", "TAPI", 2024, 2.0, "USD billion", "Table 4");
    fact(o, "opinion.negative", "PAK", 2023, 60, "percent", "pips-2023");
    fact(o, "opinion.negative", "AFG", 2023, 70, "percent", "pips-2023");
    fact(o, "opinion.support_trade", "PAK", 2023, 70, "percent", "pips-2023");
    fact(o, "opinion.support_trade", "AFG", 2023, 65, "percent", "pips-2023");
    String[][] table5 = {{"opinion.positive", "30", "20"}, {"opinion.negative", "55", "65"},
        {"opinion.neutral", "15", "15"}, {"opinion.support_trade", "75", "70"},
        {"opinion.support_counterterrorism", "55", "45"}};
    for (String[] row : table5) {
      projection(o, row[0], "PAK", 2024, Double.parseDouble(row[1]), "percent", "Table 5");
      projection(o, row[0], "AFG", 2024, Double.parseDouble(row[2]), "percent", "Table 5");
    }
    return o;
  }

  private static void fact(List<Observation> o, String ind, String subject, int year, double v, String unit,
      String source) {
    o.add(new Observation(ind, DYAD, subject, Period.ofYear(year), v, unit, Status.REPORTED, source, "jssa-2025",
        "text", ""));
  }

  private static void projection(List<Observation> o, String ind, String subject, int year, double v, String unit,
      String location) {
    o.add(new Observation(ind, DYAD, subject, Period.ofYear(year), v, unit, Status.PROJECTION, "jssa-2025", "",
        location, ""));
  }

  public static Evidence evidence() {
    return new Evidence(Dyad.parse(DYAD), Gazetteer.standard(), IndicatorCatalogue.standard(), sources(),
        observations());
  }

  /** The dossier of these figures under the shipped definitions. */
  public static Dossier dossier() {
    Evidence e = evidence();
    return DossierBuilder.build(new StudyData(e.dyad(), e.gazetteer(), e.catalogue(), e.sources(), e.observations()),
        DossierOptions.standard());
  }
}
