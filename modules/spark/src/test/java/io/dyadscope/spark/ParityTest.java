package io.dyadscope.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.dyadscope.app.events.EventImportService;
import io.dyadscope.app.events.SecurityIndicatorService;
import io.dyadscope.events.DyadSelection;
import io.dyadscope.events.picture.CrossBorder;
import io.dyadscope.events.picture.InteractionDirection;
import io.dyadscope.events.picture.Agreement;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.GdeltVolume;
import io.dyadscope.events.picture.PictureQuery;
import io.dyadscope.events.picture.Ranked;
import io.dyadscope.events.picture.TypeCount;
import io.dyadscope.events.read.EventReader;
import io.dyadscope.events.rules.EventRules;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.imports.ImportException;
import io.dyadscope.evidence.imports.ImportSummary;
import io.dyadscope.importers.IndicatorImporter;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.events.EventQueries;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job and the embedded DuckDB engine on the same synthetic files (GDELT 2.0, a zipped GDELT
 * 1.0 file, ACLED with a revised export, UCDP, and two files with bad rows), both lenient: every cell
 * of the monthly picture, the derived indicators, the counts read and the rejected rows agree.
 */
class ParityTest {

  static final Dyad DYAD = Dyad.parse("PAK-AFG");
  static final List<String> FIXTURES = List.of("synthetic-gdelt2.export.CSV", "synthetic-gdelt2-bad.export.CSV",
      "synthetic-acled-full.csv", "synthetic-acled-revised.csv", "synthetic-acled-bad.csv", "synthetic-ucdp-ged.csv");

  @TempDir
  static Path tmp;

  static SparkSession spark;
  static JobResult sparkRun;
  static EventImportService.Report embeddedImport;
  static EventPicture embedded;
  static SecurityIndicatorService.Report embeddedDerived;
  static Path inputs;
  static Path out;

