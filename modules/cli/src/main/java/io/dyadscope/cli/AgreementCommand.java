package io.dyadscope.cli;

import io.dyadscope.evidence.UserError;
import io.dyadscope.app.corpus.AutoCodingCheck;
import io.dyadscope.app.corpus.CorpusAnalysis;
import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.corpus.gold.CodeScore;
import io.dyadscope.corpus.agreement.CoderAgreement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyadscope agreement --coder A --coder B}: inter-coder agreement. */
@Command(name = "agreement", mixinStandardHelpOptions = true)
public final class AgreementCommand extends CorpusListingCommand {

  @Option(names = "--coder", arity = "1", paramLabel = "NAME", description = "Give twice.")
  List<String> coders = new ArrayList<>();

  @Option(names = "--gold", description = "Instead: the auto-coder's precision and recall per code against the"
      + " project's hand-coded gold set of the default corpus, on the documents its rules were tuned on and on"
      + " those kept aside; rules below 0.6 precision are marked.")
  boolean gold;

  @Override
  void check() {
    if (!gold && coders.size() != 2) {
      throw new UserError("give exactly two coders: --coder A --coder B (or --gold)");
    }
  }

  @Override
  void work(CorpusService corpus, PrintWriter out) {
    if (gold) {
      gold(out, corpus.codebook());
      return;
    }
    CoderAgreement.Report r = new CorpusAnalysis(corpus).agreement(coders.get(0), coders.get(1));
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of("(all codes)", "", "", "", "", "", CorpusCli.number(r.kappa()), CorpusCli.number(r.alpha()), ""));
    for (CoderAgreement.CodeAgreement c : r.perCode()) {
      rows.add(List.of(c.codeId(), c.both(), c.onlyA(), c.onlyB(), c.neither(),
          CorpusCli.number(c.percentAgreement()), CorpusCli.number(c.kappa()), CorpusCli.number(c.alpha()),
          CorpusCli.number(c.unitizedAlpha())));
    }
    if (output.table()) {
      out.println(r.coderA() + " vs " + r.coderB() + ": " + r.units() + " sentences in " + r.documents()
          + " documents coded by both");
      ConsoleTable.print(out, List.of("code", "both", "only " + r.coderA(), "only " + r.coderB(), "neither",
          "% agree", "kappa", "alpha", "unitized alpha"), rows);
    } else {
      output.write(out, List.of("code", "both", "only_a", "only_b", "neither", "percent_agreement", "kappa",
          "alpha", "unitized_alpha"), rows);
    }
  }

  private void gold(PrintWriter out, io.dyadscope.corpus.codebook.Codebook book) {
    List<List<Object>> rows = new ArrayList<>();
    for (CodeScore c : AutoCodingCheck.measure(book)) {
      rows.add(List.of(c.code(), c.split(), c.truePositives(), c.falsePositives(), c.falseNegatives(),
          CorpusCli.number(c.precision()), CorpusCli.number(c.recall()), c.unreliable() ? "below 0.6 precision" : ""));
    }
    if (output.table()) {
      out.println("auto-coder vs the gold set (" + AutoCodingCheck.gold().sentences().size()
          + " hand-coded sentences of the default corpus; tuning: rules tuned on them; held-out: never tuned on)");
      ConsoleTable.print(out, List.of("code", "split", "both", "only auto", "only gold", "precision", "recall",
          "note"), rows);
    } else {
      output.write(out, List.of("code", "split", "both", "only_auto", "only_gold", "precision", "recall", "note"), rows);
    }
  }
}
