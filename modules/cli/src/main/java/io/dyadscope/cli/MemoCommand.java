package io.dyadscope.cli;

import io.dyadscope.evidence.UserError;
import io.dyadscope.app.corpus.CorpusService;
import io.dyadscope.corpus.Memo;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyadscope memo}: a note on a code or a document, or the list of memos. */
@Command(name = "memo", mixinStandardHelpOptions = true)
public final class MemoCommand extends CorpusChangeCommand {

  static final class Target {
    @Option(names = "--code", paramLabel = "ID", description = "The code the memo is about.") String code;

    @Option(names = "--document", paramLabel = "ID", description = "The document the memo is about.") String document;
  }

  @ArgGroup(exclusive = true) Target target;

  @Option(names = "--author", defaultValue = "", description = "Who wrote the memo.") String author;

  @Parameters(arity = "0..1", paramLabel = "TEXT", description = "The memo (none: list the memos).") String text;

  @Override
  void work(CorpusService corpus, PrintWriter out) {
    if (text == null) {
      for (Memo m : corpus.memos()) {
        out.println(m.on() + " " + m.target() + (m.author().isEmpty() ? "" : " (" + m.author() + ")") + ": " + m.text());
      }
    } else {
      if (target == null) {
        throw new UserError("a memo needs --code ID or --document ID");
      }
      Memo m = target.code != null ? new Memo(Memo.Target.code, target.code, author, text)
          : new Memo(Memo.Target.document, target.document, author, text);
      corpus.memo(m);
      out.println("memo kept on " + m.on() + " " + m.target());
    }
  }
}
