package io.dyadscope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.dyadscope.analysis.violation.ReachesTheDatabase;
import io.dyadscope.cli.violation.CommandOpensTheStore;
import io.dyadscope.web.violation.PageReadsTheStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout as rules: pure modules (evidence, analysis, dossier, audit) do no I/O; importers
 * never see the store; front ends (commands, the dashboard) reach the workspace only through the
 * application layer; the
 * store knows nothing of what uses it; and modules form no cycle. The CLI module sees every other
 * module, so the rules run here over the main classes of all of them.
 */
class ArchitectureTest {

  /** Packages of the modules whose logic is pure: data in, data out. */
  static final String[] PURE = {"io.dyadscope.evidence..", "io.dyadscope.analysis..", "io.dyadscope.dossier..",
      "io.dyadscope.audit.."};

  /** What doing I/O means here: databases, the network, the file system. */
  static final String[] IO = {"java.sql..", "org.duckdb..", "java.net..", "io.javalin..", "org.apache.lucene.store.."};

  static final ArchRule PURE_MODULES_DO_NO_IO = noClasses().that().resideInAnyPackage(PURE)
      // The audit's one reader of report files (text, HTML, PDF) is its documented way in.
      .and().doNotHaveFullyQualifiedName("io.dyadscope.audit.text.DocumentText")
      .should().dependOnClassesThat().resideInAnyPackage(IO)
      .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
      .orShould().dependOnClassesThat().resideInAnyPackage("io.dyadscope.store..", "io.dyadscope.app..",
          "io.dyadscope.cli..", "io.dyadscope.importers..")
      .because("pure modules take data in and give data out, so the CLI, a server and Spark can share them");

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
  void aPureClassThatOpensADatabaseBreaksTheRule() {
    JavaClasses violation = new ClassFileImporter().importClasses(ReachesTheDatabase.class);
    assertThatThrownBy(() -> PURE_MODULES_DO_NO_IO.check(violation)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReachesTheDatabase").hasMessageContaining("java.sql.DriverManager");
  }
}
