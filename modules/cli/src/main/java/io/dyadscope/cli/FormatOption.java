package io.dyadscope.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --format table|csv|json} option of the listing commands, and the writing of csv and json. */
public final class FormatOption {

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** True when the listing is for a reader, not a program. */
  boolean table() {
    return format == OutputFormat.table;
  }

  /** Prints {@code rows} under {@code header}: as a table for a reader, else as csv or json. */
  void print(PrintWriter out, List<String> header, List<List<Object>> rows) {
    if (table()) {
      ConsoleTable.print(out, header, rows);
    } else {
      write(out, header, rows);
    }
  }

  /** Writes {@code rows} as csv or json with {@code header} naming the fields. */
  void write(PrintWriter out, List<String> header, List<List<Object>> rows) {
    Output.write(out, format, header, rows);
  }
}
