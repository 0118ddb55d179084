package io.dyadscope.cli;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing the event readers (ACLED, UCDP GED, GDELT 2.0 and 1.0) through {@code import events},
 * strict and lenient: an import or a user error, never an internal error; a refusal changes
 * nothing. Seeds are the events module's synthetic fixtures.
 */
class EventImportFuzzTest {

  static final List<String> SEEDS = List.of("synthetic-acled-full.csv", "synthetic-ucdp-ged.csv",
      "synthetic-gdelt2.export.CSV", "synthetic-gdelt1.CSV");

  private static FuzzWorkspace fw;

  @BeforeContainer
  static void start() {
    fw = new FuzzWorkspace("events").start("sources", "--format", "csv");
  }

  @AfterContainer
  static void stop() {
    fw.delete();
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Mutation.some(4);
  }

  @Property
  void strictImportOfAMutatedSeed(@ForAll @IntRange(min = 0, max = 3) int which,
      @ForAll("mutations") List<Mutation> mutations) {
    fw.check(Mutation.applyAll(FuzzWorkspace.seed(SEEDS.get(which)), mutations), SEEDS.get(which),
        "import", "events", "FILE", "--all-rows");
  }

  @Property
  void derivingIndicatorsByAMutatedRuleFile(@ForAll("mutations") List<Mutation> mutations) throws Exception {
    byte[] rules;
    try (java.io.InputStream in = io.dyadscope.events.rules.EventRules.class
        .getResourceAsStream("/io/dyadscope/events/rules/event-rules.json")) {
      rules = in.readAllBytes();
    }
    fw.check(Mutation.applyAll(rules, mutations), "rules.json", "events", "derive", "--rules", "FILE");
  }

  @Property
  void lenientImportOfAMutatedSeed(@ForAll @IntRange(min = 0, max = 3) int which,
      @ForAll("mutations") List<Mutation> mutations) {
    fw.check(Mutation.applyAll(FuzzWorkspace.seed(SEEDS.get(which)), mutations), SEEDS.get(which),
        "import", "events", "FILE", "--lenient", "--rejects", fw.dir.resolve("rejects.txt").toString());
  }
}
