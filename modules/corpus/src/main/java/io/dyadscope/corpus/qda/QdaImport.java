package io.dyadscope.corpus.qda;

import io.dyadscope.corpus.Coding;
import io.dyadscope.corpus.CorpusDocument;
import io.dyadscope.corpus.Memo;
import io.dyadscope.corpus.codebook.Code;
import java.util.List;

/**
 * What a REFI-QDA project or codebook holds, translated: codes (ids given or made from names),
 * documents, codings in char offsets, memos, and warnings about XML that strayed from the schema
 * but whose meaning was clear (each naming the element).
 */
public record QdaImport(String projectName, List<Code> codes, List<CorpusDocument> documents, List<Coding> codings,
    List<Memo> memos, List<String> warnings) {
  // Defensive copies: every list component is frozen so the import stays as read whatever the caller
  // does with its lists; each record names its own fields, so there is nothing to share.
  public QdaImport {
    codes = List.copyOf(codes);
    documents = List.copyOf(documents);
    codings = List.copyOf(codings);
    memos = List.copyOf(memos);
    warnings = List.copyOf(warnings);
  }
}
