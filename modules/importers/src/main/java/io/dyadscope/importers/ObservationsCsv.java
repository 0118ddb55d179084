package io.dyadscope.importers;

import io.dyadscope.evidence.number.StatNumber;
import io.dyadscope.evidence.imports.Problems;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Units;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import io.dyadscope.evidence.SubjectKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads a tidy indicator file: one observation a record, columns
 * {@code indicator,dyad,subject,period,value,unit,status,source,reported_by,note} and optionally
 * {@code location}, in any order. Every field is checked; values in a scale of the indicator's
 * unit are converted to that unit.
 */
final class ObservationsCsv {

  static final List<String> REQUIRED = List.of("indicator", "dyad", "subject", "period", "value", "unit",
      "status", "source", "reported_by", "note");
  static final List<String> OPTIONAL = List.of("location");

  private ObservationsCsv() {}

  /**
   * The valid observations of {@code text}; problems go to {@code problems}.
   *
   * @param knownSource  whether a source id exists (in the workspace or the accompanying sources file)
   * @param sourcesWhere where sources are looked for, for messages: "the workspace" or
   *                     "src.csv nor the workspace"
   */
  static List<Observation> read(String file, String text, IndicatorCatalogue catalogue, Gazetteer gazetteer,
      Predicate<String> knownSource, String sourcesWhere, Problems problems) {
    CsvTable table = CsvTable.read(file, text, REQUIRED, OPTIONAL, problems);
    if (table == null) {
      return List.of();
    }
    List<Observation> out = new ArrayList<>();
    Map<String, Integer> lineOfKey = new HashMap<>();
    RowReader reader = new RowReader(table, catalogue, gazetteer, knownSource, sourcesWhere, problems);
    for (CsvTable.Row row : table.rows()) {
      reader.read(row).ifPresent(o -> {
        Integer earlier = lineOfKey.putIfAbsent(o.key(), row.line());
        if (earlier != null) {
          problems.add(file, row.line(), "", "duplicate key: lines " + earlier + " and " + row.line()
              + " both give " + o.key());
        } else {
          out.add(o);
        }
      });
    }
    return out;
  }

  /** A field parsed once: its value, or why it is invalid. */
  private record Parsed<T>(T value, String error) {
    static <T> Parsed<T> of(Supplier<T> parse) {
      try {
        return new Parsed<>(parse.get(), null);
      } catch (IllegalArgumentException e) {
        return new Parsed<>(null, e.getMessage());
      }
    }
  }

  /**
   * Checks records field by field, reporting every bad field, not only the first. Dyads, subjects
   * and periods repeat across a file, so each distinct text is parsed once.
   */
  private static final class RowReader {
    private final CsvTable table;
    private final IndicatorCatalogue catalogue;
    private final Gazetteer gazetteer;
    private final Predicate<String> knownSource;
    private final String sourcesWhere;
    private final Problems problems;
    private final Map<String, Parsed<Dyad>> dyads = new HashMap<>();
    private final Map<String, Parsed<SubjectKind>> subjects = new HashMap<>();
    private final Map<String, Parsed<Period>> periods = new HashMap<>();
    private CsvTable.Row row;
    private int before;

    RowReader(CsvTable table, IndicatorCatalogue catalogue, Gazetteer gazetteer, Predicate<String> knownSource,
        String sourcesWhere, Problems problems) {
      this.table = table;
      this.catalogue = catalogue;
      this.gazetteer = gazetteer;
      this.knownSource = knownSource;
      this.sourcesWhere = sourcesWhere;
      this.problems = problems;
    }

    Optional<Observation> read(CsvTable.Row record) {
      this.row = record;
      this.before = problems.total();
      Indicator indicator = null;
      String indicatorText = required("indicator");
      if (indicatorText != null) {
        indicator = catalogue.find(indicatorText).orElse(null);
        if (indicator == null) {
          report("indicator", "unknown indicator '" + indicatorText + "'");
        }
      }
      Dyad dyad = null;
      String dyadText = required("dyad");
      if (dyadText != null) {
        Parsed<Dyad> d = dyads.computeIfAbsent(dyadText, t -> Parsed.of(() -> Dyad.parse(t, gazetteer)));
        dyad = d.value();
        if (d.error() != null) {
          report("dyad", d.error());
        }
      }
      String subject = required("subject");
      if (subject != null && dyad != null) {
        Dyad within = dyad;
        Parsed<SubjectKind> k = subjects.computeIfAbsent(subject + "|" + dyad.id(),
            t -> Parsed.of(() -> SubjectKind.of(subject, within, gazetteer)));
        if (k.error() != null) {
          report("subject", k.error());
        }
      }
      Period period = null;
      String periodText = required("period");
      if (periodText != null) {
        Parsed<Period> p = periods.computeIfAbsent(periodText, t -> Parsed.of(() -> Period.parse(t)));
        period = p.value();
        if (p.error() != null) {
          String m = p.error();
          report("period", m.contains("'" + periodText + "'") ? m : "bad period '" + periodText + "': " + m);
        }
      }
      OptionalDouble value = OptionalDouble.empty();
      String valueText = required("value");
      if (valueText != null) {
        value = StatNumber.plain(valueText);
        if (value.isEmpty()) {
          report("value", "not a number: '" + valueText + "'");
        }
      }
      String unit = table.value(row, "unit");
      if (indicator != null && !unit.isEmpty() && !Units.convertible(unit, indicator.unit())) {
        List<String> scales = Units.scalesOf(indicator.unit());
        report("unit", "unit '" + unit + "' is not the unit of " + indicator.id() + " (" + indicator.unit() + ")"
            + (scales.isEmpty() ? "" : " nor one of its scales (" + String.join(", ", scales) + ")"));
      }
      Status status = null;
      String statusText = required("status");
      if (statusText != null) {
        try {
          status = Status.parse(statusText);
        } catch (IllegalArgumentException e) {
          report("status", e.getMessage());
        }
      }
      String source = required("source");
      if (source != null && !knownSource.test(source)) {
        report("source", "unknown source '" + source + "': not in " + sourcesWhere);
      }
      String reportedBy = table.value(row, "reported_by");
      if (!reportedBy.isEmpty() && !knownSource.test(reportedBy)) {
        report("reported_by", "unknown source '" + reportedBy + "': not in " + sourcesWhere);
      }
      if (problems.total() != before) {
        return Optional.empty();
      }
      double canonical = unit.isEmpty() ? value.getAsDouble()
          : Units.convert(value.getAsDouble(), unit, indicator.unit()).getAsDouble();
      String violation = indicator.violation(canonical);
      if (violation != null) {
        report("value", violation);
        return Optional.empty();
      }
      try {
        return Optional.of(new Observation(indicator.id(), dyad.id(), subject, period, canonical,
            indicator.unit(), status, source, reportedBy, table.value(row, "location"), table.value(row, "note")));
      } catch (IllegalArgumentException e) {
        report("", e.getMessage());
        return Optional.empty();
      }
    }

    /** The stripped value, or null after reporting it empty. */
    private String required(String column) {
      String v = table.value(row, column);
      if (v.isEmpty()) {
        report(column, "empty; a value is required");
        return null;
      }
      return v;
    }

    private void report(String column, String message) {
      problems.add(table.file(), row.line(), column, message);
    }
  }
}
