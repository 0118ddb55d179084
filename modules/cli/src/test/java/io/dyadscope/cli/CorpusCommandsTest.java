package io.dyadscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus commands on a fresh workspace, which starts with the default corpus. Commands that
 * change nothing share one workspace (making one costs seconds); the others get their own.
 */
class CorpusCommandsTest {

  @TempDir
  static Path shared;

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return runIn(shared.resolve("ws"), args);
  }

  private CliRun runOwn(String... args) {
    return runIn(dir.resolve("ws"), args);
  }

  private static CliRun runIn(Path ws, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--workspace";
    all[args.length + 1] = ws.toString();
    return CliRun.of(all);
  }

  @Test
  void aFreshWorkspaceListsTheTenDefaultDocuments() {
    CliRun r = run("documents", "--format", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().count()).isEqualTo(11);
  }

  @Test
  void searchShowsHitsWithMarkedSnippetsAndOffsets() {
    CliRun r = run("search", "\"border crossing\" AND kind:encyclopedic", "--snippets", "1");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("1 documents match\n\nwp-torkham-border-crossing  encyclopedic    Torkham border crossing (lead)\n")
        .contains("[0-264] Torkham [[border crossing]]");
  }

  @Test
  void kwicPrintsOneLinePerOccurrence() {
    CliRun r = run("kwic", "refugees", "--width", "12", "--format", "csv");
    assertThat(r.out()).isEqualTo("document,start,end,left,keyword,right\n"
        + "wp-afghans-in-pakistan,285,293,\"ssioner for \",Refugees,\" (UNHCR).[3]\"\n"
        + "wp-afghans-in-pakistan,176,184,\"Pakistan as \",refugees,\" and asylum \"\n"
        + "wp-afghanistan-pakistan-relations,1281,1289,\" and Afghan \",refugees,\" in Pakistan\"\n");
  }

  @Test
  void manualCodingThenAgreementWithTheAutoCoder() {
    assertThat(runOwn("code", "wp-casa-1000", "--chars", "0-9", "--code", "theme.geopolitics", "--coder", "ann").out())
        .isEqualTo("coded wp-casa-1000 0-9 as theme.geopolitics by ann: \"CASA-1000\"\n");
    CliRun r = runOwn("agreement", "--coder", "ann", "--coder", "auto", "--format", "csv");
    assertThat(r.code()).isZero();
    // Sentence 0 of the article is its title line "CASA-1000", which the rule 'casa' codes as geopolitics,
    // as it does the other 15 sentences: 1 both, 15 only-auto, none neither. po 1/16; pe 1/16, so kappa 0.
    String row = r.out().lines().filter(l -> l.startsWith("theme.geopolitics,")).findFirst().orElseThrow();
    assertThat(row).startsWith("theme.geopolitics,1,0,15,0,6.250,0.000,-0.824,");
    // the unitized alpha (its arithmetic is tested against Krippendorff 1995 in the corpus module)
    assertThat(Double.parseDouble(row.substring(row.lastIndexOf(',') + 1))).isBetween(-1.0, 1.0);
  }

  @Test
  void badCodingInputIsAOneLineErrorAndChangesNothing() {
    CliRun past = run("code", "wp-casa-1000", "--chars", "0-9000", "--code", "theme.trade", "--coder", "ann");
    assertThat(past.code()).isEqualTo(1);
    assertThat(past.err()).contains(
        "dyadscope: coding 0-9000 of 'wp-casa-1000' reaches past the end of the document (1887 characters)\n");
    CliRun unknown = run("code", "wp-casa-1000", "--chars", "0-9", "--code", "theme.x", "--coder", "ann");
    assertThat(unknown.err()).contains("dyadscope: unknown code id 'theme.x'");
    assertThat(run("documents", "--format", "csv").out()).doesNotContain(",1,");
  }

  @Test
  void aBrokenCodebookIsRefusedNamingTheCodeAndQuery() throws Exception {
    Path book = dir.resolve("book.json");
    Files.writeString(book, "{\"codes\":[{\"id\":\"x\",\"name\":\"X\",\"rules\":[\"\\\"unclosed\"]}]}");
    CliRun r = run("codebook", "--import", book.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("code 'x' has a broken rule '\"unclosed'");
    assertThat(run("codebook", "--format", "csv").out().lines().count()).isEqualTo(12);
  }

  @Test
  void exportAndImportQdpx() {
    Path file = dir.resolve("c.qdpx");
    assertThat(run("export", "qdpx", file.toString()).out()).startsWith("wrote 10 documents, 11 codes and ");
    CliRun again = run("import", "qdpx", file.toString());
    assertThat(again.out()).isEqualTo("0 documents added, 0 replaced, 10 unchanged; 0 codes, 0 codings, 0 memos added\n");
  }

  @Test
  void importDocumentsTwiceAddsNothing() throws Exception {
    Path text = dir.resolve("note.txt");
    Files.writeString(text, "Synthetic note: transit trade resumed.");
    CliRun first = runOwn("import", "documents", text.toString(), "--kind", "news", "--date", "2024-02");
    assertThat(first.err()).contains("Loaded the default corpus (10 freely licensed documents");
    assertThat(first.out())
        .isEqualTo("1 documents added, 0 replaced, 0 unchanged\ncorpus now holds 11 documents\n");
    assertThat(runOwn("import", "documents", text.toString(), "--kind", "news").out())
        .isEqualTo("0 documents added, 0 replaced, 1 unchanged\ncorpus now holds 11 documents\n");
  }

  @Test
  void agreementWithTheGoldSetGivesPrecisionAndRecallPerCodeOnBothSplits() {
    CliRun r = run("agreement", "--gold", "--format", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo("code,split,both,only_auto,only_gold,precision,recall,note");
    // 11 codes on the tuning and the held-out split
    assertThat(r.out().lines().skip(1)).hasSize(22)
        .anySatisfy(l -> assertThat(l).startsWith("theme.trade,tuning,"))
        .anySatisfy(l -> assertThat(l).startsWith("theme.trade,held-out,"));
  }
}