  @BeforeAll
  static void runBothEngines() throws Exception {
    inputs = Files.createDirectories(tmp.resolve("inputs"));
    for (String f : FIXTURES) {
      copy(f, inputs.resolve(f));
    }
    try (OutputStream o = Files.newOutputStream(inputs.resolve("synthetic-gdelt1.CSV.zip"));
        ZipOutputStream z = new ZipOutputStream(o)) {
      z.putNextEntry(new ZipEntry("synthetic-gdelt1.CSV"));
      copy("synthetic-gdelt1.CSV", z);
      z.closeEntry();
    }
    try (Workspace ws = Workspace.open(tmp.resolve("workspace"))) {
      embeddedImport = new EventImportService(ws).run(new EventImportService.Request(List.of(inputs), null, true,
          tmp.resolve("embedded-rejects.txt"), DYAD, false), null);
      embedded = new EventQueries(ws).picture(PictureQuery.monthly(DYAD));
      embeddedDerived = new SecurityIndicatorService(ws).derive(DYAD, EventRules.standard());
    }
    spark = LocalSpark.start("local[2]");
    out = tmp.resolve("spark-out");
    sparkRun = EventJob.run(spark, JobOptions.parse("--dyad", "PAK-AFG", "--out", out.toString(), "--lenient",
        inputs.toString()));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void readsTheSameRowsKeepsTheSameAndRejectsTheSame() {
    var read = embeddedImport.read();
    assertThat(sparkRun.files()).isEqualTo(read.files());
    assertThat(List.of(sparkRun.rows(), sparkRun.kept(), sparkRun.outsideDyad(), sparkRun.rejected()))
        .isEqualTo(List.of(read.rows(), read.kept(), read.outsideDyad(), read.rejected()));
    assertThat(sparkRun.rejected()).isEqualTo(5);
    assertThat(sparkRun.problems()).isEqualTo(read.problems().stream().map(Object::toString).toList());
  }

  @Test
  void strictReadingStopsAtTheSameBadRowWithTheSameMessage() throws IOException {
    Path bad = inputs.resolve("synthetic-gdelt2-bad.export.CSV");
    var options = new EventReader.Options(null, false, new DyadSelection(DYAD, false));
    String embeddedMessage = catchThrowableOfType(ImportException.class, () -> new EventReader().read(List.of(bad),
        options, e -> { }, null, null)).getMessage();
    assertThat(embeddedMessage).contains(":3:QuadClass:");
    assertThatThrownBy(() -> EventJob.run(spark, JobOptions.parse("--dyad", "PAK-AFG", "--out",
        tmp.resolve("strict-out").toString(), bad.toString())))
        .isInstanceOf(EventJob.BadInput.class).hasMessage(embeddedMessage);
  }

  @Test
  void writesTheRejectedRowsAsTheEmbeddedImportDoes() throws IOException {
    Path part;
    try (Stream<Path> s = Files.list(out.resolve("rejects"))) {
      part = s.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
    }
    assertThat(Files.readString(part)).isEqualTo(Files.readString(tmp.resolve("embedded-rejects.txt")));
  }

  @Test
  void countsByTypeAgreeCellForCell() {
    List<TypeCount> got = read("types", r -> new TypeCount(r.getAs("month"), r.getAs("dataset"), r.getAs("kind"),
        r.getAs("type"), r.<Long>getAs("events"), r.<Long>getAs("collapsed"), r.getAs("fatalities"), r.getAs("low"),
        r.getAs("high")));
    Comparator<TypeCount> order = Comparator.comparing(TypeCount::period).thenComparing(TypeCount::dataset)
        .thenComparing(TypeCount::kind).thenComparing(TypeCount::type);
    assertThat(sorted(got, order)).isNotEmpty().isEqualTo(sorted(embedded.types(), order));
  }

  @Test
  void gdeltDirectionsAgreeCountsExactlyAndMeansWithin1e9() {
    List<InteractionDirection> got = read("directions", r -> new InteractionDirection(r.getAs("month"), r.getAs("from_iso"),
        r.getAs("to_iso"), r.<Long>getAs("events"), r.<Long>getAs("collapsed"), r.<Double>getAs("goldstein_mean"),
        r.getAs("tone_weighted") == null ? Double.NaN : r.<Double>getAs("tone_weighted")));
    Comparator<InteractionDirection> order = Comparator.comparing(InteractionDirection::period).thenComparing(InteractionDirection::from);
    List<InteractionDirection> want = sorted(embedded.directions(), order);
    got = sorted(got, order);
    assertThat(got).hasSameSizeAs(want).isNotEmpty();
    for (int i = 0; i < want.size(); i++) {
      InteractionDirection g = got.get(i);
      InteractionDirection w = want.get(i);
      assertThat(List.of(g.period(), g.from(), g.to(), g.events(), g.collapsed()))
          .isEqualTo(List.of(w.period(), w.from(), w.to(), w.events(), w.collapsed()));
      assertThat(g.goldsteinMean()).isCloseTo(w.goldsteinMean(), within(1e-9));
      assertThat(g.toneWeighted()).isCloseTo(w.toneWeighted(), within(1e-9));
    }
  }

  @Test
  void crossBorderEventsAgree() {
    List<CrossBorder> got = read("cross_border", r -> new CrossBorder(r.getAs("month"), r.getAs("dataset"),
        r.getAs("actors_of"), r.getAs("in_iso"), r.<Long>getAs("events"), r.<Long>getAs("collapsed"),
        r.getAs("fatalities")));
    Comparator<CrossBorder> order = Comparator.comparing(CrossBorder::period).thenComparing(CrossBorder::dataset)
        .thenComparing(CrossBorder::actorsOf);
    assertThat(sorted(got, order)).isNotEmpty().isEqualTo(sorted(embedded.crossBorder(), order));
  }

  @Test
  void gdeltRawAndCollapsedVolumesAgree() {
    List<GdeltVolume> got = read("gdelt_volume", r -> new GdeltVolume(r.getAs("month"), r.<Long>getAs("raw"),
        r.<Long>getAs("root_events"), r.<Long>getAs("collapsed")));
    Comparator<GdeltVolume> order = Comparator.comparing(GdeltVolume::period);
    assertThat(sorted(got, order)).isNotEmpty().isEqualTo(sorted(embedded.gdelt(), order));
  }

  @Test
  void coverageTopActorsAndPlacesAgree() {
    List<EventPicture.Coverage> cov = read("coverage", r -> new EventPicture.Coverage(r.getAs("dataset"),
        r.<Long>getAs("events"), r.getAs("first"), r.getAs("last")));
    assertThat(sorted(cov, Comparator.comparing(EventPicture.Coverage::dataset))).hasSize(3)
        .isEqualTo(sorted(embedded.datasets(), Comparator.comparing(EventPicture.Coverage::dataset)));
    Comparator<Ranked> order = Comparator.comparing(Ranked::dataset).thenComparing(Ranked::name)
        .thenComparing(Ranked::country);
    Function<Row, Ranked> ranked = r -> new Ranked(r.getAs("dataset"), r.getAs("name"), r.getAs("country"),
        r.<Long>getAs("events"), r.getAs("fatalities"));
    assertThat(sorted(read("actors", ranked), order)).isNotEmpty().isEqualTo(sorted(embedded.actors(), order));
    assertThat(sorted(read("places", ranked), order)).isNotEmpty().isEqualTo(sorted(embedded.places(), order));
  }

  @Test
  void agreementBetweenDatasetsIsTheSameMonthByMonth() {
    Comparator<Agreement> order = Comparator.comparing(Agreement::measure).thenComparing(Agreement::first)
        .thenComparing(Agreement::second);
    List<Agreement.MonthPair> none = List.of();
    List<Agreement> summary = read("agreements", r -> new Agreement(r.getAs("measure"), r.getAs("first"),
        r.getAs("second"), r.<Integer>getAs("months"), r.<Double>getAs("correlation"), none));
    List<Agreement> want = sorted(embedded.agreements(), order);
    assertThat(want).hasSizeGreaterThanOrEqualTo(3);   // acled-gdelt, acled-ucdp (events and fatalities), gdelt-ucdp
    assertThat(sorted(summary, order)).hasSameSizeAs(want);
    for (int i = 0; i < want.size(); i++) {
      Agreement got = sorted(summary, order).get(i);
      Agreement w = want.get(i);
      assertThat(List.of(got.measure(), got.first(), got.second(), got.months()))
          .isEqualTo(List.of(w.measure(), w.first(), w.second(), w.months()));
      assertThat(got.correlation()).isEqualTo(w.correlation());
    }
    List<List<Object>> months = read("agreement_months", r -> List.<Object>of(r.getAs("measure"), r.getAs("first"),
        r.getAs("second"), r.<Integer>getAs("rank"), r.getAs("month"), r.<Double>getAs("first_value"),
        r.<Double>getAs("second_value")));
    List<List<Object>> wantMonths = new ArrayList<>();
    for (Agreement a : want) {
      int rank = 1;
      for (Agreement.MonthPair m : a.largest()) {
        wantMonths.add(List.of(a.measure(), a.first(), a.second(), rank++, m.month(), m.first(), m.second()));
      }
    }
    Comparator<List<Object>> byKey = Comparator.comparing((List<Object> l) -> l.subList(0, 4).toString());
    assertThat(sorted(months, byKey)).isNotEmpty().isEqualTo(sorted(wantMonths, byKey));
  }

  @Test
  void derivesTheSameYearlySecurityIndicators() {
    assertThat(sparkRun.observations()).isNotEmpty().isEqualTo(embeddedDerived.observations());
    assertThat(sparkRun.unclassified()).isEqualTo(embeddedDerived.unclassified());
    assertThat(sparkRun.dyadEvents()).isEqualTo(embeddedDerived.events());
  }

  @Test
  void theIndicatorCsvLoadsIntoAWorkspace() throws Exception {
    try (Workspace ws = Workspace.open(tmp.resolve("loaded"))) {
      ImportSummary s = new IndicatorImporter(ws, IndicatorCatalogue.standard(), Gazetteer.standard())
          .importFiles(out.resolve("indicators.csv"), out.resolve("sources.csv"));
      assertThat(s.added()).isEqualTo(sparkRun.observations().size());
    }
  }

  @Test
  void indicatorParquetHoldsTheSameValues() {
    List<Row> rows = spark.read().parquet(out.resolve("indicators").toString()).collectAsList();
    long total = rows.stream().mapToLong(r -> r.<Long>getAs("value")).sum();
    assertThat(rows).hasSameSizeAs(sparkRun.observations());
    assertThat(total).isEqualTo(Math.round(sparkRun.observations().stream().mapToDouble(o -> o.value()).sum()));
  }

  private static <T> List<T> read(String table, Function<Row, T> f) {
    List<T> out = new ArrayList<>();
    spark.read().parquet(ParityTest.out.resolve("picture").resolve(table).toString()).collectAsList()
        .forEach(r -> out.add(f.apply(r)));
    return out;
  }

  private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
    return list.stream().sorted(order).toList();
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = ParityTest.class.getResourceAsStream(resource)) {
      Files.copy(in, to);
    }
  }

  private static void copy(String resource, OutputStream to) throws IOException {
    try (InputStream in = ParityTest.class.getResourceAsStream(resource)) {
      in.transferTo(to);
    }
  }
}
