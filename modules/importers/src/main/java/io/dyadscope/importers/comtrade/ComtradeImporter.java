package io.dyadscope.importers.comtrade;

import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.CsvHeader;
import io.dyadscope.importers.LocatedCsv;
import io.dyadscope.evidence.imports.Problems;
import io.dyadscope.importers.Progress;
import io.dyadscope.evidence.number.StatNumber;
import io.dyadscope.importers.ReferenceReader;
import io.dyadscope.importers.StatisticsReading;
import io.dyadscope.importers.StatisticsText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a UN Comtrade Plus trade-data CSV download (layout: {@code reference/comtrade-columns.md}
 * in the shared data): a 47-name header, 48 fields per record (a trailing comma), every value
 * quoted, Latin-1 bytes (UTF-8 is read too).
 *
 * <p>Only goods ({@code typeCode C}) are read; a services record refuses the file. Annual
 * ({@code freqCode A}, period {@code refYear}) and monthly ({@code M}, period {@code YYYYMM})
 * records are read; flows export, import, re-export and re-import ({@code X, M, RX, RM}); the
 * commodity total ({@code TOTAL}) and HS chapters (two digits). Skipped and counted, by design:
 * other flows (domestic exports, processing flows...), headings and subheadings below a chapter,
 * breakdowns by customs procedure, mode of transport, mode of supply or second partner (only the
 * totals {@code C00}, {@code 0}, {@code 0}, World are read), and partners or reporters that are
 * Comtrade areas rather than countries (codes that are not three letters, e.g. {@code S19}
 * "Other Asia, nes"; {@code W00}, the world, is read as the partner of a total).
 *
 * <p>Values are {@code primaryValue} in US dollars, stored in USD million. Each reporter is a
 * source of its own (its statistics office as reported to UN Comtrade), so that a country's
 * reported exports and its partner's reported imports stand side by side.
 */
public final class ComtradeImporter extends ReferenceReader {

  public static final String FORMAT = "comtrade";
  public static final String SOURCE_PREFIX = "comtrade-";
  static final List<String> REQUIRED = List.of("typeCode", "freqCode", "refYear", "period", "reporterISO",
      "flowCode", "partnerISO", "cmdCode", "primaryValue");

  public ComtradeImporter(Gazetteer gazetteer, IndicatorCatalogue catalogue) {
    super(FORMAT, gazetteer, catalogue);
  }

  /** Comtrade's web downloads are Latin-1; UTF-8 is read too. */
  @Override
  public String decode(String name, byte[] bytes) {
    return StatisticsText.utf8OrLatin1(name, bytes);
  }

  /** True for Comtrade's header line (lower case, quotes removed). */
  public static boolean signature(String line) {
    return line.startsWith("typecode,freqcode,");
  }

  /** The id of the source for records reported by {@code iso3}. */
  public static String sourceId(String iso3) {
    return SOURCE_PREFIX + iso3;
  }

  /**
   * Reads {@code text}, named {@code name} in problems, for {@code dyads}.
   *
   * @throws ImportException listing every problem
   */
  @Override
  public StatisticsReading read(String name, String text, List<Dyad> dyads, Progress progress) throws ImportException {
    Problems problems = new Problems();
    CsvHeader header = CsvHeader.first(text);
    header.require(name, REQUIRED, " (expected a UN Comtrade header: typeCode,freqCode,refPeriodId,refYear,refMonth,"
        + "period,reporterCode,reporterISO,...)", problems);
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    List<String> head = header.names();
    Map<String, Source> sources = new LinkedHashMap<>();
    Map<String, Indicator> added = new LinkedHashMap<>();
    Map<String, Integer> skipped = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Observation> out = new ArrayList<>();
    List<LocatedCsv.Row> rows = header.rows(name, progress, problems);
    boolean servicesReported = false;
    for (LocatedCsv.Row r : rows) {
      int n = r.fields().size();
      if (n != head.size() && !(n == head.size() + 1 && r.fields().get(n - 1).isEmpty())) {
        problems.add(name, r.line(), "", "record has " + n + " fields, the header has " + head.size()
            + " (a Comtrade download has one more, empty, for its trailing comma)");
        continue;
      }
      String type = header.value(r, "typeCode");
      if (!type.equals("C")) {
        if (!servicesReported) {
          problems.add(name, r.line(), "typeCode", "typeCode '" + type + "' is not imported: only goods (C) are;"
              + " services (S) are classified by EBOPS, not by HS");
          servicesReported = true;
        }
        continue;
      }
      Period period = period(name, r, header, problems);
      String reporter = header.value(r, "reporterISO");
      String partner = header.value(r, "partnerISO");
      String flow = header.value(r, "flowCode");
      String cmd = header.value(r, "cmdCode");
      StatNumber.Cell cell = StatNumber.read(header.value(r, "primaryValue"));
      if (!cell.ok()) {
        problems.add(name, r.line(), "primaryValue", cell.problem());
      } else if (!cell.present()) {
        problems.add(name, r.line(), "primaryValue", "no value");
      } else if (cell.value() < 0) {
        problems.add(name, r.line(), "primaryValue", "negative trade value " + header.value(r, "primaryValue"));
      }
      boolean reporterKnown = known(name, r, "reporterISO", reporter, problems);
      boolean partnerKnown = partner.equals("W00") || known(name, r, "partnerISO", partner, problems);
      if (period == null || !cell.present() || cell.value() < 0) {
        continue;
      }
      String skip = skipReason(r, header, flow, cmd);
      if (skip == null && (!reporterKnown || !partnerKnown)) {
        skip = "records of Comtrade areas that are not countries (codes such as S19)";
      }
      String key = period + "|" + reporter + "|" + partner + "|" + flow + "|" + cmd + "|"
          + header.value(r, "customsCode") + "|" + header.value(r, "motCode") + "|" + header.value(r, "partner2ISO")
          + "|" + header.value(r, "mosCode");
      Integer first = seen.putIfAbsent(key, r.line());
      if (first != null) {
        problems.add(name, r.line(), "", "duplicate record for " + period + " " + reporter + " " + flow + " " + partner
            + " " + cmd + ": first given on line " + first);
        continue;
      }
      if (skip != null) {
        skipped.merge(skip, 1, Integer::sum);
        continue;
      }
      for (Dyad d : dyads) {
        Optional<ComtradeFlows.Target> t = partner.equals("W00") ? ComtradeFlows.withWorld(d, reporter, flow)
            : ComtradeFlows.bilateral(d, reporter, partner, flow);
        if (t.isEmpty()) {
          continue;
        }
        Indicator ind = ComtradeFlows.indicator(catalogue, t.get().indicator(), cmd, header.value(r, "cmdDesc"));
        if (!catalogue.contains(ind.id())) {
          added.putIfAbsent(ind.id(), ind);
        }
        Source s = sources.computeIfAbsent(reporter, this::source);
        out.add(new Observation(ind.id(), d.id(), t.get().subject(), period, cell.value() / 1e6, "USD million",
            Status.OBSERVED, s.id(), "", "", note(reporter, flow, partner, cmd)));
      }
    }
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    return new StatisticsReading(List.copyOf(sources.values()), out, List.copyOf(added.values()), skipped, rows.size());
  }

