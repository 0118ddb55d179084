package io.dyadscope.audit.check;

import java.util.List;

/** The ids of the audit's checks. */
public final class Checks {

  public static final String CONTRADICTION = "contradiction";
  public static final String TABLE_ARITHMETIC = "table-arithmetic";
  public static final String CHANGE_STATEMENT = "change-statement";
  public static final String TREND_CLAIM = "trend-claim";
  public static final String DATA_AGREEMENT = "data-agreement";
  public static final String SCOPE = "scope";
  public static final String TEXT_DEFECT = "text-defect";
  /** A strength word ("sharply", "slightly") that does not fit the size of a change: a note. */
  public static final String STRENGTH = "strength";

  /** Every check id, in the order the checks run. */
  public static final List<String> ALL = List.of(TEXT_DEFECT, SCOPE, CONTRADICTION, TABLE_ARITHMETIC,
      CHANGE_STATEMENT, TREND_CLAIM, STRENGTH, DATA_AGREEMENT);

  private Checks() {}
}
