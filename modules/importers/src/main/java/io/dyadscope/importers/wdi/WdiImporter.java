package io.dyadscope.importers.wdi;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.Indicator;
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
import io.dyadscope.importers.StatisticsReader;
import io.dyadscope.importers.StatisticsReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads World Bank World Development Indicators CSV files in either layout.
 *
 * <ul>
 *   <li><b>Wide</b> (the {@code API_<code>_DS2_en_csv_v2.csv} download): a preamble
 *       ({@code "Data Source","World Development Indicators",} and {@code "Last Updated Date",...}
 *       with blank lines), then {@code "Country Name","Country Code","Indicator Name","Indicator
 *       Code","1960",...,"2017",} with one column per year and a trailing comma on every line.
 *   <li><b>Long</b>: one value a line, header naming {@code Country Code}, {@code Indicator Code}
 *       (or {@code Series Code}), {@code Year} (or {@code Time}, values {@code 2015} or
 *       {@code YR2015}) and {@code Value}; optional {@code Country Name}, {@code Indicator Name}
 *       (or {@code Series Name}). {@code ..} and empty cells are no value; DataBank's footer lines
 *       ({@code Data from database: ...}, {@code Last Updated: ...}) are ignored.
 * </ul>
 *
 * <p>Each indicator code becomes a catalogue indicator ({@link WdiIndicators}); for each dyad, the
 * values of its two countries become observations with the country as subject, cited to the World
 * Bank. Rows of the World Bank's regional and income aggregates, and of economies without an ISO
 * 3166-1 code (the resource {@code aggregates.csv}), are skipped and counted; any other code the
 * gazetteer does not know refuses the file, as do a year column that is not a year, a value that
 * is not a number (thousands separators are read; footnote marks are refused) and a repeated
 * country-indicator row (wide) or country-indicator-year row (long).
 */
public final class WdiImporter implements StatisticsReader {

  public static final String FORMAT = "wdi";
  public static final String SOURCE_ID = "wb-wdi";
  private static final CodeList AGGREGATES = CodeList.load(WdiImporter.class, "aggregates.csv");
  private static final Pattern UPDATED = Pattern.compile("(?i)last updated( date)?:?\"?,?\"?\\s*(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(?:YR)?(\\d{4})");

  private final Gazetteer gazetteer;

  public WdiImporter(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  @Override
  public String word() {
    return FORMAT;
  }

  /** True for the preamble's first line or a header of either layout (lower case, quotes removed). */
  public static boolean signature(String line) {
    return line.startsWith("data source,world development indicators") || line.contains("country code")
        && (line.contains("indicator code") || line.contains("series code"));
  }

  /**
   * Reads {@code text}, named {@code name} in problems, for {@code dyads}.
   *
   * @throws ImportException listing every problem
   */
  @Override
  public StatisticsReading read(String name, String text, List<Dyad> dyads, Progress progress) throws ImportException {
    Problems problems = new Problems();
    CsvHeader header = CsvHeader.find(name, text, s -> s.strip().toLowerCase(Locale.ROOT),
        f -> f.contains("country code") && (f.contains("indicator code") || f.contains("series code")), "World Bank",
        "\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"1960\",... or a long layout with"
        + " Country Code, Indicator Code, Year and Value");
    List<String> head = header.names();
    int year = 0;
    for (String l : header.preamble()) {
      Matcher m = UPDATED.matcher(l.replace("\"", ""));
      if (m.find()) {
        year = Integer.parseInt(m.group(2));
      }
    }
    Source source = new Source(SOURCE_ID, "World Bank, World Development Indicators" + (year == 0 ? "" : ", updated "
        + year), "World Bank", SourceKind.INTERNATIONAL_ORGANISATION, Grade.A, year, "https://data.worldbank.org");
    Layout layout = head.contains("value") && (head.contains("year") || head.contains("time"))
        ? new LongLayout(head) : new WideLayout(head);
    layout.checkHeader(name, header.line(), problems);
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    Map<String, Integer> skipped = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    List<Observation> out = new ArrayList<>();
    List<LocatedCsv.Row> rows = header.rows(name, progress, problems);
    int read = 0;
    for (LocatedCsv.Row r : rows) {
      if (layout.isFooter(r)) {
        continue;
      }
      read++;
      if (!header.fits(name, r, problems)) {
        continue;
      }
      String country = r.get(head.indexOf("country code"));
      String code = r.get(layout.codeColumn());
      if (!WdiIndicators.isCode(code)) {
        problems.add(name, r.line(), head.get(layout.codeColumn()), "not a World Bank indicator code: '" + code + "'");
        continue;
      }
      Indicator ind = indicators.computeIfAbsent(code, c -> WdiIndicators.indicator(c, r.get(layout.nameColumn())));
      Map<Integer, Double> values = layout.values(name, r, problems);
      String key = layout.key(country, code, r);
      Integer first = seen.putIfAbsent(key, r.line());
      if (first != null) {
        problems.add(name, r.line(), "", "duplicate row for " + key.replace('|', ' ') + ": first given on line " + first);
        continue;
      }
      if (gazetteer.byIso3(country).isEmpty()) {
        if (AGGREGATES.contains(country)) {
          skipped.merge("rows of World Bank aggregates and economies without an ISO 3166-1 code", 1, Integer::sum);
        } else {
          problems.add(name, r.line(), "Country Code", "unknown country code '" + country + "': not an ISO 3166-1"
              + " alpha-3 code, nor one of the World Bank's aggregates listed in " + AGGREGATES.resource());
        }
        continue;
      }
      for (Dyad d : dyads) {
        if (!d.contains(country)) {
          continue;
        }
        values.forEach((y, v) -> out.add(new Observation(ind.id(), d.id(), country, Period.ofYear(y), v, ind.unit(),
            Status.OBSERVED, SOURCE_ID, "", "", "World Bank WDI " + code)));
      }
    }
    if (!problems.isEmpty()) {
      throw problems.toException();
    }
    List<Indicator> used = out.stream().map(Observation::indicator).distinct()
        .map(id -> indicators.values().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow()).toList();
    return new StatisticsReading(out.isEmpty() ? List.of() : List.of(source), out, used, skipped, read);
  }

  /** What differs between the two layouts. */
  private interface Layout {
    void checkHeader(String file, int line, Problems problems);

    int codeColumn();

    int nameColumn();

    boolean isFooter(LocatedCsv.Row r);

    String key(String country, String code, LocatedCsv.Row r);

    /** Year to value of the row; problems added for bad cells. */
    Map<Integer, Double> values(String file, LocatedCsv.Row r, Problems problems);
  }

  private static int either(List<String> head, String a, String b) {
    return head.contains(a) ? head.indexOf(a) : head.indexOf(b);
  }

  private static Integer year(String text) {
    Matcher m = YEAR.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    int y = Integer.parseInt(m.group(1));
    return y >= 1800 && y <= 2200 ? y : null;
  }

  private static final class WideLayout implements Layout {
    private final List<String> head;
    private final Map<Integer, Integer> yearColumns = new LinkedHashMap<>();

    WideLayout(List<String> head) {
      this.head = head;
    }

    @Override
    public void checkHeader(String file, int line, Problems problems) {
      for (String c : List.of("country name", "country code", "indicator name", "indicator code")) {
        if (!head.contains(c)) {
          problems.add(file, line, c, "missing column '" + c + "'");
        }
      }
      for (int i = 4; i < head.size(); i++) {
        String h = head.get(i);
        if (h.isEmpty() && i == head.size() - 1) {
          continue; // the download's trailing comma
        }
        Integer y = year(h);
        if (y == null || !h.matches("\\d{4}")) {
          problems.add(file, line, h.isEmpty() ? "column " + (i + 1) : h, "column " + (i + 1) + " of the header is not"
              + " a year: '" + h + "' (the wide layout has one column per year after Indicator Code)");
        } else if (yearColumns.containsValue(i) || yearColumns.put(y, i) != null) {
          problems.add(file, line, h, "year " + y + " appears twice in the header");
        }
      }
      if (yearColumns.isEmpty() && problems.isEmpty()) {
        problems.add(file, line, "", "no year columns after Indicator Code");
      }
    }

    @Override
    public int codeColumn() {
      return head.indexOf("indicator code");
    }

    @Override
    public int nameColumn() {
      return head.indexOf("indicator name");
    }

    @Override
    public boolean isFooter(LocatedCsv.Row r) {
      return false;
    }

    @Override
    public String key(String country, String code, LocatedCsv.Row r) {
      return country + "|" + code;
    }

    @Override
    public Map<Integer, Double> values(String file, LocatedCsv.Row r, Problems problems) {
      Map<Integer, Double> m = new LinkedHashMap<>();
      yearColumns.forEach((y, i) -> {
        StatNumber.Cell c = StatNumber.read(r.get(i), "..");
        if (!c.ok()) {
          problems.add(file, r.line(), Integer.toString(y), c.problem());
        } else if (c.present()) {
          m.put(y, c.value());
        }
      });
      return m;
    }
  }

  private static final class LongLayout implements Layout {
    private final List<String> head;

    LongLayout(List<String> head) {
      this.head = head;
    }

    @Override
    public void checkHeader(String file, int line, Problems problems) {
      if (codeColumn() < 0) {
        problems.add(file, line, "indicator code", "missing column 'Indicator Code' (or 'Series Code')");
      }
    }

    @Override
    public int codeColumn() {
      return either(head, "indicator code", "series code");
    }

    @Override
    public int nameColumn() {
      return either(head, "indicator name", "series name");
    }

    @Override
    public boolean isFooter(LocatedCsv.Row r) {
      String first = r.get(0);
      return r.fields().size() < head.size() && (first.startsWith("Data from database") || first.startsWith("Last Updated"));
    }

    private int yearColumn() {
      return either(head, "year", "time");
    }

    @Override
    public String key(String country, String code, LocatedCsv.Row r) {
      return country + "|" + code + "|" + r.get(yearColumn());
    }

    @Override
    public Map<Integer, Double> values(String file, LocatedCsv.Row r, Problems problems) {
      Integer y = year(r.get(yearColumn()));
      if (y == null) {
        problems.add(file, r.line(), head.get(yearColumn()), "not a year: '" + r.get(yearColumn()) + "'");
      }
      StatNumber.Cell c = StatNumber.read(r.get(head.indexOf("value")), "..");
      if (!c.ok()) {
        problems.add(file, r.line(), "value", c.problem());
      }
      return y != null && c.present() ? Map.of(y, c.value()) : Map.of();
    }
  }
}
