package io.dyadscope.audit.table;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.Qualifier;
import io.dyadscope.audit.extract.Amount;
import io.dyadscope.audit.extract.Excerpts;
import io.dyadscope.audit.extract.OpenQuantity;
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
record CellClaims(Lines lines, Dyad dyad, IndicatorCatalogue catalogue, Places places) {

  Claim claim(TableRegion region, TableReader.Caption cap, TextTable.Column col, Status status, TextTable.Row row,
      RawRow rr, String text, Amount a, String partEntity) {
    String id = col.indicator() != null ? col.indicator() : row.indicator() != null ? row.indicator()
        : cap.indicator();
    Indicator ind = id == null ? null : catalogue.find(id).orElse(null);
    if (ind == null || !a.fits(ind.unit())) {
      return openClaim(region, cap, col, status, row, rr, text, a);
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
        // "Nigerian refugees in Cameroon": a column's own host comes before the caption's.
        String host = hostNamed(" " + col.header() + " ");
        if (host != null) {
          return host;
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

  /**
   * The claim of a column no catalogue indicator fits, as the open quantity its header names
   * ({@link OpenQuantity#ofHeader}) at the place its row names: only a count or a sum of money with
   * a period, so that the report's own figures of that quantity can be compared with it.
   */
  Claim openClaim(TableRegion region, TableReader.Caption cap, TextTable.Column col, Status status,
      TextTable.Row row, RawRow rr, String text, Amount a) {
    Period period = row.period() != null ? row.period() : col.period() != null ? col.period()
        : cap.period() != null ? cap.period() : onlyYear(cap.text());
    if (period == null || a.kind() == Units.Dimension.PERCENT || row.entity() != null && row.period() == null) {
      return null;
    }
    String place = row.period() != null ? "" : row.label();
    String id = OpenQuantity.ofHeader(col.header(), place);
    if (id == null) {
      return null;
    }
    String unit = a.kind() == Units.Dimension.MONEY ? (a.currency().isEmpty() ? "money" : a.currency()) : "count";
    return new Claim(rr.line, Excerpts.of(lines.line(rr.line)), id, dyad.id(), period, PeriodBasis.TABLE, a.value(),
        Math.min(a.low(), a.value()), Math.max(a.high(), a.value()), unit, status, Qualifier.EXACT, text,
        "Table " + region.number());
  }

  /** The one year a caption names ("Border crossings by crossing point, 2024 (thousands)"), or null. */
  static Period onlyYear(String caption) {
    java.util.regex.Matcher m = YEAR.matcher(caption);
    Period found = null;
    while (m.find()) {
      Period p = Period.ofYear(Integer.parseInt(m.group()));
      if (found != null && !found.equals(p)) {
        return null;
      }
      found = p;
    }
    return found;
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![\\d.])(19|20)\\d\\d(?![\\d.])");

  /** The dyad's country that {@code text} names after "in", "to", "into" or "by", or null. */
  private String hostNamed(String text) {
    for (String c : List.of(dyad.first(), dyad.second())) {
      String name = places.gazetteer().byIso3(c).map(x -> x.name()).orElse(null);
      if (name != null && (text.contains(" in " + name + " ") || text.contains(" to " + name + " ")
          || text.contains(" into " + name + " ") || text.contains(" by " + name + " "))) {
        return c;
      }
    }
    return null;
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
