package io.dyadscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.dyadscope.analysis.violation.ReachesTheDatabase;
import io.dyadscope.dossier.violation.DrawsItsOwnChart;
import io.dyadscope.cli.violation.CommandOpensTheStore;
import io.dyadscope.web.violation.PageReadsTheStore;
import io.dyadscope.web.violation.PageWritesItsOwnHtml;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout as rules: pure modules (evidence, analysis, dossier, audit, render) do no I/O; the
 * findings engine and the audit never render; importers never see the store; front ends (commands,
 * the dashboard) reach the workspace only through the application layer; the store knows nothing
 * of what uses it; the dashboard writes no markup (the render module draws its pages); documents
 * are parsed by one module and numbers by one class; and modules form no cycle. The CLI module
 * sees every other module, so the rules run here over the main classes of all of them.
 */
class ArchitectureTest {

  /** Packages of the modules whose logic is pure: data in, data out. */
  static final String[] PURE = {"io.dyadscope.evidence..", "io.dyadscope.analysis..", "io.dyadscope.dossier..",
      "io.dyadscope.audit..", "io.dyadscope.render.."};

  /** What doing I/O means here: databases, the network, the file system. */
  static final String[] IO = {"java.sql..", "org.duckdb..", "java.net..", "io.javalin..", "org.apache.lucene.store.."};

  static final ArchRule PURE_MODULES_DO_NO_IO = noClasses().that().resideInAnyPackage(PURE)
      .should().dependOnClassesThat().resideInAnyPackage(IO)
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
      .orShould().dependOnClassesThat().resideInAnyPackage("io.dyadscope.store..", "io.dyadscope.app..",
          "io.dyadscope.cli..", "io.dyadscope.importers..")
      .because("pure modules take data in and give data out, so the CLI, a server and Spark can share them");

  static final ArchRule THE_ENGINES_DO_NOT_RENDER = noClasses().that().resideInAnyPackage("io.dyadscope.dossier..",
      "io.dyadscope.audit..").should().dependOnClassesThat().resideInAPackage("io.dyadscope.render..")
      .because("the findings engine and the audit produce models; every HTML, Markdown, SVG and JSON view of them"
          + " is drawn by the render module, which the front ends call");

  static final ArchRule COMMANDS_GO_THROUGH_THE_APPLICATION = noClasses().that().resideInAPackage("io.dyadscope.cli..")
      .should().dependOnClassesThat().resideInAnyPackage("io.dyadscope.store..", "java.sql..", "org.duckdb..")
      .because("commands parse, call one application service and print");

  static final ArchRule THE_SERVER_GOES_THROUGH_THE_APPLICATION = noClasses().that()
      .resideInAPackage("io.dyadscope.web..")
      .should().dependOnClassesThat().resideInAnyPackage("io.dyadscope.store..", "io.dyadscope.cli..", "java.sql..",
          "org.duckdb..")
      .because("the web server, like a command, calls the application services, which open the workspace per use");

  static final ArchRule FRONT_ENDS_DO_NOT_REACH_A_STORE = noClasses().that()
      .resideInAnyPackage("io.dyadscope.cli..", "io.dyadscope.web..")
      .should().dependOnClassesThat().resideInAPackage("io.dyadscope.store..")
      .because("front ends (the command line, the dashboard) ask the application, which owns the workspace and"
          + " answers listings such as the dyads; a front end that read a store would compute them itself");

  /**
   * The dashboard writes no markup: no string of its classes holds an HTML or SVG tag
   * ({@link MarkupLiterals}), and none uses the escaper or the SVG writer, which only markup needs.
   */
  static final ArchRule THE_DASHBOARD_WRITES_NO_MARKUP = noClasses().that().resideInAPackage("io.dyadscope.web..")
      .should(MarkupLiterals.WRITE_A_TAG)
      .orShould().dependOnClassesThat().haveFullyQualifiedName("io.dyadscope.evidence.text.Markup")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("io.dyadscope.render.chart.Svg")
      .because("the dashboard's pages are drawn by the render module's jte templates from view records, which"
          + " escape every text alike; a dashboard class writing tags would be a second renderer");

  static final ArchRule IMPORTERS_WRITE_TO_A_SINK = noClasses().that().resideInAPackage("io.dyadscope.importers..")
      .should().dependOnClassesThat().resideInAnyPackage("io.dyadscope.store..", "io.dyadscope.app..",
          "io.dyadscope.cli..", "java.sql..", "org.duckdb..")
      .because("importers hand what they read to an ObservationSink, not to the store");

