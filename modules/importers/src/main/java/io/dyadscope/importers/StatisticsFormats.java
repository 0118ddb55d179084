package io.dyadscope.importers;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportSummary;
import io.dyadscope.evidence.imports.ObservationSink;
import io.dyadscope.importers.comtrade.ComtradeImporter;
import io.dyadscope.importers.imf.ImfDotsImporter;
import io.dyadscope.importers.unhcr.UnhcrImporter;
import io.dyadscope.importers.wdi.WdiImporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The tabular formats Dyadscope reads, listed once: {@code import FORMAT FILE} takes one by its
 * word, {@code import FILE} tells it from the file's first lines, and both import through it.
 */
public final class StatisticsFormats {

  /** UNHCR Refugee Data Finder population export. */
  public static final StatisticsFormat UNHCR = new Listed("unhcr", "a UNHCR population export",
      UnhcrImporter::signature, b -> false, (gazetteer, catalogue) -> new UnhcrImporter(gazetteer, catalogue)::importFile);
  /** World Bank World Development Indicators, wide or long CSV. */
  public static final StatisticsFormat WDI = new Listed("wdi", "a World Bank WDI CSV", WdiImporter::signature,
      b -> false, (gazetteer, catalogue) -> new WdiImporter(gazetteer)::importFile);
  /** UN Comtrade Plus trade-data CSV. */
  public static final StatisticsFormat COMTRADE = new Listed("comtrade", "a UN Comtrade CSV",
      ComtradeImporter::signature, b -> false,
      (gazetteer, catalogue) -> new ComtradeImporter(gazetteer, catalogue)::importFile);
  /** IMF Direction of Trade Statistics: a country-table workbook or the long CSV. */
  public static final StatisticsFormat IMF_DOTS = new Listed("imf-dots", "an IMF DOTS workbook or CSV",
      ImfDotsImporter::signature, ImfDotsImporter::isWorkbook,
      (gazetteer, catalogue) -> new ImfDotsImporter(gazetteer, catalogue)::importFile);
  /** Dyadscope's tidy indicator CSV; its rows name their dyads, the sources they cite are in the workspace. */
  public static final StatisticsFormat INDICATORS = new Listed("indicators", "a tidy indicator CSV",
      IndicatorImporter::signature, b -> false, (gazetteer, catalogue) -> (sink, file, dyads, progress) -> {
        ImportSummary i = new IndicatorImporter(sink, catalogue, gazetteer).importFiles(file, null);
        return new StatisticsSummary(i, "indicators", List.of(), Map.of(), i.added() + i.replaced() + i.unchanged());
      });

  /** Every format, in the order a line is tried against their signatures (no two signatures share a line). */
  public static final List<StatisticsFormat> ALL = List.of(UNHCR, WDI, COMTRADE, IMF_DOTS, INDICATORS);

  /** Lines looked at: the longest preamble seen in a real download is 14 lines. */
  static final int LOOK_AHEAD = 40;

  private StatisticsFormats() {}

  /** The format named {@code word} ({@code unhcr}, {@code imf-dots}...), or empty. */
  public static Optional<StatisticsFormat> byWord(String word) {
    return ALL.stream().filter(f -> f.word().equals(word)).findFirst();
  }

  /** The formats for a message: {@code a UNHCR population export, ..., or a tidy indicator CSV}. */
  public static String described() {
    List<String> d = ALL.stream().map(StatisticsFormat::description).toList();
    return String.join(", ", d.subList(0, d.size() - 1)) + ", or " + d.get(d.size() - 1);
  }

  /** The words for a message: {@code unhcr|wdi|comtrade|imf-dots|indicators}. */
  public static String words() {
    return ALL.stream().map(StatisticsFormat::word).collect(Collectors.joining("|"));
  }

  /**
   * The format of a file's {@code bytes}: a format's container first (an {@code .xlsx} workbook is
   * an IMF DOTS country table, whose reader checks the sheets' titles), then its text by
   * {@link #detect(String)}.
   */
  public static Optional<StatisticsFormat> detect(byte[] bytes) {
    Optional<StatisticsFormat> container = ALL.stream().filter(f -> f.container(bytes)).findFirst();
    // the name only labels a decoding problem, which utf8OrLatin1 never lets out
    return container.isPresent() ? container : detect(StatisticsText.utf8OrLatin1("input", bytes));
  }

  /** The format of {@code text}, or empty when none of the signatures is in its first lines. */
  public static Optional<StatisticsFormat> detect(String text) {
    List<String> lines = StatisticsText.lines(StatisticsText.stripBom(text));
    for (int i = 0; i < Math.min(LOOK_AHEAD, lines.size()); i++) {
      String l = lines.get(i).toLowerCase(Locale.ROOT).replace("\"", "");
      Optional<StatisticsFormat> f = ALL.stream().filter(s -> s.signature(l)).findFirst();
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** Imports one file once the reference data are known. */
  @FunctionalInterface
  private interface FileImport {
    StatisticsSummary importFile(ObservationSink sink, Path file, List<Dyad> dyads, Progress progress)
        throws IOException, ImportException;
  }

  /** A listed format: its word and signatures, and the reader that imports it. */
  private record Listed(String word, String description, Predicate<String> lineSignature, Predicate<byte[]> bytes,
      BiFunction<Gazetteer, IndicatorCatalogue, FileImport> reader) implements StatisticsFormat {

    @Override
    public boolean signature(String line) {
      return lineSignature.test(line);
    }

    @Override
    public boolean container(byte[] content) {
      return bytes.test(content);
    }

    @Override
    public StatisticsSummary importFile(Gazetteer gazetteer, IndicatorCatalogue catalogue, ObservationSink sink,
        Path file, List<Dyad> dyads, Progress progress) throws IOException, ImportException {
      return reader.apply(gazetteer, catalogue).importFile(sink, file, dyads, progress);
    }

    @Override
    public String toString() {
      return word;
    }
  }
}
