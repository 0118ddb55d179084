package io.dyadscope.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing the statistics importers (tidy indicators, UNHCR, WDI wide and long, Comtrade, and the
 * format detection of {@code import FILE}) through the command line: mutated synthetic seeds end in
 * an import or a user error, never an internal error, and a refusal leaves the workspace as it was.
 * Tries per property: {@code jqwik.tries.default} (see {@code junit-platform.properties}; the README
 * says how to run more).
 */
class StatisticsImportFuzzTest {

  /** Synthetic tidy indicator rows (made-up values for years the default data does not cover). */
  static final String INDICATORS = "indicator,dyad,subject,period,value,unit,status,source,reported_by,location,note\n"
      + "trade.total,PAK-AFG,PAK-AFG,1990,12,USD million,observed,sbp-2023,,,synthetic\n"
      + "trade.total,PAK-AFG,PAK-AFG,1991,13.5,USD million,observed,sbp-2023,,Table 1,synthetic\n";

  static final List<String[]> SEEDS = List.of(
      new String[] {"indicators", "indicators.csv"}, new String[] {"unhcr", "unhcr-population.csv"},
      new String[] {"wdi", "wdi-long.csv"}, new String[] {"wdi", "wdi-wide.csv"},
      new String[] {"comtrade", "comtrade-bilateral.csv"});

  private static FuzzWorkspace fw;

  @BeforeContainer
  static void start() {
    fw = new FuzzWorkspace("statistics").start("sources", "--format", "csv");
  }

  @AfterContainer
  static void stop() {
    fw.delete();
  }

  private static byte[] seed(String name) {
    return name.equals("indicators.csv") ? INDICATORS.getBytes(StandardCharsets.UTF_8) : FuzzWorkspace.seed(name);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Mutation.some(4);
  }

  @Property
  void eachImporterOnAMutatedSeed(@ForAll @IntRange(min = 0, max = 4) int which,
      @ForAll("mutations") List<Mutation> mutations) {
    String[] s = SEEDS.get(which);
    fw.check(Mutation.applyAll(seed(s[1]), mutations), s[1], "import", s[0], "FILE");
  }

  /** Synthetic source list (made up for tests). */
  static final String SOURCES = "id,citation,publisher,kind,grade,year,url\n"
      + "synthetic-fuzz,Synthetic figures written for Dyadscope's fuzz tests (not real data),Dyadscope tests,dataset,F,2026,\n";

  @Property
  void aMutatedSourceListBesideIndicators(@ForAll("mutations") List<Mutation> mutations) throws Exception {
    java.nio.file.Path csv = fw.dir.resolve("obs.csv");
    java.nio.file.Files.writeString(csv, INDICATORS.replace("sbp-2023", "synthetic-fuzz").replace("1990", "1988"));
    fw.check(Mutation.applyAll(SOURCES.getBytes(StandardCharsets.UTF_8), mutations), "sources.csv",
        "import", "indicators", csv.toString(), "--sources", "FILE");
  }

  @Property
  void formatDetectionOnAMutatedSeed(@ForAll @IntRange(min = 0, max = 4) int which,
      @ForAll("mutations") List<Mutation> mutations) {
    String[] s = SEEDS.get(which);
    fw.check(Mutation.applyAll(seed(s[1]), mutations), s[1], "import", "FILE");
  }
}
