package io.dyadscope.importers.imf;

import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.imports.Problems;
import io.dyadscope.evidence.number.StatNumber;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An IMF DOTS country-table workbook, read with Apache POI. Each sheet is one direction: the title
 * (column B) is {@code Exports, FOB to Partner Countries} or {@code Imports, CIF from Partner
 * Countries}, the next text in column B the reporter ({@code Pakistan}), then the unit
 * ({@code US Dollars, Millions}), then a row of years from column C, then one row per partner, its
 * IMF name in column B. A value is a number or, where the IMF estimated it, text such as
 * {@code 47.43 e}; an empty cell is no value. A partner listed twice (under a second heading) must
 * carry the same figures; the repeat is counted, a difference refuses the file. Partners that are not countries of the gazetteer
 * (World, the IMF's regional and income groups, former countries) are skipped and counted.
 */
final class DotsWorkbook {

  static final String UNIT = "US Dollars, Millions";
  private static final Pattern ESTIMATE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)\\s*e");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
  private static final int TITLE_ROWS = 12;
  private static final int NAME_COLUMN = 1;
  private static final int FIRST_YEAR_COLUMN = 2;

  private final ImfNames names;

  DotsWorkbook(ImfNames names) {
    this.names = names;
  }

  List<DotsFigure> read(String file, byte[] bytes, Problems problems, Map<String, Integer> skipped) {
    List<DotsFigure> out = new ArrayList<>();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (Sheet sheet : wb) {
        readSheet(file, sheet, problems, skipped, out);
      }
    } catch (IOException | RuntimeException e) {
      problems.add(file, 1, "", "not a readable .xlsx workbook: " + e.getMessage());
    }
    return out;
  }

  private void readSheet(String file, Sheet sheet, Problems problems, Map<String, Integer> skipped,
      List<DotsFigure> out) {
    String where = "sheet '" + sheet.getSheetName() + "'";
    List<Row> head = new ArrayList<>();
    Boolean exports = null;
    String reporterName = null;
    String unit = null;
    Row years = null;
    for (Row row : sheet) {
      if (years != null) {
        break;
      }
      String b = text(row.getCell(NAME_COLUMN));
      if (exports == null && !b.isEmpty()) {
        String t = b.toLowerCase(Locale.ROOT);
        exports = t.startsWith("exports, fob") ? Boolean.TRUE : t.startsWith("imports, cif") ? Boolean.FALSE : null;
        if (exports == null) {
          problems.add(file, row.getRowNum() + 1, "B", where + ": title '" + b + "' is not a DOTS table's (expected"
              + " 'Exports, FOB to Partner Countries' or 'Imports, CIF from Partner Countries')");
          return;
        }
      } else if (exports != null && reporterName == null && !b.isEmpty()) {
        reporterName = b;
      } else if (reporterName != null && unit == null && !b.isEmpty()) {
        unit = b;
      } else if (year(row.getCell(FIRST_YEAR_COLUMN)) > 0) {
        years = row;
      }
      head.add(row);
      if (row.getRowNum() >= TITLE_ROWS && years == null) {
        break;
      }
    }
    if (exports == null || reporterName == null || years == null) {
      problems.add(file, 1, "", where + ": no DOTS table heading (a title, the reporter, the unit and a row of years"
          + " in the first " + TITLE_ROWS + " rows)");
      return;
    }
    if (!UNIT.equalsIgnoreCase(unit == null ? "" : unit.strip())) {
      problems.add(file, years.getRowNum(), "B", where + ": unit '" + unit + "', expected '" + UNIT + "'");
      return;
    }
    Optional<Country> reporter = names.resolve(reporterName);
    if (reporter.isEmpty()) {
      problems.add(file, 1, "B", where + ": reporter '" + reporterName + "' is not a country Dyadscope knows");
      return;
    }
    Map<Integer, Integer> yearAt = new LinkedHashMap<>();
    for (int c = FIRST_YEAR_COLUMN; c < years.getLastCellNum(); c++) {
      int y = year(years.getCell(c));
      if (y > 0) {
        yearAt.put(c, y);
      }
    }
    Map<String, DotsFigure> seen = new java.util.HashMap<>();
    for (Row row : sheet) {
      if (row.getRowNum() <= years.getRowNum()) {
        continue;
      }
      String partnerName = text(row.getCell(NAME_COLUMN));
      if (partnerName.isEmpty()) {
        continue;
      }
      Optional<Country> partner = names.resolve(partnerName);
      if (partner.isEmpty()) {
        skipped.merge("partner rows that name no country (World, the IMF's country groups, former countries)", 1,
            Integer::sum);
        continue;
      }
      for (Map.Entry<Integer, Integer> y : yearAt.entrySet()) {
        Cell cell = row.getCell(y.getKey());
        if (cell == null || cell.getCellType() == CellType.BLANK) {
          continue;
        }
        String ref = new CellReference(row.getRowNum(), y.getKey()).formatAsString();
        double value;
        boolean estimate = false;
        if (cell.getCellType() == CellType.NUMERIC) {
          value = cell.getNumericCellValue();
        } else {
          String t = text(cell);
          if (t.isEmpty()) {
            continue;
          }
          Matcher e = ESTIMATE.matcher(t);
          if (e.matches()) {
            value = StatNumber.decimal(e.group(1));
            estimate = true;
          } else if (NUMBER.matcher(t).matches()) {
            value = StatNumber.decimal(t);
          } else {
            problems.add(file, row.getRowNum() + 1, ref, where + ": not a value: '" + t + "' (expected a number or"
                + " an IMF estimate such as '47.43 e')");
            continue;
          }
        }
        DotsFigure f = new DotsFigure(reporter.get().iso3(), partner.get().iso3(), exports, y.getValue(), value,
            estimate, row.getRowNum() + 1, new java.io.File(file).getName() + ", " + where + ", cell " + ref);
        DotsFigure earlier = seen.putIfAbsent(partner.get().iso3() + "|" + y.getValue(), f);
        if (earlier == null) {
          out.add(f);
        } else if (earlier.value() == value && earlier.estimate() == estimate) {
          skipped.merge("figures repeated where the table lists a partner under a second heading", 1, Integer::sum);
        } else {
          problems.add(file, row.getRowNum() + 1, ref, where + ": " + partnerName + " " + y.getValue() + " is " + t(f)
              + " here but " + t(earlier) + " on row " + earlier.line());
        }
      }
    }
  }

  private static String t(DotsFigure f) {
    return f.value() + (f.estimate() ? " e" : "");
  }

  private static int year(Cell c) {
    if (c == null) {
      return 0;
    }
    String t = c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue()) : text(c);
    return t.matches("(18|19|20|21)\\d{2}") ? Integer.parseInt(t) : 0;
  }

  private static String text(Cell c) {
    if (c == null) {
      return "";
    }
    return switch (c.getCellType()) {
      case STRING -> c.getStringCellValue().strip();
      case NUMERIC -> String.valueOf(c.getNumericCellValue());
      default -> "";
    };
  }
}
