package io.dyadscope.render.dossier;

import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.DocumentFinding;
import io.dyadscope.dossier.Comparison;
import io.dyadscope.dossier.Dossier;
import io.dyadscope.dossier.SourceRow;
import io.dyadscope.evidence.text.Figures;
import io.dyadscope.evidence.text.Prose;
import java.util.ArrayList;
import java.util.List;

/**
 * The text HTML (through its templates), Markdown and JSON print for numbers, headings and table
 * rows, so that every format says the same. Public because the compiled templates call it.
 */
public final class Format {

  private Format() {}

  /** A numbered section of the dossier: its anchor and heading. */
  public record Section(String anchor, String heading, int number) {}

  /**
   * The sections of a dossier in order; the audit section only when there are notes, the official
   * statistics, event picture and texts sections only when the dossier has them.
   */
  public static List<Section> sections(Dossier d) {
    List<Section> out = new ArrayList<>();
    for (SectionName n : SectionName.values()) {
      if (n.presentIn(d)) {
        out.add(new Section(n.anchor(), n.heading(), out.size() + 1));
      }
    }
    return out;
  }

  /** The section with {@code anchor}. */
  public static Section section(Dossier d, String anchor) {
    return sections(d).stream().filter(s -> s.anchor().equals(anchor)).findFirst().orElseThrow();
  }

  /** Heading of a theme's observed series, which come before the documents' figures. */
  public static final String OBSERVED_HEADING = "Observed";
  /** Heading of a theme's findings from the documents' figures, after the observed series. */
  public static final String DOCUMENTS_HEADING = "From the documents, checked in the next section";
  /** Heading of what each document got right, got wrong and what cannot be checked. */
  public static final String VERDICTS_HEADING = "What each document got right, got wrong, and what cannot be checked";

  public static String meta(Dossier d) {
    return "Dyad " + d.dyad() + " (" + d.first() + " first)"
        + (d.target().isEmpty() ? "" : " · forecasts for " + d.target());
  }

  public static String dataCounts(Dossier d) {
    var data = d.data();
    if (data.observations() == 0) {
      return "No observations are stored for this dyad.";
    }
    return Prose.count(data.observations(), "distinct fact") + " (" + data.facts() + " observed or reported, "
        + Prose.count(data.projections(), "published projection") + (data.mentions() == data.observations() ? ""
            : "; " + Prose.count(data.mentions(), "stored mention")) + ") of "
        + Prose.count(data.indicators(), "indicator") + ", " + (data.firstPeriod().equals(data.lastPeriod())
            ? "all of " + data.firstPeriod() : data.firstPeriod() + " to " + data.lastPeriod())
        + ", from " + Prose.count(data.sources().size(), "source") + ".";
  }

  public static final List<String> SOURCE_HEADERS = List.of("Id", "Source", "Kind", "Grade", "Facts",
      "Passed on", "Read in");
  public static final List<Boolean> SOURCE_NUMERIC = List.of(false, false, false, false, true, true, false);

  public static List<String> sourceCells(SourceRow r) {
    return List.of(r.id(), r.citation(), r.kind(), r.grade(), Integer.toString(r.observations()),
        Integer.toString(r.passedOn()), r.secondHand() ? "second-hand: " + r.seenThrough() : "first-hand");
  }

  public static final List<String> COMPARISON_HEADERS = List.of("Series", "Published", "Published by", "Dyadscope",
      "80% interval", "95% interval", "Difference", "Published value lies", "How the forecast was made");
  public static final List<Boolean> COMPARISON_NUMERIC = List.of(false, true, false, true, true, true, true, false,
      false);

  public static List<String> comparisonCells(Comparison c) {
    String diff = signed(c.difference()) + (Double.isNaN(c.differencePct()) ? ""
        : " (" + (c.differencePct() > 0 ? "+" : "") + Figures.percent(c.differencePct()) + ")");
    String how = c.hasForecast() ? c.method() + ", " + c.confidence() + " confidence: " + c.note() : c.note();
    return List.of(c.series(), num(c.published()), c.publishedBy(), approx(c.forecast()),
        range(c.lo80(), c.hi80()), range(c.lo95(), c.hi95()), diff.strip(), c.verdict(), how);
  }

  public static final List<String> AUDIT_HEADERS = List.of("Document", "Check", "Severity", "Line", "Message");
  public static final List<Boolean> AUDIT_NUMERIC = List.of(false, false, false, true, false);

  public static final List<String> EVIDENCE_HEADERS = List.of("Id", "Period", "Value", "Status", "Source",
      "Reported in", "Location");
  public static final List<Boolean> EVIDENCE_NUMERIC = List.of(false, false, true, false, false, false, false);

  public static List<String> evidenceCells(io.dyadscope.dossier.EvidenceEntry e) {
    return List.of(e.id(), e.period(), e.value(), e.status(), e.source(), e.reportedBy(), e.location());
  }

  /** Appendix entries of one series, under a heading naming it and its unit. */
  public record EvidenceGroup(String heading, List<io.dyadscope.dossier.EvidenceEntry> entries) {}

