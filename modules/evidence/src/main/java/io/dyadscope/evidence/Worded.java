package io.dyadscope.evidence;

import java.util.Locale;

/**
 * An enum whose constants are written as words in files, options and output: each constant's name
 * in lower case, with blanks for underscores ({@code THINK_TANK} is {@code think tank}). Read a word
 * back with {@link Labels#parse}.
 */
public interface Worded {

  /** The constant's name; every enum has it. */
  String name();

  /** The word this constant is written as. */
  default String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
