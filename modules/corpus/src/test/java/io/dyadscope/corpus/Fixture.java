package io.dyadscope.corpus;

import io.dyadscope.evidence.Hashing;
import java.util.List;

/**
 * Synthetic fixture documents (written for these tests, not real texts): three short documents of
 * different kinds, dates and publishers.
 */
public final class Fixture {

  public static final String D1 = "The border crossing at the pass was closed on Sunday. "
      + "Traders waited at the border crossing for days.";
  public static final String D2 = "Both sides agreed to reopen the crossing. Trade resumed.";
  public static final String D3 = "Refugees returned across the border.\n\nThe border police counted them.";

  private Fixture() {}

  public static CorpusDocument doc(String id, DocumentKind kind, String date, String publisher, String text) {
    return new CorpusDocument(id, new DocumentMetadata("Synthetic " + id, publisher, kind, date, "en", "", "", ""),
        id + ".txt", Hashing.sha256(text), text);
  }

  public static List<CorpusDocument> three() {
    return List.of(doc("d1", DocumentKind.news, "2023-02-10", "Example Wire", D1),
        doc("d2", DocumentKind.statement, "2024-05-13", "Ministry of Examples", D2),
        doc("d3", DocumentKind.report, "2019", "Example Institute", D3));
  }
}
