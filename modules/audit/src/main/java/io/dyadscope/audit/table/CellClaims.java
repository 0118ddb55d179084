package io.dyadscope.audit.table;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.Qualifier;
import io.dyadscope.audit.extract.Amount;
import io.dyadscope.audit.extract.Excerpts;
import io.dyadscope.audit.extract.Places;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import io.dyadscope.evidence.Units;
import java.util.List;

/**
 * Turns one table cell into the claim it makes, for {@link TableReader}: the indicator (column,
 * row or caption), the subject its family calls for (an initiative, a country, a province or the
 * dyad, from the row, column, breakdown part or caption), the period and the value in the
 * indicator's unit.
 */
final class CellClaims {

  private final Lines lines;
  private final Dyad dyad;
  private final IndicatorCatalogue catalogue;
  private final Places places;

  CellClaims(Lines lines, Dyad dyad, IndicatorCatalogue catalogue, Places places) {
    this.lines = lines;
    this.dyad = dyad;
    this.catalogue = catalogue;
    this.places = places;
  }

  Claim claim(TableRegion region, TableReader.Caption cap, TextTable.Column col, Status status, TextTable.Row row,
      RawRow rr, String text, Amount a, String partEntity) {
    String id = col.indicator() != null ? col.indicator() : row.indicator() != null ? row.indicator()
        : cap.indicator();
    if (id == null) {
      return null;
    }
    Indicator ind = catalogue.find(id).orElse(null);
    if (ind == null || !a.fits(ind.unit())) {
      return null;
    }
    String subject = subject(ind, col, row, cap, partEntity);
    if (subject == null) {
      return null;
    }
    Period period = row.period() != null ? row.period() : col.period() != null ? col.period() : cap.period();
    double v = Units.fromBase(a.value(), ind.unit());
    double lo = Units.fromBase(a.low(), ind.unit());
    double hi = Units.fromBase(a.high(), ind.unit());
    return new Claim(rr.line, Excerpts.of(lines.line(rr.line)), ind.id(), subject, period,
        period == null ? PeriodBasis.NONE : PeriodBasis.TABLE, v, Math.min(lo, v), Math.max(hi, v), ind.unit(),
        status, Qualifier.EXACT, text, "Table " + region.number());
  }

  private String subject(Indicator ind, TextTable.Column col, TextTable.Row row, TableReader.Caption cap, String partEntity) {
    switch (ind.family()) {
      case CONNECTIVITY:
        return isInitiative(row.entity()) ? row.entity() : isInitiative(col.entity()) ? col.entity() : null;
      case OPINION:
        return isCountry(col.entity()) ? col.entity() : isCountry(row.entity()) ? row.entity() : null;
      case REFUGEES:
        if (ind.isShare()) {
          return partEntity != null ? partEntity : isProvince(row.entity()) ? row.entity() : null;
        }
        // The host a column names ("Cameroonian refugees in Nigeria": Nigeria) before the caption's.
        for (String c : List.of(dyad.first(), dyad.second())) {
          String name = places.gazetteer().byIso3(c).map(x -> x.name()).orElse("?");
          if (col.header().contains(" in " + name) || col.header().contains(" to " + name)) {
            return c;
          }
        }
        for (String c : cap.countries()) {
          String name = places.gazetteer().byIso3(c).map(x -> x.name()).orElse("?");
          if (dyad.contains(c) && (cap.text().contains(" in " + name) || cap.text().contains(" to " + name)
              || cap.text().contains(" into " + name) || cap.text().contains(" by " + name))) {
            return c;
          }
        }
        return dyad.first();
      default:
        List<String> outside = cap.countries().stream().filter(c -> !dyad.contains(c)).toList();
        if (outside.isEmpty() || cap.countries().contains(dyad.first()) && cap.countries().contains(dyad.second())) {
          return dyad.id();
        }
        List<String> inDyad = cap.countries().stream().filter(dyad::contains).toList();
        return !inDyad.isEmpty() ? new Dyad(inDyad.get(0), outside.get(0)).id()
            : outside.size() > 1 ? new Dyad(outside.get(0), outside.get(1)).id() : outside.get(0);
    }
  }

  private boolean isInitiative(String code) {
    return code != null && !isCountry(code) && !isProvince(code);
  }

  private boolean isCountry(String code) {
    return code != null && code.length() == 3 && places.gazetteer().byIso3(code).isPresent();
  }

  private static boolean isProvince(String code) {
    return code != null && code.length() >= 4 && code.length() <= 6 && code.charAt(2) == '-'
        && Character.isUpperCase(code.charAt(0)) && Character.isUpperCase(code.charAt(1));
  }
}
