package io.dyadscope.audit;

/**
 * How much of a report's numbers the audit could use.
 *
 * @param numbersFound   quantities found in the text and its tables (years, list markers, page
 *                       numbers and durations are not quantities)
 * @param numbersTied    of those, the ones tied to an indicator of the catalogue
 * @param numbersChecked of those, the ones some check compared with something
 * @param notes          what went unchecked and why: table headers no lexicon phrase names,
 *                       workspace figures skipped because the audited report itself supplied them
 */
public record Coverage(int numbersFound, int numbersTied, int numbersChecked, java.util.List<String> notes) {

  public Coverage(int numbersFound, int numbersTied, int numbersChecked) {
    this(numbersFound, numbersTied, numbersChecked, java.util.List.of());
  }

  public Coverage {
    notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
    if (numbersFound < 0 || numbersTied < 0 || numbersChecked < 0) {
      throw new IllegalArgumentException("negative count in coverage: found " + numbersFound + ", tied "
          + numbersTied + ", checked " + numbersChecked);
    }
    if (numbersTied > numbersFound || numbersChecked > numbersTied) {
      throw new IllegalArgumentException("coverage counts must shrink from found to tied to checked: found "
          + numbersFound + ", tied " + numbersTied + ", checked " + numbersChecked);
    }
  }
}
