package io.dyadscope.dossier.render;

import io.dyadscope.dossier.AuditNote;
import io.dyadscope.dossier.Comparison;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.SourceRow;
import io.dyadscope.evidence.text.Figures;
import java.util.ArrayList;
import java.util.List;

/** The text both HTML and Markdown print for numbers, headings and table rows, so the two say the same. */
final class Format {

  private Format() {}

  /** The sections of a dossier in order, as {anchor, heading}; the audit section only when there are notes. */
  static List<String[]> sections(Dossier d) {
    List<String[]> s = new ArrayList<>();
    s.add(new String[] {"summary", "Summary"});
    s.add(new String[] {"data", "Data and sources"});
    s.add(new String[] {"results", "Results by theme"});
    s.add(new String[] {"tables", "Tables"});
    s.add(new String[] {"figures", "Figures"});
    s.add(new String[] {"discussion", "Discussion by lens"});
    s.add(new String[] {"recommendations", "Recommendations"});
    if (!d.audit().isEmpty()) {
      s.add(new String[] {"audit", "Audit notes"});
    }
    s.add(new String[] {"methods", "Method notes"});
    return s;
  }

  static String meta(Dossier d) {
    return "Dyad " + d.dyad() + " (" + d.first() + " first)"
        + (d.target().isEmpty() ? "" : " · forecasts for " + d.target());
  }

  static String dataCounts(Dossier d) {
    var data = d.data();
    if (data.observations() == 0) {
      return "No observations are stored for this dyad.";
    }
    return data.observations() + " observations (" + data.facts() + " observed or reported, " + data.projections()
        + " published projections) of " + data.indicators() + " indicators, " + data.firstPeriod()
        + (data.firstPeriod().equals(data.lastPeriod()) ? "" : " to " + data.lastPeriod()) + ", from "
        + data.sources().size() + " sources.";
  }

  static final List<String> SOURCE_HEADERS = List.of("Source", "Publisher", "Kind", "Grade", "Year", "Observations",
      "Passed on");
  static final boolean[] SOURCE_NUMERIC = {false, false, false, false, true, true, true};

  static List<String> sourceCells(SourceRow r) {
    return List.of(r.citation(), r.publisher(), r.kind(), r.grade(), r.year() == 0 ? "" : Integer.toString(r.year()),
        Integer.toString(r.observations()), Integer.toString(r.passedOn()));
  }

  static final List<String> COMPARISON_HEADERS = List.of("Series", "Published", "Published by", "Dyadscope",
      "80% interval", "95% interval", "Method", "Confidence", "Difference", "Difference %", "Published value lies",
      "Basis");
  static final boolean[] COMPARISON_NUMERIC = {false, true, false, true, true, true, false, false, true, true, false,
      false};

  static List<String> comparisonCells(Comparison c) {
    return List.of(c.series(), num(c.published()), c.publishedBy(), approx(c.forecast()),
        range(c.lo80(), c.hi80()), range(c.lo95(), c.hi95()), c.method(), c.confidence(), signed(c.difference()),
        Double.isNaN(c.differencePct()) ? "" : (c.differencePct() > 0 ? "+" : "") + Figures.percent(c.differencePct()),
        c.verdict(), c.note());
  }

  static final List<String> AUDIT_HEADERS = List.of("Document", "Check", "Severity", "Line", "Message");
  static final boolean[] AUDIT_NUMERIC = {false, false, false, true, false};

  static List<String> auditCells(AuditNote n) {
    return List.of(n.document(), n.check(), n.severity(), n.line() == 0 ? "" : Integer.toString(n.line()),
        n.message());
  }

  static String num(double v) {
    return Double.isNaN(v) ? "" : Figures.cell(v);
  }

  static String approx(double v) {
    return Double.isNaN(v) ? "" : Figures.cell(Figures.round(v));
  }

  static String range(double lo, double hi) {
    if (Double.isNaN(lo)) {
      return "";
    }
    double ref = Math.max(Math.abs(lo), Math.abs(hi));
    return Figures.cell(Figures.roundLike(lo, ref)) + " to " + Figures.cell(Figures.roundLike(hi, ref));
  }

  static String signed(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    double r = Figures.round(v);
    return (r > 0 ? "+" : "") + Figures.cell(r);
  }
}
