package io.dyadscope.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.dossier.findings.Evidence;
import io.dyadscope.dossier.findings.FindingRules;
import io.dyadscope.testdata.Synthetic;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThemesWithoutDataTest {

  @Test
  void aThemeWhoseRulesFindNoDataSaysSoInsteadOfDescribingIt() throws Exception {
    Evidence e = Synthetic.evidence();
    StudyData data = new StudyData(e.dyad(), e.gazetteer(), e.catalogue(), e.sources(), e.observations());
    Dossier d = DossierBuilder.build(data, DossierOptions.standard()
        .withRules(FindingRules.read(new StringReader(Synthetic.RULES))));
    ThemeSection geopolitics = d.themes().stream().filter(t -> t.id().equals("geopolitics")).findFirst().orElseThrow();
    assertThat(geopolitics.findings()).isEmpty();
    assertThat(geopolitics.noData())
        .isEqualTo("No data for this theme: no observed or reported values of trade.exports for PAK-AFG.");
    ThemeSection opportunities = d.themes().stream().filter(t -> t.id().equals("opportunities")).findFirst()
        .orElseThrow();
    assertThat(opportunities.noData()).isEqualTo("No data for this theme: no finding rule reads it.");
    assertThat(d.summary()).contains("Its rules produced 7 findings on 5 of the 8 themes; there are no data"
        + " for regional geopolitics, opportunities and agreement between the documents.");
  }

  @Test
  void withNoObservationsEveryThemeIsEmptyAndNothingIsForecast() {
    Evidence e = Synthetic.evidence();
    StudyData data = new StudyData(e.dyad(), e.gazetteer(), e.catalogue(), e.sources(), List.of());
    Dossier d = DossierBuilder.build(data, DossierOptions.standard());
    assertThat(d.findings()).isEmpty();
    assertThat(d.themes()).allSatisfy(t -> assertThat(t.noData()).startsWith("No data for this theme: "));
    assertThat(d.target()).isEmpty();
    assertThat(d.tables()).allSatisfy(t -> assertThat(t.empty()).startsWith("No data for "));
    assertThat(d.charts()).allSatisfy(c -> assertThat(c.isEmpty()).isTrue());
    assertThat(d.recommendations()).noneMatch(r -> r.triggered());
    assertThat(d.summary()).containsExactly("There are no stored observations for Pakistan and Afghanistan, so this"
        + " dossier states no finding.");
  }
}
