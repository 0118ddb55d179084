package io.dyadscope.audit;

/** Where a claim's period was read from, strongest first. */
public enum PeriodBasis {
  /** A year or month stated with the number ("in 2022", "from X in 2019 to Y in 2021"). */
  STATED,
  /** A table's year column or row, or the year in its caption ("(2024)"). */
  TABLE,
  /** Only the year of a citation in the sentence ("(UNHCR, 2023)"): a weaker hint. */
  CITATION,
  /** No period could be read. */
  NONE
}
