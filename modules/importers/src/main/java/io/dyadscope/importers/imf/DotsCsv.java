package io.dyadscope.importers.imf;

import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.importers.CsvHeader;
import io.dyadscope.importers.LocatedCsv;
import io.dyadscope.evidence.imports.Problems;
import io.dyadscope.importers.Progress;
import io.dyadscope.evidence.number.StatNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The IMF DOTS figures as a long CSV, one figure a row: {@code reporter_iso3, partner_iso3, flow
 * (exports_fob | imports_cif), year, value_usd_millions}, optionally {@code imf_estimate} ({@code e}
 * where the IMF estimated the value) and any other columns (ignored). An empty value is no figure.
 */
final class DotsCsv {

  static final List<String> REQUIRED = List.of("reporter_iso3", "partner_iso3", "flow", "year", "value_usd_millions");
  static final String ESTIMATE = "imf_estimate";

  private DotsCsv() {}

  static List<DotsFigure> read(String name, String text, Gazetteer gazetteer, Progress progress, Problems problems,
      Map<String, Integer> skipped) {
    CsvHeader header = CsvHeader.first(text);
    header.require(name, REQUIRED, " (expected an IMF DOTS long CSV: " + String.join(",", REQUIRED) + ",imf_estimate)",
        problems);
    Map<String, Integer> col = header.columns();
    List<DotsFigure> out = new ArrayList<>();
    if (!problems.isEmpty()) {
      return out;
    }
    String file = new java.io.File(name).getName();
    for (LocatedCsv.Row r : header.rows(name, progress, problems)) {
      if (!header.fits(name, r, problems)) {
        continue;
      }
      String reporter = r.get(col.get("reporter_iso3"));
      String partner = r.get(col.get("partner_iso3"));
      boolean known = true;
      for (String[] c : new String[][] {{"reporter_iso3", reporter}, {"partner_iso3", partner}}) {
        if (gazetteer.byIso3(c[1]).isEmpty()) {
          problems.add(name, r.line(), c[0], "unknown country code '" + c[1] + "': not an ISO 3166-1 alpha-3 code");
          known = false;
        }
      }
      String flow = r.get(col.get("flow"));
      if (!flow.equals("exports_fob") && !flow.equals("imports_cif")) {
        problems.add(name, r.line(), "flow", "flow '" + flow + "' is neither exports_fob nor imports_cif");
        known = false;
      }
      String year = r.get(col.get("year"));
      if (!year.matches("(18|19|20|21)\\d{2}")) {
        problems.add(name, r.line(), "year", "not a year: '" + year + "'");
        known = false;
      }
      String mark = col.containsKey(ESTIMATE) ? r.get(col.get(ESTIMATE)) : "";
      if (!mark.isEmpty() && !mark.equals("e")) {
        problems.add(name, r.line(), ESTIMATE, "imf_estimate is 'e' or empty, not '" + mark + "'");
      }
      StatNumber.Cell cell = StatNumber.read(r.get(col.get("value_usd_millions")));
      if (!cell.ok()) {
        problems.add(name, r.line(), "value_usd_millions", cell.problem());
      } else if (!cell.present()) {
        skipped.merge("rows without a value", 1, Integer::sum);
      } else if (known) {
        out.add(new DotsFigure(reporter, partner, flow.equals("exports_fob"), Integer.parseInt(year), cell.value(),
            mark.equals("e"), r.line(), file + ", line " + r.line()));
      }
    }
    return out;
  }
}
