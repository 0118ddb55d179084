package io.dyadscope.audit.extract;

import static io.dyadscope.audit.Audits.audit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dyadscope.audit.AuditReport;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.Qualifier;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the extractor reads from running text: quantity, subject, period, status, value. */
class ClaimExtractionTest {

  private static List<Claim> claims(String text) {
    return audit(text).claims();
  }

  @Test
  void aFigureStatedWithItsYearIsAReportedClaimInTheIndicatorsUnit() {
    Claim c = claims("In 2022 the trade volume rose to $1.9 billion.").get(0);

    assertThat(c.indicator()).isEqualTo("trade.total");
    assertThat(c.subject()).isEqualTo("PAK-AFG");
    assertThat(c.period()).isEqualTo(Period.ofYear(2022));
    assertThat(c.periodBasis()).isEqualTo(PeriodBasis.STATED);
    assertThat(c.value()).isEqualTo(1900.0);
    assertThat(c.low()).isEqualTo(1850.0);
    assertThat(c.high()).isEqualTo(1950.0);
    assertThat(c.unit()).isEqualTo("USD million");
    assertThat(c.status()).isEqualTo(Status.REPORTED);
    assertThat(c.written()).isEqualTo("$1.9 billion");
    assertThat(c.location()).isEqualTo("text");
    assertThat(c.line()).isEqualTo(1);
  }

  @Test
  void fromXInOneYearToYInAnotherGivesEachItsYear() {
    assertThat(claims("Trade volume fell from 1.7 billion in 2019 to 1.2 billion in 2021."))
        .extracting(Claim::indicator, c -> c.period().year(), Claim::value)
        .containsExactlyInAnyOrder(tuple("trade.total", 2019, 1700.0), tuple("trade.total", 2021, 1200.0));
  }

  @Test
  void aYearRangeGoesToTheValuesOfAChangeInOrder() {
    assertThat(claims("Security incidents soared between 2020 and 2021 when numbers increased to 370 from an"
        + " original total of 270."))
        .extracting(Claim::indicator, c -> c.period().year(), Claim::value)
        .containsExactlyInAnyOrder(tuple("security.incidents.total", 2021, 370.0),
            tuple("security.incidents.total", 2020, 270.0));
  }

  @Test
  void aCitationYearIsAWeakPeriodAndOverIsALowerBound() {
    Claim c = claims("The UNHCR (2023) reports that more than 1.4 million Afghan refugees live in Pakistan.").get(0);

    assertThat(c.indicator()).isEqualTo("refugees.registered");
    assertThat(c.subject()).isEqualTo("PAK");
    assertThat(c.period()).isEqualTo(Period.ofYear(2023));
    assertThat(c.periodBasis()).isEqualTo(PeriodBasis.CITATION);
    assertThat(c.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(c.value()).isEqualTo(1_400_000.0);
  }

  @Test
  void aFigureWithoutAnyYearHasNoPeriod() {
    Claim c = claims("A refugee community exceeding 1.4 million people lives in Pakistan.").get(0);
    assertThat(c.period()).isNull();
    assertThat(c.periodBasis()).isEqualTo(PeriodBasis.NONE);
  }

  @Test
  void projectedForecastAndWillMakeAProjection() {
    assertThat(claims("Trade is projected to reach $2.5 billion in 2025.")).extracting(Claim::status)
        .containsExactly(Status.PROJECTION);
    assertThat(claims("Incidents will number 250 in 2025.")).extracting(Claim::status)
        .containsExactly(Status.PROJECTION);
    assertThat(claims("Incidents numbered 250 in 2020.")).extracting(Claim::status)
        .containsExactly(Status.REPORTED);
  }

  @Test
  void opinionSharesBelongToTheRespondentsCountry() {
    assertThat(claims("Surveys from 2023 show that 60% of Pakistanis and 70% of Afghans view the ties negatively."))
        .extracting(Claim::indicator, Claim::subject, Claim::value)
        .containsExactlyInAnyOrder(tuple("opinion.negative", "PAK", 60.0), tuple("opinion.negative", "AFG", 70.0));
  }

  @Test
  void initiativesGetTheirInvestmentAndTheirEffectOnTrade() {
    String text = """
        The China-Pakistan Economic Corridor (CPEC) and the Afghanistan-Pakistan Transit Trade Agreement (APTTA)
        matter. CPEC projects totaling 62 billion dollars are projected to grow trade volumes by 12 billion
        dollars, while APTTA could raise trade by $3 billion.
        """;
    assertThat(claims(text)).extracting(Claim::indicator, Claim::subject, Claim::value, Claim::unit)
        .containsExactlyInAnyOrder(tuple("connectivity.investment", "CPEC", 62.0, "USD billion"),
            tuple("connectivity.trade_increase", "CPEC", 12.0, "USD billion"),
            tuple("connectivity.trade_increase", "APTTA", 3.0, "USD billion"));
  }

  @Test
  void exportsOfTheSecondCountryAreTheFirstCountrysImports() {
    assertThat(claims("Exports from Afghanistan to Pakistan reached $350 million in 2024."))
        .extracting(Claim::indicator, Claim::value).containsExactly(tuple("trade.imports", 350.0));
    assertThat(audit("Exports from Afghanistan to Pakistan reached $350 million in 2024.", "AFG-PAK").claims())
        .extracting(Claim::indicator).containsExactly("trade.exports");
  }

  @Test
  void aSentenceAboutAnotherPairOfCountriesGetsThatPairAsSubject() {
    assertThat(claims("Trade between China and India reached $136 billion in 2022."))
        .extracting(Claim::subject).containsExactly("CHN-IND");
  }

  @Test
  void yearsListMarkersReferencesAndDurationsAreNotQuantities() {
    AuditReport r = audit("""
        1. After 20 years of conflict, Table 3 shows trade of $2 billion in 2021 (Khan, 2020).
        """);
    assertThat(r.coverage().numbersFound()).isEqualTo(1);
    assertThat(r.claims()).extracting(Claim::value).containsExactly(2000.0);
  }

  @Test
  void aNumberNearNoQuantityIsFoundButNotTied() {
    AuditReport r = audit("The delegation had 14 members in 2022.");
    assertThat(r.coverage().numbersFound()).isEqualTo(1);
    assertThat(r.coverage().numbersTied()).isZero();
    // Not tied to a workspace indicator, but read as the quantity the sentence names.
    assertThat(r.claims()).extracting(Claim::indicator).containsExactly("quantity:member");
  }

  @Test
  void aPhraseRepeatedByMistakeGivesOneClaim() {
    assertThat(claims("Trade fell from 1.7 billion in 2019 to 1.7 billion in 2019 to 1.2 billion in 2021."))
        .extracting(Claim::value).containsExactlyInAnyOrder(1700.0, 1200.0);
  }
}
