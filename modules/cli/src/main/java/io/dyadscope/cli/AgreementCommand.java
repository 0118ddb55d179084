package io.dyadscope.cli;

import io.dyadscope.evidence.UserError;
import io.dyadscope.app.corpus.CorpusAnalysis;
import io.dyadscope.corpus.agreement.CoderAgreement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyadscope agreement --coder A --coder B}: inter-coder agreement. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
    header = "Inter-coder agreement between two coders: Cohen's kappa and Krippendorff's alpha.",
    description = {"Inter-coder agreement between two coders ('auto' is the auto-coder): per sentence of the",
        "documents both coded, Cohen's kappa and Krippendorff's alpha (nominal), pooled and per code; and per",
        "code Krippendorff's unitized alpha, which compares where the coders' passages begin and end."})
public final class AgreementCommand extends WorkspaceCommand {

  @Option(names = "--coder", required = true, arity = "1", paramLabel = "NAME", description = "Give twice.")
  List<String> coders;

  @Mixin
  FormatOption output;

  @Override
  public Integer call() throws Exception {
    if (coders.size() != 2) {
      throw new UserError("give exactly two coders: --coder A --coder B");
    }
    PrintWriter out = spec.commandLine().getOut();
    return CorpusCli.read(this, corpus -> {
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
        ConsoleTable t = new ConsoleTable("code", "both", "only " + r.coderA(), "only " + r.coderB(), "neither", "% agree",
            "kappa", "alpha", "unitized alpha");
        rows.forEach(x -> t.row(x.toArray()));
        t.print(out);
      } else {
        output.write(out, List.of("code", "both", "only_a", "only_b", "neither", "percent_agreement", "kappa",
            "alpha", "unitized_alpha"), rows);
      }
      out.flush();
    });
  }
}
