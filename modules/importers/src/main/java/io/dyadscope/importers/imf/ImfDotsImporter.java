package io.dyadscope.importers.imf;

import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Hashing;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ObservationSink;
import io.dyadscope.evidence.imports.Problems;
import io.dyadscope.importers.Progress;
import io.dyadscope.importers.ReferenceReader;
import io.dyadscope.importers.StatisticsImport;
import io.dyadscope.importers.StatisticsReading;
import io.dyadscope.importers.StatisticsSummary;
import io.dyadscope.importers.comtrade.ComtradeFlows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the IMF's Direction of Trade Statistics (DOTS): a country table workbook as the IMF
 * publishes it ({@code .xlsx}: a sheet {@code Exports, FOB} and a sheet {@code Imports, CIF}, the
 * reporter's name in the title rows, one row per partner, one column per year, US dollars
 * millions; see {@link DotsWorkbook}) or the long CSV of the same figures ({@link DotsCsv}).
 *
 * <p>As with UN Comtrade, each reporter is a source of its own ({@code imf-dots-PAK}: Pakistan's
 * figures as reported to the IMF), so a country's exports (FOB) and its partner's imports (CIF) of
 * the same flow stand side by side under one indicator ({@link ComtradeFlows#bilateral}) and the
 * mirror comparison reads them. Where the IMF marks a value as its estimate ({@code 47.43 e}; it
 * fills a silent reporter's figures from its partners' reports) the value cites a source of its
 * own, {@code imf-dots-AFG-e}, and says so in its note: it is not the reporter's report, and a
 * mirror comparison against the partner it was estimated from would compare a figure with itself.
 */
public final class ImfDotsImporter extends ReferenceReader {

  public static final String FORMAT = "imf-dots";
  public static final String SOURCE_PREFIX = "imf-dots-";
  /** Appended to a reporter's source id for the IMF's estimates of its figures. */
  public static final String ESTIMATE_SUFFIX = "-e";

  public ImfDotsImporter(Gazetteer gazetteer, IndicatorCatalogue catalogue) {
    super(FORMAT, gazetteer, catalogue);
  }

  /** The id of the source for figures reported by {@code iso3}. */
  public static String sourceId(String iso3) {
    return SOURCE_PREFIX + iso3;
  }

  /** True for an {@code .xlsx} file (a ZIP container), told by its first bytes. */
  public static boolean isWorkbook(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /** True for the long CSV's header line (lower case, quotes removed); a workbook is told by {@link #isWorkbook}. */
  public static boolean signature(String line) {
    return line.contains("reporter_iso3") && line.contains("partner_iso3") && line.contains("value_usd_millions");
  }

  /** Reads and merges a file's {@code bytes}, workbook or CSV, for {@code dyads}; all or nothing. */
  @Override
  public StatisticsSummary importBytes(ObservationSink sink, String name, byte[] bytes, List<Dyad> dyads,
      Progress progress) throws ImportException {
    if (!isWorkbook(bytes)) {
      return super.importBytes(sink, name, bytes, dyads, progress);
    }
    return StatisticsImport.mergeHashed(sink, FORMAT, name, Hashing.sha256(bytes), readWorkbook(name, bytes, dyads));
  }

  /** Reads a DOTS country-table workbook. */
  public StatisticsReading readWorkbook(String name, byte[] bytes, List<Dyad> dyads) throws ImportException {
    Problems problems = new Problems();
    Map<String, Integer> skipped = new HashMap<>();
    List<DotsFigure> figures = new DotsWorkbook(new ImfNames(gazetteer)).read(name, bytes, problems, skipped);
    return reading(name, figures, dyads, problems, skipped, figures.size());
  }

  /** Reads the long CSV. */
  @Override
  public StatisticsReading read(String name, String text, List<Dyad> dyads, Progress progress)
      throws ImportException {
    Problems problems = new Problems();
    Map<String, Integer> skipped = new HashMap<>();
    List<DotsFigure> figures = DotsCsv.read(name, text, gazetteer, progress, problems, skipped);
    return reading(name, figures, dyads, problems, skipped, figures.size());
  }

  private StatisticsReading reading(String name, List<DotsFigure> figures, List<Dyad> dyads, Problems problems,
      Map<String, Integer> skipped, int rows) throws ImportException {
    Map<String, Integer> seen = new HashMap<>();
    Map<String, Source> sources = new LinkedHashMap<>();
    List<Observation> out = new ArrayList<>();
    for (DotsFigure f : figures) {
      Integer first = seen.putIfAbsent(f.reporter() + "|" + f.partner() + "|" + f.exports() + "|" + f.year(), f.line());
      if (first != null) {
        problems.add(name, f.line(), "", "duplicate figure for " + f.reporter() + " " + (f.exports() ? "exports to "
            : "imports from ") + f.partner() + " in " + f.year() + ": first given on line " + first);
        continue;
      }
      if (f.value() < 0) {
        problems.add(name, f.line(), "", "negative trade value " + f.value());
        continue;
      }
      for (Dyad d : dyads) {
        Optional<ComtradeFlows.Target> t = ComtradeFlows.bilateral(d, f.reporter(), f.partner(), f.exports() ? "X" : "M");
        if (t.isEmpty()) {
          continue;
        }
        Source s = sources.computeIfAbsent(f.reporter() + (f.estimate() ? ESTIMATE_SUFFIX : ""),
            k -> source(f.reporter(), f.estimate()));
        out.add(new Observation(catalogue.get(t.get().indicator()).id(), d.id(), t.get().subject(),
            Period.ofYear(f.year()), f.value(), "USD million", Status.OBSERVED, s.id(), "", "", note(f)));
      }
    }
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    return new StatisticsReading(List.copyOf(sources.values()), out, List.of(), skipped, rows);
  }

  private Source source(String reporter, boolean estimate) {
    String country = gazetteer.byIso3(reporter).map(Country::name).orElse(reporter);
    String url = "https://data.imf.org/en/datasets/IMF.STA:IMTS";
    if (estimate) {
      return new Source(sourceId(reporter) + ESTIMATE_SUFFIX, "IMF estimates of " + country + "'s bilateral trade"
          + " (marked e), made from its partners' reports (International Monetary Fund, Direction of Trade Statistics)",
          "International Monetary Fund", SourceKind.INTERNATIONAL_ORGANISATION, Grade.C, 0, url);
    }
    return new Source(sourceId(reporter), country + ": bilateral merchandise trade as reported to the IMF"
        + " (International Monetary Fund, Direction of Trade Statistics)", country + " via the International Monetary"
        + " Fund", SourceKind.OFFICIAL, Grade.B, 0, url);
  }

  private static String note(DotsFigure f) {
    return "IMF DOTS: " + f.reporter() + " reports " + (f.exports() ? "exports to " + f.partner() + " (FOB)"
        : "imports from " + f.partner() + " (CIF)") + (f.estimate() ? "; IMF estimate (e), not the reporter's own figure"
        : "") + "; " + f.where();
  }
}
