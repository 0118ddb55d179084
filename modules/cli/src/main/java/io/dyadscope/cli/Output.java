package io.dyadscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** CSV (header line, one row per record) and JSON (array of objects) writers for listings. */
final class Output {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Output() {}

  static void write(PrintWriter out, OutputFormat format, List<String> header, List<List<Object>> rows) {
    try {
      if (format == OutputFormat.csv) {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        p.printRecord(header);
        for (List<Object> r : rows) {
          p.printRecord(r);
        }
        p.flush();
      } else {
        List<Map<String, Object>> list = new ArrayList<>();
        for (List<Object> r : rows) {
          Map<String, Object> m = new LinkedHashMap<>();
          for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), r.get(i));
          }
          list.add(m);
        }
        out.println(JSON.writeValueAsString(list));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
