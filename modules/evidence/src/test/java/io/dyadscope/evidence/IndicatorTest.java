package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorTest {

  private final IndicatorCatalogue catalogue = IndicatorCatalogue.standard();

  @Test
  void theCatalogueHoldsTheIdsTheImportFormatPromises() {
    assertThat(catalogue.all()).extracting(Indicator::id).contains("trade.exports", "trade.imports", "trade.total",
        "trade.balance", "refugees.registered", "refugees.share", "security.incidents.total",
        "security.incidents.cross_border", "security.incidents.militant", "security.incidents.counterterrorism",
        "connectivity.investment", "connectivity.trade_increase", "opinion.positive", "opinion.negative",
        "opinion.neutral", "opinion.support_trade", "opinion.support_counterterrorism");
  }

  @Test
  void sharesCannotExceed100AndCountsCannotBeNegative() {
    assertThat(catalogue.get("refugees.share").violation(101)).isEqualTo("share 101 over 100 for refugees.share");
    assertThat(catalogue.get("security.incidents.total").violation(-3))
        .isEqualTo("negative value -3 for security.incidents.total, which cannot be negative");
    assertThat(catalogue.get("trade.balance").violation(-500)).isNull();
  }

  @Test
  void anObservationIdIsAStableHashOfItsKey() {
    Observation o = new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2022), 1900, "USD million",
        Status.REPORTED, "wb-2023", "jssa-2025", "Introduction", "a note is not part of the key");
    Observation sameKey = new Observation("trade.total", "PAK-AFG", "PAK-AFG", Period.ofYear(2022), 2000,
        "USD million", Status.REPORTED, "wb-2023", "jssa-2025", "Introduction", "");
    assertThat(o.key()).isEqualTo("trade.total|PAK-AFG|PAK-AFG|2022|reported|wb-2023|jssa-2025|Introduction");
    assertThat(o.id()).matches("o-[0-9a-f]{12}").isEqualTo(sameKey.id());
  }
}
