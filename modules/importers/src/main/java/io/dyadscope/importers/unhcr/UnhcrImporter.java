package io.dyadscope.importers.unhcr;

import io.dyadscope.evidence.Combine;
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
import io.dyadscope.importers.CodeList;
import io.dyadscope.importers.CsvHeader;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.importers.LocatedCsv;
import io.dyadscope.evidence.imports.Problems;
import io.dyadscope.importers.Progress;
import io.dyadscope.evidence.number.StatNumber;
import io.dyadscope.importers.ReferenceReader;
import io.dyadscope.importers.StatisticsReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a UNHCR Refugee Data Finder population export: an optional metadata preamble (14 lines in
 * the downloads), then the header {@code Year,Country of origin,Country of origin (ISO),Country of
 * asylum,Country of asylum (ISO),...} and one row per year, origin and asylum country.
 *
 * <p>For each dyad asked for, the rows whose origin is one of its countries and whose asylum is
 * the other become observations, both directions: the subject is the host (asylum) country, the
 * indicator the population group (the mapping is the resource {@code columns.csv}: refugees
 * under UNHCR's mandate are {@code refugees.registered}, asylum-seekers, other people in need of
 * international protection and others of concern have indicators of their own). IDPs, stateless
 * persons and host communities are populations within one country, not between two, and are not
 * imported. {@code -} (not applicable) and empty cells are no value; {@code 0} is a value.
 *
 * <p>The layout of UNHCR's {@code refugees} R package ({@code population} table, e.g. converted to
 * CSV: {@code year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,refugees,asylum_seekers,returned_refugees,
 * ...,ooc,oip,hst}; {@code NA} is no value) is read too, its columns mapped the same way; its
 * {@code returned_refugees} (refugees who returned to their origin from the asylum country during the
 * year) become {@code refugees.returned}, the asylum country as subject.
 *
 * <p>Every row of the file is checked, not only the dyad's: a year that is not a year, a value
 * that is not a number (thousands separators are read; footnote marks are refused), a repeated
 * year-origin-asylum row, or a country code that is neither ISO 3166-1 nor one of UNHCR's
 * non-country codes ({@code non-countries.csv}: unknown origin, stateless, Tibetan; such rows
 * are skipped and counted) refuses the whole file with {@code file:line:column} problems.
 */
public final class UnhcrImporter extends ReferenceReader {

  public static final String FORMAT = "unhcr";
  /** Id of the source every UNHCR observation cites. */
  public static final String SOURCE_ID = "unhcr-rdf";

  static final String YEAR = "Year";
  static final String ORIGIN = "Country of origin (ISO)";
  static final String ASYLUM = "Country of asylum (ISO)";
  /** The same columns in the layout of UNHCR's {@code refugees} R package ({@code population} table). */
  static final String R_YEAR = "year";
  static final String R_ORIGIN = "coo_iso";
  static final String R_ASYLUM = "coa_iso";
  static final String R_REFUGEES = "refugees";
  private static final Pattern UPDATED = Pattern.compile("(?i)^\"?last updated:?\"?,\"?[^\"]*?(\\d{4})\"?");
  private static final Pattern LINK = Pattern.compile("(?i)^\"?data quick link\"?,\"?(https?://[^\",]+)");

  private static final CodeList NON_COUNTRIES = CodeList.load(UnhcrImporter.class, "non-countries.csv");
  private static final CodeList COLUMNS = CodeList.load(UnhcrImporter.class, "columns.csv");

  public UnhcrImporter(Gazetteer gazetteer, IndicatorCatalogue catalogue) {
    super(FORMAT, gazetteer, catalogue);
  }

  /** True for the header line of either layout (lower case, quotes removed), as format detection sees it. */
  public static boolean signature(String line) {
    return line.contains("country of origin (iso)") && line.contains("country of asylum (iso)")
        || line.startsWith("year,") && line.contains("coo_iso") && line.contains("coa_iso");
  }

