package io.dyadscope.cli;

import io.dyadscope.app.corpus.DocumentOptions;
import picocli.CommandLine.Option;

/**
 * The metadata of imported texts given as options ({@code --kind}, {@code --date}, ...): one option a
 * field of {@link DocumentOptions}, so the declarations below look alike by necessity.
 */
final class DocumentMetadataOptions {

  @Option(names = "--id", description = "Document id (one file only; default: from the file name).") String id;

  @Option(names = "--title", description = "Title (one file only; default: the file's own, else its name).")
  String title;

  @Option(names = "--kind", description = "agreement, communique, statement, policy, report, news, transcript or encyclopedic.")
  String kind;

  @Option(names = "--publisher", description = "Who published the text, e.g. UNHCR.") String publisher;

  @Option(names = "--date", description = "YYYY, YYYY-MM or YYYY-MM-DD.") String date;

  @Option(names = "--language", description = "e.g. en.") String language;

  @Option(names = "--source-id", description = "Id of the row in the sources table this text stands for.")
  String sourceId;

  @Option(names = "--url", description = "Where the text was found.") String url;

  @Option(names = "--licence", description = "The text's licence, e.g. CC BY 4.0.") String licence;

  /** The options given, null where absent. */
  DocumentOptions options() {
    return new DocumentOptions(id, title, publisher, kind, date, language, sourceId, url, licence);
  }
}
