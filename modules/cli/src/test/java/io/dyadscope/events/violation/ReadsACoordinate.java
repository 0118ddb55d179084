package io.dyadscope.events.violation;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A deliberate violation for {@code ArchitectureTest}: a class whose name says nothing of numbers
 * that reads them itself (a call, a method reference, a constructor) instead of through
 * {@code evidence.number}. It lives in test sources, which the check of the main code leaves out.
 */
public final class ReadsACoordinate {

  private ReadsACoordinate() {}

  public static double latitude(String text) {
    return Double.parseDouble(text.strip());
  }

  public static double[] percentiles(String text) {
    return Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray();
  }

  public static BigDecimal exact(String text) {
    return new BigDecimal(text);
  }
}
