package io.dyadscope.dossier.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.analysis.Forecaster;
import io.dyadscope.testdata.Synthetic;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RuleFilesTest {

  @Test
  void aUserFileIsReadWithDefaultsFilledIn() throws Exception {
    FindingRules rules = FindingRules.read(new StringReader("""
        {"rules": [
          // comments are allowed in user files
          {"id": "my.compare", "theme": "perception", "kind": "compare", "indicator": "opinion.support_trade"},
          {"id": "my.shares", "theme": "refugees", "kind": "breakdown", "indicators": ["refugees.share"],
           "subject": "provinces", "label": "Where refugees from {second} live"}
        ]}
        """));
    assertThat(rules.rules()).hasSize(2);
    assertThat(rules.rules().get(0).status()).isEqualTo(StatusFilter.FACT);
    assertThat(rules.rules().get(1).status()).isEqualTo(StatusFilter.ANY);
    assertThat(rules.rules().get(1).label()).isEqualTo("Where refugees from {second} live");
  }

  @Test
  void aRuleWithoutItsSubjectIsRejectedByName() {
    assertThatThrownBy(() -> FindingRules.read(new StringReader("""
        {"rules": [{"id": "bad.path", "theme": "trade", "kind": "path", "indicator": "trade.total"}]}
        """))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path rule bad.path needs one subject ({dyad}, {first}, {second} or a code), not ''");
  }

  @Test
  void anUnknownKindIsRejected() {
    assertThatThrownBy(() -> FindingRules.read(new StringReader("""
        {"rules": [{"id": "bad.kind", "theme": "trade", "kind": "trend", "indicator": "trade.total"}]}
        """))).hasMessageContaining("unknown finding kind 'trend'");
  }

  @Test
  void aRuleNamingAnUnknownIndicatorFailsWhenRun() throws Exception {
    FindingRules rules = FindingRules.read(new StringReader("""
        {"rules": [{"id": "typo", "theme": "trade", "kind": "path", "indicator": "trade.totl", "subject": "{dyad}"}]}
        """));
    FindingEngine engine = new FindingEngine(ThemeCatalogue.standard(), rules, Forecaster.standard());
    assertThatThrownBy(() -> engine.run(Synthetic.evidence()))
        .hasMessage("finding rule typo names unknown indicator 'trade.totl'");
  }

  @Test
  void aRuleNamingAnUnknownThemeIsRejected() throws Exception {
    FindingRules rules = FindingRules.read(new StringReader("""
        {"rules": [{"id": "x", "theme": "weather", "kind": "path", "indicator": "trade.total", "subject": "{dyad}"}]}
        """));
    assertThatThrownBy(() -> new FindingEngine(ThemeCatalogue.standard(), rules, Forecaster.standard()))
        .hasMessage("finding rule x names unknown theme 'weather'");
  }

  @Test
  void theStandardCatalogueHasTheSevenThemesEachReadByALens() {
    assertThat(ThemeCatalogue.standard().themes()).extracting(Theme::title).containsExactly(
        "Trust deficit and diplomacy", "Security and counterterrorism", "Trade and economic cooperation", "Refugees",
        "Regional geopolitics", "Public perception", "Opportunities", "Agreement between the documents");
    assertThat(ThemeCatalogue.standard().lenses()).extracting(Lens::id)
        .containsExactly("realism", "constructivism", "liberalism");
  }
}