  static final ArchRule API_READERS_DO_NO_IO = noClasses().that().resideInAPackage("io.dyadscope.fetch.api..")
      .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "java.sql..", "org.duckdb..",
          "io.dyadscope.fetch.http..", "io.dyadscope.store..", "io.dyadscope.app..", "io.dyadscope.cli..")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
      .because("queries and answers are built and read as data; HTTP, the cache and the workspace are elsewhere");

  static final ArchRule FETCHING_KNOWS_NOTHING_OF_THE_WORKSPACE = noClasses().that()
      .resideInAPackage("io.dyadscope.fetch..").should().dependOnClassesThat().resideInAnyPackage(
          "io.dyadscope.store..", "io.dyadscope.app..", "io.dyadscope.cli..", "io.dyadscope.importers..")
      .because("fetching turns answers into importer input; the application imports it through the importers");

  static final ArchRule THE_STORE_KNOWS_ONLY_THE_MODEL = noClasses().that().resideInAPackage("io.dyadscope.store..")
      .should().dependOnClassesThat().resideInAnyPackage("io.dyadscope.app..", "io.dyadscope.cli..",
          "io.dyadscope.analysis..", "io.dyadscope.dossier..", "io.dyadscope.audit..")
      .because("the store keeps evidence; what is made of it belongs to the modules above");

  static final ArchRule THE_APPLICATION_DOES_NOT_KNOW_ITS_CALLERS = noClasses().that()
      .resideInAPackage("io.dyadscope.app..").should().dependOnClassesThat().resideInAPackage("io.dyadscope.cli..");

  /**
   * Libraries that parse documents: PDF, Word and PowerPoint, HTML. POI's spreadsheet packages are
   * not among them: the IMF DOTS workbook is a table of statistics, read by its importer.
   */
  static final String[] DOCUMENT_PARSERS = {"org.apache.pdfbox..", "org.apache.poi.xwpf..", "org.apache.poi.hwpf..",
      "org.apache.poi.xslf..", "org.apache.poi.hslf..", "org.jsoup..", "org.apache.tika..", "org.htmlunit..",
      "javax.swing.text.html.."};

  // The testkit (test scope only) writes the tests' synthetic PDFs with PDFBox; it reads no document.
  static final ArchRule ONE_DOCUMENT_READER = noClasses().that()
      .resideOutsideOfPackages("io.dyadscope.documents..", "io.dyadscope.testkit..")
      .should().dependOnClassesThat().resideInAnyPackage(DOCUMENT_PARSERS)
      .because("documents are read by io.dyadscope.documents alone: one PDFBox path, one charset rule, one entity"
          + " table, and positions back into the file for every reader");

  /**
   * Java's own readers of numbers from text, called or passed as a method reference:
   * {@code Double.parseDouble}, {@code Double.valueOf(String)}, {@code Float.parseFloat},
   * {@code Float.valueOf(String)}, {@code new BigDecimal(String)} and {@code NumberFormat.parse}.
   */
  static final DescribedPredicate<AccessTarget> JAVA_NUMBER_READERS = DescribedPredicate.describe(
      "Java's own number parsers (Double.parseDouble, Double.valueOf(String), Float.parseFloat, new BigDecimal(String),"
          + " NumberFormat.parse)", ArchitectureTest::readsANumber);

  static final ArchRule ONE_NUMBER_PARSER = noClasses().that().resideOutsideOfPackage("io.dyadscope.evidence.number..")
      .should().accessTargetWhere(JavaAccess.Predicates.target(JAVA_NUMBER_READERS))
      .because("numbers are read from text by evidence.number.StatNumber alone, so every file accepts the same"
          + " numbers and refuses the same marks, and what each reading accepts is written in one place");

  private static boolean readsANumber(AccessTarget t) {
    if (!(t instanceof AccessTarget.CodeUnitAccessTarget c)) {
      return false;
    }
    List<String> params = c.getRawParameterTypes().stream().map(JavaClass::getName).toList();
    boolean text = params.equals(List.of(String.class.getName()));
    return switch (c.getOwner().getName()) {
      case "java.lang.Double" -> text && (c.getName().equals("parseDouble") || c.getName().equals("valueOf"));
      case "java.lang.Float" -> text && (c.getName().equals("parseFloat") || c.getName().equals("valueOf"));
      case "java.math.BigDecimal" -> c.getName().equals("<init>") && !params.isEmpty()
          && params.get(0).equals(String.class.getName());
      default -> c.getOwner().isAssignableTo(java.text.NumberFormat.class) && c.getName().equals("parse");
    };
  }

  static final ArchRule NO_CYCLES_BETWEEN_MODULES = slices().matching("io.dyadscope.(*)..").should().beFreeOfCycles();

  static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.dyadscope");
  }

  @Test
  void pureModulesDoNoIo() {
    PURE_MODULES_DO_NO_IO.check(main);
  }

  @Test
  void theEnginesDoNotRender() {
    THE_ENGINES_DO_NOT_RENDER.check(main);
  }

  @Test
  void aFindingsClassThatDrawsItsOwnChartBreaksTheRule() {
    JavaClasses violation = new ClassFileImporter().importClasses(DrawsItsOwnChart.class);
    assertThatThrownBy(() -> THE_ENGINES_DO_NOT_RENDER.check(violation)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("DrawsItsOwnChart").hasMessageContaining("io.dyadscope.render.chart.Charts");
  }

  @Test
  void commandsGoThroughTheApplication() {
    COMMANDS_GO_THROUGH_THE_APPLICATION.check(main);
  }

  @Test
  void theServerGoesThroughTheApplication() {
    THE_SERVER_GOES_THROUGH_THE_APPLICATION.check(main);
  }

  @Test
  void frontEndsDoNotReachAStore() {
    FRONT_ENDS_DO_NOT_REACH_A_STORE.check(main);
  }

  @Test
  void aCommandThatOpensTheStoreBreaksTheRule() {
    JavaClasses violation = new ClassFileImporter().importClasses(CommandOpensTheStore.class);
    assertThatThrownBy(() -> FRONT_ENDS_DO_NOT_REACH_A_STORE.check(violation)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("CommandOpensTheStore").hasMessageContaining("io.dyadscope.store.Workspace");
  }

  @Test
  void aDashboardClassThatReadsTheStoreBreaksTheRule() {
    JavaClasses violation = new ClassFileImporter().importClasses(PageReadsTheStore.class);
    assertThatThrownBy(() -> FRONT_ENDS_DO_NOT_REACH_A_STORE.check(violation)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("PageReadsTheStore").hasMessageContaining("io.dyadscope.store.Workspace");
  }

  @Test
  void theDashboardWritesNoMarkup() {
    THE_DASHBOARD_WRITES_NO_MARKUP.check(main);
  }

  @Test
  void aDashboardClassThatWritesItsOwnHtmlBreaksTheRule() {
    JavaClasses violation = new ClassFileImporter().importClasses(PageWritesItsOwnHtml.class);
    assertThatThrownBy(() -> THE_DASHBOARD_WRITES_NO_MARKUP.check(violation)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("PageWritesItsOwnHtml writes the tag <h1 in \"<h1>\"")
        .hasMessageContaining("PageWritesItsOwnHtml writes the tag </h1 in \"</h1><p class=\"meta\">\"")
        .hasMessageContaining("io.dyadscope.evidence.text.Markup");
  }

  @Test
  void importersWriteToASink() {
    IMPORTERS_WRITE_TO_A_SINK.check(main);
  }

  @Test
  void apiReadersDoNoIo() {
    API_READERS_DO_NO_IO.check(main);
  }

  @Test
  void fetchingKnowsNothingOfTheWorkspace() {
    FETCHING_KNOWS_NOTHING_OF_THE_WORKSPACE.check(main);
  }

  @Test
  void anApiReaderThatSendsARequestBreaksTheRule() {
    JavaClasses violation = new ClassFileImporter().importClasses(io.dyadscope.fetch.api.violation.SendsARequest.class);
    assertThatThrownBy(() -> API_READERS_DO_NO_IO.check(violation)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("SendsARequest").hasMessageContaining("java.net.http.HttpClient");
  }

  @Test
  void theStoreKnowsOnlyTheModel() {
    THE_STORE_KNOWS_ONLY_THE_MODEL.check(main);
  }

  @Test
  void theApplicationDoesNotKnowItsCallers() {
    THE_APPLICATION_DOES_NOT_KNOW_ITS_CALLERS.check(main);
  }

  @Test
  void modulesFormNoCycle() {
    NO_CYCLES_BETWEEN_MODULES.check(main);
  }

  @Test
  void onlyTheDocumentReaderParsesDocuments() {
    ONE_DOCUMENT_READER.check(main);
  }

  @Test
  void aClassOutsideTheDocumentReaderThatOpensAPdfBreaksTheRule() {
    JavaClasses violation = new ClassFileImporter().importClasses(io.dyadscope.corpus.violation.ReadsAPdf.class);
    assertThatThrownBy(() -> ONE_DOCUMENT_READER.check(violation)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReadsAPdf").hasMessageContaining("org.apache.pdfbox.Loader");
  }

  @Test
  void onlyTheNumberParserParsesNumbers() {
    ONE_NUMBER_PARSER.check(main);
  }

  @Test
  void aSecondNumberParserBreaksTheRule() {
    JavaClasses violation = new ClassFileImporter().importClasses(io.dyadscope.importers.violation.GroupedNumber.class);
    assertThatThrownBy(() -> ONE_NUMBER_PARSER.check(violation)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("GroupedNumber").hasMessageContaining("Double.parseDouble");
  }

  @Test
  void aClassOfAnyNameThatReadsANumberItselfBreaksTheRule() {
    JavaClasses violation = new ClassFileImporter().importClasses(io.dyadscope.events.violation.ReadsACoordinate.class);
    assertThatThrownBy(() -> ONE_NUMBER_PARSER.check(violation)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReadsACoordinate.latitude").hasMessageContaining("java.lang.Double.parseDouble")
        .hasMessageContaining("ReadsACoordinate.percentiles").hasMessageContaining("references method")
        .hasMessageContaining("ReadsACoordinate.exact").hasMessageContaining("java.math.BigDecimal.<init>(java.lang.String)");
  }

  @Test
  void aPureClassThatOpensADatabaseBreaksTheRule() {
    JavaClasses violation = new ClassFileImporter().importClasses(ReachesTheDatabase.class);
    assertThatThrownBy(() -> PURE_MODULES_DO_NO_IO.check(violation)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReachesTheDatabase").hasMessageContaining("java.sql.DriverManager");
  }
}
