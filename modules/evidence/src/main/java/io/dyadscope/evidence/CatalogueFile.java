package io.dyadscope.evidence;

import io.dyadscope.evidence.number.StatNumber;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A catalogue file of indicators in the form of the built-in one: header
 * {@code id,name,unit,family,combine,min,max}, one indicator a line. {@code family} is any
 * lower-case word (one of trade, refugees, security, connectivity, opinion, or a family of the
 * user's own such as {@code returns}); {@code combine} is how values combine over time and parts
 * (sum, last, mean or fixed); {@code min} and {@code max} bound valid values, empty for unbounded.
 *
 * <p>A workspace holds two such files: {@value #USER_FILE}, written by its user, and
 * {@value #IMPORTED_FILE}, written by imports that meet new indicators (World Bank codes, HS
 * chapters). Every problem is reported as {@code FILE:LINE:COLUMN: message}.
 */
public final class CatalogueFile {

  /** The user's own catalogue in a workspace folder. */
  public static final String USER_FILE = "indicators.csv";
  /** Indicators met on import, kept by the workspace. */
  public static final String IMPORTED_FILE = "imported-indicators.csv";

  static final List<String> COLUMNS = List.of("id", "name", "unit", "family", "combine", "min", "max");

  private CatalogueFile() {}

  /**
   * Reads {@code text}, named {@code file} in messages.
   *
   * @throws CatalogueException listing every problem; nothing is returned then
   */
  public static List<Indicator> read(String file, String text) {
    List<String> problems = new ArrayList<>();
    List<Indicator> out = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Map<String, Integer> seen = new HashMap<>();
    try (CSVParser p = CSVParser.parse(new StringReader(body), CSVFormat.DEFAULT.builder().setTrim(true).build())) {
      Map<String, Integer> col = null;
      for (CSVRecord r : p) {
        int line = (int) p.getCurrentLineNumber();
        List<String> f = r.toList();
        if (f.size() == 1 && f.get(0).isBlank()) {
          continue;
        }
        if (col == null) {
          col = new HashMap<>();
          for (int i = 0; i < f.size(); i++) {
            col.put(f.get(i).toLowerCase(Locale.ROOT), i);
          }
          for (String c : COLUMNS) {
            if (!col.containsKey(c)) {
              problems.add(file + ":" + line + ":" + c + ": missing column '" + c + "' (expected "
                  + String.join(",", COLUMNS) + ")");
            }
          }
          if (!problems.isEmpty()) {
            break;
          }
          continue;
        }
        if (f.size() != col.size()) {
          problems.add(file + ":" + line + ": record has " + f.size() + " fields, the header has " + col.size());
          continue;
        }
        Indicator i = parse(file, line, f, col, problems);
        if (i != null) {
          Integer before = seen.putIfAbsent(i.id(), line);
          if (before != null) {
            problems.add(file + ":" + line + ":id: indicator " + i.id() + " is already listed on line " + before);
          } else {
            out.add(i);
          }
        }
      }
      if (col == null && problems.isEmpty()) {
        problems.add(file + ":1: empty file; expected a header line: " + String.join(",", COLUMNS));
      }
    } catch (IOException | UncheckedIOException e) {
      problems.add(file + ": malformed CSV: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new CatalogueException(problems);
    }
    return out;
  }

  private static Indicator parse(String file, int line, List<String> f, Map<String, Integer> col, List<String> problems) {
    String where = file + ":" + line + ":";
    int before = problems.size();
    Combine combine = null;
    try {
      combine = Combine.parse(f.get(col.get("combine")));
    } catch (IllegalArgumentException e) {
      problems.add(where + "combine: " + e.getMessage());
    }
    double min = number(where, "min", f.get(col.get("min")), Double.NEGATIVE_INFINITY, problems);
    double max = number(where, "max", f.get(col.get("max")), Double.POSITIVE_INFINITY, problems);
    String family = f.get(col.get("family"));
    try {
      Family.checkWord(family);
    } catch (IllegalArgumentException e) {
      problems.add(where + "family: " + e.getMessage());
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return Indicator.of(f.get(col.get("id")), f.get(col.get("name")), f.get(col.get("unit")), family, combine, min,
          max);
    } catch (IllegalArgumentException e) {
      String m = e.getMessage();
      String c = m.startsWith("indicator id") ? "id" : m.startsWith("indicator name") ? "name"
          : m.startsWith("indicator unit") ? "unit" : m.contains("bounds") ? "max" : "";
      problems.add(where + (c.isEmpty() ? " " : c + ": ") + m);
      return null;
    }
  }

  private static double number(String where, String column, String text, double unbounded, List<String> problems) {
    if (text.isBlank()) {
      return unbounded;
    }
    try {
      double v = StatNumber.decimal(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(where + column + ": not a number: '" + text + "' (leave empty for no bound)");
    return unbounded;
  }

  /** Writes {@code indicators} in this form, header first. */
  public static void write(Collection<Indicator> indicators, Writer out) throws IOException {
    try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build())) {
      p.printRecord(COLUMNS);
      for (Indicator i : indicators) {
        p.printRecord(i.id(), i.name(), i.unit(), i.familyName(), i.combine().word(), bound(i.min()), bound(i.max()));
      }
    }
  }

  private static String bound(double v) {
    if (Double.isInfinite(v)) {
      return "";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
