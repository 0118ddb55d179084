package io.dyadscope.dossier.chart;

/**
 * A computed forecast drawn as a fan from the last fact to the target, with its 80% and 95% bands.
 *
 * @param fromX x of the last fact
 * @param fromY value of the last fact
 * @param x     x of the target period
 * @param label the target period as written
 * @param point the forecast
 * @param lo80  lower bound of the 80% interval
 * @param hi80  upper bound of the 80% interval
 * @param lo95  lower bound of the 95% interval
 * @param hi95  upper bound of the 95% interval
 */
public record Fan(double fromX, double fromY, double x, String label, double point, double lo80, double hi80,
    double lo95, double hi95) {

  public Fan {
    if (!(lo95 <= lo80 && lo80 <= point && point <= hi80 && hi80 <= hi95)) {
      throw new IllegalArgumentException("fan bounds out of order: " + lo95 + " " + lo80 + " " + point + " " + hi80
          + " " + hi95);
    }
    if (!(x > fromX)) {
      throw new IllegalArgumentException("fan target " + x + " is not after its start " + fromX);
    }
  }
}
