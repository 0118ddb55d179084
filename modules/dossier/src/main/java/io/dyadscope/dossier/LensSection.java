package io.dyadscope.dossier;

import java.util.List;

/**
 * What one theoretical lens makes of the evidence: the findings it weighs most, what it expects and
 * whether the data bear that out. Findings are referred to by id, not repeated.
 *
 * @param id          lens id
 * @param name        lens name
 * @param framing     what the lens attends to and which findings it weighs most, in a sentence or two
 * @param expectations what the lens predicts, each with what the data say about it
 * @param findingIds  the findings it weighs most, in order of weight
 * @param verdicts    the verdict on each implication, in the order of {@code expectations}:
 *                    consistent, inconsistent or cannot tell
 */
public record LensSection(String id, String name, String framing, List<String> expectations,
    List<String> findingIds, List<String> verdicts) {

  public LensSection {
    expectations = List.copyOf(expectations);
    verdicts = List.copyOf(verdicts);
    findingIds = List.copyOf(findingIds);
  }
}
