package io.dyadscope.dossier;

/**
 * A published projection beside Dyadscope's own for one series at the target period. Numbers are
 * NaN where there is none.
 *
 * @param series        what the series is, as headed in the table
 * @param indicator     indicator id
 * @param subject       subject code
 * @param unit          unit of the values
 * @param target        the target period
 * @param published     the published value
 * @param publishedBy   its citation, or empty
 * @param forecast      Dyadscope's point forecast
 * @param lo80          80% interval, lower bound
 * @param hi80          80% interval, upper bound
 * @param lo95          95% interval, lower bound
 * @param hi95          95% interval, upper bound
 * @param method        forecast method, or empty
 * @param confidence    low, moderate or high, or empty
 * @param difference    published minus forecast
 * @param differencePct the difference in percent of the forecast
 * @param verdict       where the published value lies: "inside 80%", "inside 95%", "outside 95%", or empty
 * @param note          how the forecast was made, or why there is none
 */
public record Comparison(String series, String indicator, String subject, String unit, String target,
    double published, String publishedBy, double forecast, double lo80, double hi80, double lo95, double hi95,
    String method, String confidence, double difference, double differencePct, String verdict, String note) {

  public boolean hasForecast() {
    return !Double.isNaN(forecast);
  }

  public boolean hasPublished() {
    return !Double.isNaN(published);
  }
}
