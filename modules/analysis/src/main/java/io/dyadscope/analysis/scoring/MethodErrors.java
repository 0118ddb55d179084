package io.dyadscope.analysis.scoring;

import io.dyadscope.analysis.Forecast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every forecasting method's backtest error for one forecast, so a reader can see that the chosen
 * method earned its place.
 *
 * @param method            method name
 * @param meanAbsoluteError its rolling-origin backtest mean absolute error, in the indicator's unit
 * @param chosen            true for the method the forecast used
 */
public record MethodErrors(String method, double meanAbsoluteError, boolean chosen) {

  /** One entry per method tried, in the order tried; empty when the series was too short to backtest. */
  public static List<MethodErrors> of(Forecast f) {
    List<MethodErrors> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : f.backtestError().entrySet()) {
      out.add(new MethodErrors(e.getKey(), e.getValue(), e.getKey().equals(f.method())));
    }
    return out;
  }
}
