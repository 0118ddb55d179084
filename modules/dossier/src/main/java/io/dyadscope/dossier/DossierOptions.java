package io.dyadscope.dossier;

import io.dyadscope.analysis.ForecastOptions;
import io.dyadscope.evidence.Period;
import io.dyadscope.dossier.findings.FindingRules;
import io.dyadscope.dossier.findings.RecommendationRules;
import io.dyadscope.dossier.findings.ThemeCatalogue;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of a dossier. Every definition file has a default shipped with Dyadscope and can be
 * replaced by a user's own.
 *
 * @param target          the period Dyadscope's forecasts are made for; empty for the latest period
 *                        of a published projection, or failing that the year after the last fact
 * @param title           the dossier's title; empty for "Relations between A and B: an evidence dossier"
 * @param themes          lenses and themes
 * @param rules           finding rules
 * @param recommendations recommendation rules
 * @param tables          table layouts
 * @param charts          charts
 * @param forecast        settings of the forecaster
 * @param colophon        the stamp printed at the end (version, commit, date, workspace, imports digest)
 */
public record DossierOptions(Optional<Period> target, String title, ThemeCatalogue themes, FindingRules rules,
    RecommendationRules recommendations, TableSpecs tables, ChartSpecs charts, ForecastOptions forecast,
    Colophon colophon) {

  public DossierOptions {
    Objects.requireNonNull(target, "target");
    title = title == null ? "" : title.strip();
    Objects.requireNonNull(themes, "themes");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(recommendations, "recommendations");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(charts, "charts");
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(colophon, "colophon");
  }

  /** The shipped definitions, automatic target, generated title. */
  public static DossierOptions standard() {
    return new DossierOptions(Optional.empty(), "", ThemeCatalogue.standard(), FindingRules.standard(),
        RecommendationRules.standard(), TableSpecs.standard(), ChartSpecs.standard(), ForecastOptions.defaults(),
        Colophon.unknown());
  }

  public DossierOptions withTarget(Period p) {
    return new DossierOptions(Optional.of(p), title, themes, rules, recommendations, tables, charts, forecast, colophon);
  }

  public DossierOptions withRules(FindingRules r) {
    return new DossierOptions(target, title, themes, r, recommendations, tables, charts, forecast, colophon);
  }

  public DossierOptions withRecommendations(RecommendationRules r) {
    return new DossierOptions(target, title, themes, rules, r, tables, charts, forecast, colophon);
  }

  public DossierOptions withTables(TableSpecs t) {
    return new DossierOptions(target, title, themes, rules, recommendations, t, charts, forecast, colophon);
  }

  public DossierOptions withColophon(Colophon c) {
    return new DossierOptions(target, title, themes, rules, recommendations, tables, charts, forecast, c);
  }
}
