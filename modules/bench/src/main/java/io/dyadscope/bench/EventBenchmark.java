package io.dyadscope.bench;

import io.dyadscope.app.events.EventImportService;
import io.dyadscope.app.events.EventPictureService;
import io.dyadscope.events.EventFormat;
import io.dyadscope.events.reference.CountryCodes;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.store.Workspace;
import io.dyadscope.events.picture.PictureQuery;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * GDELT 2.0 import plus the monthly dyad picture, against the floor measured in the same JVM: DuckDB's
 * own {@code read_csv} over the same file with the same dyad filter and a monthly {@code GROUP BY}.
 * Inputs are SYNTHETIC GDELT files (made by {@code shared/tools/gen_gdelt.py} from the real sample),
 * given smallest first so that the cost per row shows whether it is linear.
 *
 * <p>Arguments: the files. Prints, per file, rows, the import's and the picture's times, the floor, the ratio (target 1.3x or less), rows per
 * second, and at the end the peak Java heap and the process's peak resident memory (target under 1 GB).
 */
public final class EventBenchmark {

  private EventBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: EventBenchmark GDELT2-FILE...   (synthetic files, smallest first)");
      System.exit(2);
    }
    Dyad dyad = Dyad.parse("PAK-AFG");
    Path tmp = Files.createTempDirectory("event-bench");
    System.out.println("GDELT 2.0 import + monthly picture for " + dyad.id() + " vs DuckDB read_csv + filter + GROUP BY"
        + " (floor), SYNTHETIC input");
    System.out.println("(cpu: processor time of the whole process, both cores, for ours and for the floor: steadier than"
        + " wall time on a loaded machine; load average " + Machine.loadAverage() + ")");
    System.out.printf(Locale.ROOT, "%10s %10s %10s %10s %10s %7s %12s %10s %9s %9s %7s%n", "rows", "kept", "import",
        "picture", "floor", "ratio", "rows/s", "ns/row", "cpu", "floor cpu", "ratio");
    warmUp(Path.of(args[0]), tmp, dyad);
    int n = 0;
    for (String a : args) {
      Path file = Path.of(a);
      long rows;
      try (Stream<String> lines = Files.lines(file)) {
        rows = lines.count();
      }
      // The floor first, then ours, then the floor again: the better floor of the two is reported, so
      // the page cache favours neither.
      long f0 = Machine.cpu();
      double floor1 = floor(file, dyad);
      double floorCpu = (Machine.cpu() - f0) / 1e9;
      long c0 = Machine.cpu();
      long t0 = System.nanoTime();
      long kept;
      double picture;
      try (Workspace ws = Workspace.open(tmp.resolve("ws" + n++))) {
        EventImportService.Report r = new EventImportService(ws).run(new EventImportService.Request(List.of(file),
            EventFormat.GDELT2, false, null, dyad, false), null);
        long t1 = System.nanoTime();
        EventPicture p = new EventPictureService(ws).picture(PictureQuery.monthly(dyad));
        picture = (System.nanoTime() - t1) / 1e9;
        kept = r.read().kept();
        if (p.gdelt().isEmpty()) {
          throw new IllegalStateException("no GDELT months in the picture");
        }
      }
      double ours = (System.nanoTime() - t0) / 1e9;
      double oursCpu = (Machine.cpu() - c0) / 1e9;
      long f1 = Machine.cpu();
      double floor = Math.min(floor1, floor(file, dyad));
      floorCpu = Math.min(floorCpu, (Machine.cpu() - f1) / 1e9);
      System.out.printf(Locale.ROOT, "%,10d %,10d %9.2fs %9.2fs %9.2fs %6.2fx %,12.0f %10.0f %8.2fs %8.2fs %6.2fx%n",
          rows, kept, ours - picture, picture, floor, ours / floor, rows / ours, ours * 1e9 / rows, oursCpu, floorCpu,
          oursCpu / floorCpu);
      long r0 = Machine.cpu();
      double stored = readStored(file, dyad);
      double storedCpu = (Machine.cpu() - r0) / 1e9;
      System.out.printf(Locale.ROOT, "%10s reading alone the %d columns the event table stores (no rules, nothing written):"
          + " %.2fs = %.2fx the floor (cpu %.2fs = %.2fx)%n", "", STORED.size(), stored, stored / floor, storedCpu,
          storedCpu / floorCpu);
    }
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "peak Java heap %.0f MB; peak resident memory of the process (Java + DuckDB) %s%n",
        heap / 1048576.0, peakRss());
    System.out.println("pandas: " + pandas(args[args.length - 1], dyad) + "; load average at the end " + Machine.loadAverage());
  }

  /**
   * One untimed import and floor over the first 20,000 rows, as the Spark benchmark warms up: the JIT's
   * first compilations would otherwise fall on the smallest file and hide whether the cost per row is
   * the same at every size (a new process's start is timed apart, by {@code bench/run startup}).
   */
  private static void warmUp(Path first, Path tmp, Dyad dyad) throws Exception {
    Path head = tmp.resolve("warm-up.CSV");
    try (Stream<String> lines = Files.lines(first)) {
      Files.write(head, (Iterable<String>) lines.limit(20_000)::iterator);
    }
    floor(head, dyad);
    try (Workspace ws = Workspace.open(tmp.resolve("warm-up"))) {
      new EventImportService(ws).run(new EventImportService.Request(List.of(head), EventFormat.GDELT2, false, null,
          dyad, false), null);
      new EventPictureService(ws).picture(PictureQuery.monthly(dyad));
    }
  }

  /**
   * GDELT 2.0 columns the event table stores (id, date, actors and their countries, the CAMEO fields,
   * Goldstein, mentions, tone, the action's place), as the import reads them.
   */
  private static final List<Integer> STORED = List.of(0, 1, 6, 7, 16, 17, 25, 26, 27, 28, 29, 30, 31, 34, 52, 53, 54);

  /** DuckDB alone: read the tab-separated file, keep the dyad's rows, count them per month. */
  static double floor(Path file, Dyad dyad) throws Exception {
    return time("SELECT substr(column01, 1, 6) AS month, count(*) FROM " + read(file) + " WHERE " + dyadRows(dyad)
        + " GROUP BY 1 ORDER BY 1");
  }

  /**
   * What the import cannot read less than: the columns it stores, as text, for the dyad's rows; no rule
   * checked, nothing written. The floor reads four columns; how much more this costs bounds how near the
   * floor an import can come.
   */
  static double readStored(Path file, Dyad dyad) throws Exception {
    String cols = String.join(", ", STORED.stream().map(i -> String.format(Locale.ROOT, "column%02d", i)).toList());
    return time("SELECT substr(column01, 1, 6) AS month, count(*), max(length(concat_ws('|', " + cols + "))) FROM"
        + " (SELECT " + cols + " FROM " + read(file) + " WHERE " + dyadRows(dyad) + ") GROUP BY 1 ORDER BY 1");
  }

  private static String read(Path file) {
    return "read_csv('" + file.toString().replace("'", "''") + "', delim = '\t', header = false, quote = '',"
        + " escape = '', all_varchar = true, auto_detect = false, columns = {" + columns() + "})";
  }

  private static String dyadRows(Dyad dyad) {
    String a = dyad.first();
    String b = dyad.second();
    return "(column07 IN ('" + a + "', '" + b + "') OR column17 IN ('" + a + "', '" + b + "') OR column53 IN ("
        + fips(dyad) + "))";
  }

  /** Seconds one query takes in a new in-memory DuckDB, reading every result row. */
  private static double time(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      long t0 = System.nanoTime();
      long months = 0;
      try (ResultSet r = s.executeQuery(sql)) {
        while (r.next()) {
          months++;
        }
      }
      if (months == 0) {
        throw new IllegalStateException("the query found no months: " + sql);
      }
      return (System.nanoTime() - t0) / 1e9;
    }
  }

  /** The dyad's FIPS place codes, quoted and comma-separated, as the import's place filter has them. */
  private static String fips(Dyad dyad) {
    List<String> codes = CountryCodes.standard().fipsCodesOf(dyad.first(), dyad.second());
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("no FIPS code for either country of " + dyad.id());
    }
    return String.join(", ", codes.stream().map(c -> "'" + c + "'").toList());
  }

  private static String columns() {
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < 61; i++) {
      cols.add(String.format(Locale.ROOT, "'column%02d': 'VARCHAR'", i));
    }
    return String.join(", ", cols);
  }

  private static String peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("\\D+", ""));
          return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return "unknown (" + e.getMessage() + ")";
    }
    return "unknown (no VmHWM in /proc/self/status)";
  }

  /** pandas read_csv(usecols=...) + groupby on the largest file, when python3 has pandas. */
  private static String pandas(String file, Dyad dyad) throws Exception {
    String script = "import sys,time\ntry:\n import pandas as pd\nexcept ImportError:\n print('not installed'); sys.exit(0)\n"
        + "t=time.time()\ndf=pd.read_csv(sys.argv[1],sep='\\t',header=None,usecols=[1,7,17,53],dtype=str,quoting=3)\n"
        + "m=df[df[7].isin(['" + dyad.first() + "','" + dyad.second() + "'])|df[17].isin(['" + dyad.first() + "','"
        + dyad.second() + "'])|df[53].isin([" + fips(dyad) + "])]\n"
        + "g=m.groupby(m[1].str[:6]).size()\nprint('%.2fs for %d rows (%d months)'%(time.time()-t,len(df),len(g)))\n";
    Process p;
    try {
      p = new ProcessBuilder("python3", "-c", script, file).redirectErrorStream(true).start();
    } catch (IOException e) {
      return "python3 not available";
    }
    String out = new String(p.getInputStream().readAllBytes()).strip();
    p.waitFor();
    return out.isEmpty() ? "no output" : out;
  }
}
