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
import io.dyadscope.dossier.findings.Evidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made data set for PAK-AFG. SYNTHETIC: every value and source here is made up for
 * tests, chosen so that expected sentences and metrics can be worked out by hand.
 */
public final class Synthetic {

  private Synthetic() {}

  public static Map<String, Source> sources() {
    Map<String, Source> m = new LinkedHashMap<>();
    m.put("stats-2021", new Source("stats-2021", "Test Statistics Office, annual report 2021", "Test Statistics Office",
        SourceKind.OFFICIAL, Grade.A, 2021, ""));
    m.put("outlook-2021", new Source("outlook-2021", "Test Outlook 2021", "Test Outlook", SourceKind.SCHOLARLY, Grade.C,
        2021, ""));
    m.put("survey-2021", new Source("survey-2021", "Test Survey 2021", "Test Survey", SourceKind.SURVEY, Grade.B, 2021,
        ""));
    m.put("news-2021", new Source("news-2021", "Test Newswire 2021", "Test Newswire", SourceKind.NEWS, Grade.D, 2021,
        ""));
    m.put("monitor-2021", new Source("monitor-2021", "Test Conflict Monitor 2021", "Test Conflict Monitor",
        SourceKind.DATASET, Grade.B, 2021, ""));
    return m;
  }

  public static List<Observation> observations() {
    List<Observation> o = new ArrayList<>();
    o.add(fact("trade.total", "PAK-AFG", 2018, 100, "USD million", "stats-2021"));
    o.add(fact("trade.total", "PAK-AFG", 2019, 80, "USD million", "stats-2021"));
    o.add(fact("trade.total", "PAK-AFG", 2019, 95, "USD million", "news-2021"));
    o.add(fact("trade.total", "PAK-AFG", 2020, 120, "USD million", "stats-2021"));
    o.add(projection("trade.total", "PAK-AFG", 2022, 150, "USD million", "Table 1"));
    o.add(fact("opinion.negative", "PAK", 2020, 30, "percent", "survey-2021"));
    o.add(fact("opinion.negative", "PAK", 2021, 40, "percent", "survey-2021"));
    o.add(fact("opinion.negative", "AFG", 2021, 55, "percent", "survey-2021"));
    o.add(fact("refugees.share", "PK-KP", 2020, 45, "percent", "stats-2021"));
    o.add(fact("refugees.share", "PK-KP", 2021, 50, "percent", "stats-2021"));
    o.add(fact("refugees.share", "PK-BA", 2021, 30, "percent", "stats-2021"));
    o.add(fact("refugees.share", "PK-SD", 2021, 10, "percent", "stats-2021"));
    o.add(fact("security.incidents.total", "PAK-AFG", 2021, 105, "count", "monitor-2021"));
    o.add(fact("security.incidents.cross_border", "PAK-AFG", 2021, 60, "count", "monitor-2021"));
    o.add(fact("security.incidents.militant", "PAK-AFG", 2021, 30, "count", "monitor-2021"));
    o.add(fact("connectivity.investment", "CPEC", 2020, 12, "USD billion", "stats-2021"));
    o.add(projection("connectivity.investment", "CPEC", 2021, 15, "USD billion", "Table 2"));
    o.add(fact("refugees.registered", "PAK", 2021, 500000, "count", "stats-2021"));
    o.add(projection("refugees.registered", "PAK", 2022, 480000, "count", "Table 3"));
    return o;
  }

  public static Observation fact(String indicator, String subject, int year, double value, String unit,
      String source) {
    return new Observation(indicator, "PAK-AFG", subject, Period.ofYear(year), value, unit, Status.OBSERVED, source, "",
        "", "");
  }

  public static Observation projection(String indicator, String subject, int year, double value, String unit,
      String location) {
    return new Observation(indicator, "PAK-AFG", subject, Period.ofYear(year), value, unit, Status.PROJECTION,
        "outlook-2021", "", location, "");
  }

  public static Evidence evidence() {
    return new Evidence(Dyad.parse("PAK-AFG"), Gazetteer.standard(), IndicatorCatalogue.standard(), sources(),
        observations());
  }

  /** One rule of each kind over the synthetic data, and one whose data are missing. */
  public static final String RULES = """
      {"rules": [
        {"id": "t.path", "theme": "trade", "kind": "path", "indicator": "trade.total", "subject": "{dyad}"},
        {"id": "t.projection", "theme": "trade", "kind": "projection", "indicator": "trade.total", "subject": "{dyad}"},
        {"id": "o.compare", "theme": "perception", "kind": "compare", "indicator": "opinion.negative"},
        {"id": "r.provinces", "theme": "refugees", "kind": "breakdown", "indicator": "refugees.share",
         "subject": "provinces"},
        {"id": "r.projection", "theme": "refugees", "kind": "projection", "indicator": "refugees.registered",
         "subject": "{first}"},
        {"id": "s.types", "theme": "security", "kind": "parts", "whole": "security.incidents.total",
         "indicators": ["security.incidents.cross_border", "security.incidents.militant"], "subject": "{dyad}"},
        {"id": "d.all", "theme": "trust", "kind": "disagreement"},
        {"id": "g.none", "theme": "geopolitics", "kind": "path", "indicator": "trade.exports", "subject": "{dyad}"}
      ]}
      """;
}
