package io.dyadscope.cli;

import picocli.CommandLine.Mixin;

/** A corpus command that lists: {@code --format table|csv|json} besides the workspace options. */
abstract class CorpusListingCommand extends CorpusCommand {

  @Mixin FormatOption output;
}