  private boolean known(String file, LocatedCsv.Row r, String column, String code, Problems problems) {
    if (gazetteer.byIso3(code).isPresent()) {
      return true;
    }
    if (!code.matches("[A-Z]{3}")) {
      return false; // a Comtrade area code (S19, X1, _X...): skipped
    }
    problems.add(file, r.line(), column, "unknown country code '" + code + "': not an ISO 3166-1 alpha-3 code (Comtrade"
        + " areas have codes with digits, such as W00 and S19, and are skipped)");
    return false;
  }

  private static Period period(String file, LocatedCsv.Row r, CsvHeader header, Problems problems) {
    String freq = header.value(r, "freqCode");
    String year = header.value(r, "refYear");
    String period = header.value(r, "period");
    if (!year.matches("\\d{4}") || Integer.parseInt(year) < 1800 || Integer.parseInt(year) > 2200) {
      problems.add(file, r.line(), "refYear", "not a year: '" + year + "'");
      return null;
    }
    if (freq.equals("A")) {
      return Period.ofYear(Integer.parseInt(year));
    }
    if (freq.equals("M")) {
      if (period.matches("\\d{6}") && period.startsWith(year)) {
        int month = Integer.parseInt(period.substring(4));
        if (month >= 1 && month <= 12) {
          return Period.ofMonth(Integer.parseInt(year), month);
        }
      }
      problems.add(file, r.line(), "period", "not a month of " + year + " (expected YYYYMM): '" + period + "'");
      return null;
    }
    problems.add(file, r.line(), "freqCode", "frequency '" + freq + "' is not imported (expected A or M)");
    return null;
  }

  /** Why a record is left out by design, or null when it is read. */
  private static String skipReason(LocatedCsv.Row r, CsvHeader header, String flow, String cmd) {
    if (!List.of("X", "M", "RX", "RM").contains(flow)) {
      return "records of flows other than export, import, re-export and re-import";
    }
    if (!cmd.equals("TOTAL") && !cmd.matches("\\d{2}")) {
      return "records of commodity codes below an HS chapter";
    }
    if (!List.of("", "C00").contains(header.value(r, "customsCode")) || !List.of("", "0").contains(header.value(r, "motCode"))
        || !List.of("", "0").contains(header.value(r, "mosCode"))
        || !List.of("", "W00").contains(header.value(r, "partner2ISO"))) {
      return "records broken down by customs procedure, transport mode, supply mode or second partner";
    }
    return null;
  }

  private Source source(String reporter) {
    String country = gazetteer.byIso3(reporter).map(Country::name).orElse(reporter);
    return new Source(sourceId(reporter), country + ": official merchandise trade statistics as reported to UN Comtrade"
        + " (UN Comtrade Database, United Nations Statistics Division)", country + " national statistics office, via"
        + " UN Comtrade", SourceKind.OFFICIAL, Grade.B, 0, "https://comtradeplus.un.org");
  }

  private static String note(String reporter, String flow, String partner, String cmd) {
    String what = switch (flow) {
      case "X" -> "exports to";
      case "M" -> "imports from";
      case "RX" -> "re-exports to";
      default -> "re-imports from";
    };
    String valuation = flow.endsWith("M") ? "CIF" : "FOB";
    return "UN Comtrade: " + reporter + " reports " + what + " " + (partner.equals("W00") ? "the world" : partner)
        + (cmd.equals("TOTAL") ? "" : ", HS " + cmd) + " (" + valuation + ")";
  }
}