  /** Each cited observation's number in the appendix (from 1, in the order {@link #evidenceGroups} lists them). */
  public static java.util.Map<String, Integer> evidenceNumbers(Dossier d) {
    java.util.Map<String, Integer> out = new java.util.HashMap<>();
    for (EvidenceGroup g : evidenceGroups(d)) {
      for (var e : g.entries()) {
        out.putIfAbsent(e.id(), out.size() + 1);
      }
    }
    return out;
  }

  /** A link to an appendix row: the observation's id and the number it has there (its id when it has none). */
  public record EvidenceLink(String id, String label) {}

  /** The links for {@code ids}, in the order of their appendix numbers (ids without a number last). */
  public static List<EvidenceLink> evidenceLinks(List<String> ids, java.util.Map<String, Integer> numbers) {
    return ids.stream().distinct().sorted(java.util.Comparator.comparing((String id) -> numbers.getOrDefault(id,
        Integer.MAX_VALUE)).thenComparing(id -> id)).map(id -> new EvidenceLink(id,
            numbers.containsKey(id) ? String.valueOf(numbers.get(id)) : id)).toList();
  }

  /** The appendix grouped by series, in appendix order. */
  public static List<EvidenceGroup> evidenceGroups(Dossier d) {
    java.util.Map<String, List<io.dyadscope.dossier.EvidenceEntry>> m = new java.util.LinkedHashMap<>();
    for (var e : d.appendix()) {
      m.computeIfAbsent(e.what() + " (" + Figures.unitHeading(e.unit()) + ")", k -> new ArrayList<>()).add(e);
    }
    List<EvidenceGroup> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new EvidenceGroup(k, v)));
    return out;
  }

  /** Colophon lines as {label, value}; unknown values say so. */
  /**
   * The colophon's lines. The build commit shows only when known; the workspace by its folder's name
   * only (its absolute path tells a reader nothing and exposes the maker's file system).
   */
  public static List<List<String>> colophon(io.dyadscope.dossier.Colophon c) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of("Made by", "Dyadscope " + orUnknown(c.version())));
    if (!c.commit().isEmpty()) {
      out.add(List.of("Build commit", c.commit()));
    }
    out.add(List.of("Date", orUnknown(c.date())));
    out.add(List.of("Workspace", orUnknown(folderName(c.workspace()))));
    out.add(List.of("Import history digest", orUnknown(c.importsDigest())));
    return out;
  }

  /** A piece of running text, {@code code} when it stood between backticks (a command to type). */
  public record TextPart(String text, boolean code) {}

  /** Running text split at its backticks, so HTML shows {@code `dyadscope ...`} as code, not as backticks. */
  public static List<TextPart> codeParts(String text) {
    List<TextPart> out = new ArrayList<>();
    String[] parts = text.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < parts.length - 1;
      if (!parts[i].isEmpty()) {
        out.add(new TextPart(code || i % 2 == 0 ? parts[i] : "`" + parts[i], code));
      }
    }
    return out;
  }

  private static String folderName(String path) {
    String p = path.replaceAll("[/\\\\]+$", "");
    int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return cut < 0 ? p : p.substring(cut + 1);
  }

  private static String orUnknown(String s) {
    return s.isEmpty() ? "not recorded" : s;
  }

  /** The headings of a data table: row labels, value columns, and its sources column. */
  public static List<String> tableHeaders(io.dyadscope.dossier.TableView t) {
    List<String> h = new ArrayList<>(t.rowHeaders());
    h.addAll(t.columns());
    h.add("Sources");
    return h;
  }

  /** Which of {@link #tableHeaders} are numeric. */
  public static List<Boolean> tableNumeric(io.dyadscope.dossier.TableView t) {
    List<Boolean> n = new ArrayList<>();
    t.rowHeaders().forEach(x -> n.add(false));
    t.columns().forEach(x -> n.add(true));
    n.add(false);
    return n;
  }

  /** The cells of a data table row, as {@link #tableHeaders} orders them. */
  public static List<String> tableCells(io.dyadscope.dossier.TableRow r) {
    List<String> cells = new ArrayList<>(r.labels());
    r.cells().forEach(c -> cells.add(c.text()));
    cells.add(r.sources());
    return cells;
  }

  /** Said once above the tables. */
  public static final String TABLES_INTRO = "Rows marked projection hold published projections (one-off estimates"
      + " are marked expected); where Dyadscope could forecast a series, its forecast stands beside the published one"
      + " under the table. Sources are given by id; the line under each table cites them.";

  /** An SVG document for inlining in HTML: without its XML declaration. */
  public static String inlineSvg(String svg) {
    return svg.startsWith("<?xml") ? svg.substring(svg.indexOf('\n') + 1) : svg;
  }

  /** Text for a {@code data:} URI. */
  public static String percentEncode(String s) {
    // percent-encoding (RFC 3986) by hand: the pure modules stay clear of java.net
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }

  public static List<String> auditCells(DocumentFinding n) {
    AuditFinding f = n.finding();
    return List.of(n.document(), f.check(), f.severity().word(), f.line() == 0 ? "" : Integer.toString(f.line()),
        f.message());
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
