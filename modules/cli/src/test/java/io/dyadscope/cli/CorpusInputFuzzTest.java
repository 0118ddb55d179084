package io.dyadscope.cli;

import io.dyadscope.testkit.SyntheticPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Fuzzing every reader of the corpus and the audit through the command line: documents (.txt, .md,
 * .html, .pdf, .docx), REFI-QDA projects (the archive's bytes and its project.qde), codebooks (JSON
 * and .qdc), coded segments, manifests, and reports to audit. Each mutated seed ends in exit 0 or a
 * user error, never an internal error; a refusal leaves the workspace as it was. The seeds are
 * synthetic (written here) or the workspace's own exports.
 */
class CorpusInputFuzzTest {

  /** Synthetic report text with figures, a table and markup-like characters. */
  static final String TEXT = "Trade between Pakistan and Afghanistan fell from 2.4 billion dollars in 2021 to 1.6 billion"
      + " dollars in 2023, a fall of 33%.\n\nTable 1: Trade (USD million)\n\n| year | exports | imports | total |\n"
      + "|---|---|---|---|\n| 2022 | 1,000 | 600 | 1,600 |\n\nRefugees registered in Pakistan numbered 1.3 million.\n";

  private static FuzzWorkspace fw;
  private static final Map<String, byte[]> SEEDS = new LinkedHashMap<>();

  @BeforeContainer
  static void start() throws Exception {
    fw = new FuzzWorkspace("corpus").start("documents", "--format", "csv");
    Path out = fw.dir.resolve("seeds");
    Files.createDirectories(out);
    CliRun export = fw.run("export", "qdpx", out.resolve("p.qdpx").toString());
    if (export.code() != 0) {
      throw new IllegalStateException(export.err());
    }
    fw.run("codebook", "--export", out.resolve("b.qdc").toString());
    SEEDS.put("p.qdpx", Files.readAllBytes(out.resolve("p.qdpx")));
    SEEDS.put("b.qdc", Files.readAllBytes(out.resolve("b.qdc")));
    SEEDS.put("b.json", fw.run("codebook", "--format", "json").out().getBytes(StandardCharsets.UTF_8));
    SEEDS.put("t.txt", TEXT.getBytes(StandardCharsets.UTF_8));
    SEEDS.put("t.md", ("# Synthetic report\n\n" + TEXT).getBytes(StandardCharsets.UTF_8));
    SEEDS.put("t.html", ("<!doctype html><html><head><title>Synthetic</title></head><body><p>"
        + TEXT.replace("\n\n", "</p><p>") + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    SEEDS.put("t.pdf", pdf());
    SEEDS.put("t.docx", docx());
    SEEDS.put("codings.csv", "document,start,end,code,coder\nwp-casa-1000,0,9,theme.trade,fuzz\n"
        .getBytes(StandardCharsets.UTF_8));
    SEEDS.put("manifest.csv", "file,kind,id,title,date\nnote.txt,news,fuzz-note,Synthetic note,2024-05\n"
        .getBytes(StandardCharsets.UTF_8));
    fw.start("documents", "--format", "csv");
  }

  @AfterContainer
  static void stop() {
    fw.delete();
  }

  private static byte[] pdf() throws IOException {
    return SyntheticPdf.of(11, 20).bytes("Trade between Pakistan and Afghanistan fell to 1.6 billion dollars in 2023.");
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream b = new ByteArrayOutputStream()) {
      for (String p : TEXT.split("\n\n")) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(b);
      return b.toByteArray();
    }
  }

  private static byte[] mutated(String seed, List<Mutation> mutations) {
    return Mutation.applyAll(SEEDS.get(seed), mutations);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Mutation.some(3);
  }

  @Property
  void documents(@ForAll @IntRange(min = 0, max = 4) int which, @ForAll("mutations") List<Mutation> mutations) {
    String seed = List.of("t.txt", "t.md", "t.html", "t.pdf", "t.docx").get(which);
    fw.check(mutated(seed, mutations), seed, "import", "documents", "FILE", "--kind", "report");
  }

  @Property
  void projectArchiveBytes(@ForAll("mutations") List<Mutation> mutations) {
    fw.check(mutated("p.qdpx", mutations), "p.qdpx", "import", "qdpx", "FILE");
  }

  @Property
  void projectXml(@ForAll("mutations") List<Mutation> mutations) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(SEEDS.get("p.qdpx")))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    entries.put("project.qde", Mutation.applyAll(entries.get("project.qde"), mutations));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(b)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    fw.check(b.toByteArray(), "p.qdpx", "import", "qdpx", "FILE");
  }

  @Property
  void codebooks(@ForAll @IntRange(min = 0, max = 1) int which, @ForAll("mutations") List<Mutation> mutations) {
    String seed = which == 0 ? "b.json" : "b.qdc";
    fw.check(mutated(seed, mutations), seed, "codebook", "--import", "FILE");
  }

  @Property
  void codedSegments(@ForAll("mutations") List<Mutation> mutations) {
    fw.check(mutated("codings.csv", mutations), "codings.csv", "code", "--import", "FILE");
  }

  @Property
  void manifests(@ForAll("mutations") List<Mutation> mutations) throws IOException {
    Path folder = fw.dir.resolve("in").resolve("folder");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("note.txt"), "Synthetic note: the crossing reopened.");
    fw.check(mutated("manifest.csv", mutations), "manifest.csv", "import", "documents", folder.toString(),
        "--manifest", "FILE");
  }

  @Property
  void auditLexicons(@ForAll("mutations") List<Mutation> mutations) throws IOException {
    Path report = fw.dir.resolve("in").resolve("report.txt");
    Files.writeString(report, TEXT);
    byte[] lexicon = "phrase,indicator\ntrade between the two countries,trade.total\n".getBytes(StandardCharsets.UTF_8);
    fw.check(Mutation.applyAll(lexicon, mutations), "lexicon.csv", "audit", report.toString(), "--dyad", "PAK-AFG",
        "--lexicon", "FILE");
  }

  @Property
  void reportsToAudit(@ForAll @IntRange(min = 0, max = 3) int which, @ForAll("mutations") List<Mutation> mutations) {
    String seed = List.of("t.txt", "t.md", "t.html", "t.pdf").get(which);
    fw.check(mutated(seed, mutations), seed, "audit", "FILE", "--dyad", "PAK-AFG", "--format", "json");
  }
}