  /**
   * Reads {@code text}, named {@code name} in problems, for {@code dyads}.
   *
   * @throws ImportException listing every problem; nothing is read then
   */
  @Override
  public StatisticsReading read(String name, String text, List<Dyad> dyads, Progress progress) throws ImportException {
    Problems problems = new Problems();
    CsvHeader header = CsvHeader.find(name, text, String::strip, f -> !f.isEmpty()
        && (f.get(0).equals(YEAR) && f.contains(ORIGIN) || f.get(0).equals(R_YEAR) && f.contains(R_ORIGIN)), "UNHCR",
        "a line starting Year,\"Country of origin\",\"Country of origin (ISO)\",\"Country of asylum\",\"Country of"
        + " asylum (ISO)\", or, in the layout of UNHCR's refugees R package, year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,...");
    List<String> head = header.names();
    boolean rLayout = head.get(0).equals(R_YEAR);
    String yearCol = rLayout ? R_YEAR : YEAR;
    String originCol = rLayout ? R_ORIGIN : ORIGIN;
    String asylumCol = rLayout ? R_ASYLUM : ASYLUM;
    Map<String, Integer> col = header.columns();
    for (int i = 0; i < head.size(); i++) {
      if (!head.get(i).isEmpty() && col.get(head.get(i)) != i) {
        problems.add(name, header.line(), head.get(i), "column '" + head.get(i) + "' appears twice in the header");
      }
    }
    header.require(name, List.of(yearCol, originCol, asylumCol), "", problems);
    Map<String, Indicator> groups = new LinkedHashMap<>();
    COLUMNS.all().forEach((column, indicator) -> {
      if (col.containsKey(column)) {
        groups.put(column, catalogue.get(indicator));
      }
    });
    // the refugee count of this layout: the first column the catalogue maps to refugees.registered in it
    String refugees = rLayout ? R_REFUGEES : COLUMNS.all().keySet().iterator().next();
    if (groups.isEmpty()) {
      problems.add(name, header.line(), "", "no population column (expected one of " + String.join(", ", COLUMNS.all().keySet())
          + ")");
    } else if (!groups.containsKey(refugees)) {
      // every Refugee Data Finder population export has it: a file without it was cut, and would import silently short
      problems.add(name, header.line(), refugees, "missing column '" + refugees + "' (the refugee count every UNHCR"
          + " population export has)");
    }
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    Source source = source(header.preamble());
    List<Observation> out = new ArrayList<>();
    Map<String, Integer> skipped = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<LocatedCsv.Row> rows = header.rows(name, progress, problems);
    for (LocatedCsv.Row r : rows) {
      if (!header.fits(name, r, problems)) {
        continue;
      }
      String yearText = r.get(col.get(yearCol));
      Integer year = yearText.matches("\\d{4}") && Integer.parseInt(yearText) >= 1800
          && Integer.parseInt(yearText) <= 2200 ? Integer.valueOf(yearText) : null;
      if (year == null) {
        problems.add(name, r.line(), yearCol, "not a year: '" + yearText + "'");
      }
      String origin = r.get(col.get(originCol));
      String asylum = r.get(col.get(asylumCol));
      String skip = null;
      for (String[] c : new String[][] {{originCol, origin}, {asylumCol, asylum}}) {
        if (gazetteer.byIso3(c[1]).isPresent()) {
          continue;
        }
        if (NON_COUNTRIES.contains(c[1])) {
          skip = c[1] + ": " + NON_COUNTRIES.meaning(c[1]);
        } else {
          problems.add(name, r.line(), c[0], "unknown country code '" + c[1] + "': not an ISO 3166-1 alpha-3 code, nor"
              + " one of UNHCR's non-country codes (" + String.join(", ", NON_COUNTRIES.all().keySet()) + ")");
          skip = "";
        }
      }
      Map<Indicator, Double> values = new LinkedHashMap<>();
      for (Map.Entry<String, Indicator> g : groups.entrySet()) {
        StatNumber.Cell cell = StatNumber.read(r.get(col.get(g.getKey())), "-", "NA");
        if (!cell.ok()) {
          problems.add(name, r.line(), g.getKey(), cell.problem());
        } else if (cell.present()) {
          String bad = g.getValue().violation(cell.value());
          if (bad != null) {
            problems.add(name, r.line(), g.getKey(), bad);
          } else {
            values.put(g.getValue(), cell.value());
          }
        }
      }
      if (year == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(year + "|" + origin + "|" + asylum, r.line());
      if (first != null) {
        problems.add(name, r.line(), "", "duplicate row for " + year + ", origin " + origin + ", asylum " + asylum
            + ": first given on line " + first);
        continue;
      }
      if (skip != null) {
        if (!skip.isEmpty()) {
          skipped.merge("rows with " + skip, 1, Integer::sum);
        }
        continue;
      }
      for (Dyad d : dyads) {
        if (origin.equals(asylum) || !d.contains(origin) || !d.contains(asylum)) {
          continue;
        }
        for (Map.Entry<Indicator, Double> v : values.entrySet()) {
          out.add(new Observation(v.getKey().id(), d.id(), asylum, Period.ofYear(year), v.getValue(),
              v.getKey().unit(), Status.OBSERVED, source.id(), "", "", (v.getKey().combine() == Combine.SUM
              ? "UNHCR figure for the year: origin " : "UNHCR end-year figure: origin ") + origin
              + ", country of asylum " + asylum));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    return new StatisticsReading(out.isEmpty() ? List.of() : List.of(source), out, List.of(), skipped, rows.size());
  }

  /** UNHCR as the source, dated by the preamble's "Last updated" year when there is one. */
  private static Source source(List<String> preamble) {
    int year = 0;
    String url = "https://www.unhcr.org/refugee-statistics/download/";
    for (String l : preamble) {
      Matcher m = UPDATED.matcher(l.strip());
      if (m.find()) {
        year = Integer.parseInt(m.group(1));
      }
      Matcher u = LINK.matcher(l.strip());
      if (u.find()) {
        url = u.group(1);
      }
    }
    return new Source(SOURCE_ID, "UNHCR Refugee Data Finder: end-year stock population figures by country of origin"
        + " and country of asylum" + (year == 0 ? "" : ", updated " + year), "UNHCR", SourceKind.INTERNATIONAL_ORGANISATION,
        Grade.A, year, url);
  }
}
