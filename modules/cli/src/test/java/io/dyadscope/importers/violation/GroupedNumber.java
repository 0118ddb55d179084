package io.dyadscope.importers.violation;

/**
 * A deliberate violation for {@code ArchitectureTest}: a second number parser outside
 * {@code evidence.number}. It lives in test sources, which the check of the main code leaves out.
 */
public final class GroupedNumber {

  private GroupedNumber() {}

  public static double parse(String text) {
    return Double.parseDouble(text.replace(",", ""));
  }
}
