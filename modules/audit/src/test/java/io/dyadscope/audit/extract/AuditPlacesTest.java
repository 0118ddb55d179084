package io.dyadscope.audit.extract;

import static io.dyadscope.audit.Audits.audit;
import static io.dyadscope.audit.Audits.findings;
import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.audit.AuditInput;
import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.check.Checks;
import io.dyadscope.audit.vocabulary.AuditPlaces;
import io.dyadscope.evidence.Country;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditPlacesTest {

  @Test
  void entitiesIsoLacksOrCodesOddlyAreKnownByTheirNames() {
    assertThat(AuditPlaces.standard().byName("Kosovo")).map(Country::iso3).contains("XKX");
    assertThat(AuditPlaces.standard().byName("Somaliland")).map(Country::iso3).contains("XSL");
    assertThat(AuditPlaces.standard().byName("Turkish Republic of Northern Cyprus")).map(Country::iso3).contains("XNC");
    assertThat(AuditPlaces.standard().byName("Sahrawi Arab Democratic Republic")).map(Country::iso3).contains("ESH");
    assertThat(AuditPlaces.standard().byName("Chinese Taipei")).map(Country::iso3).contains("TWN");
    assertThat(AuditPlaces.standard().byName("State of Palestine")).map(Country::iso3).contains("PSE");
  }

  @Test
  void aPairWithKosovoInItsTitleIsItsDyad() {
    AuditInput in = AuditInput.inferring("r.txt", "Serbia-Kosovo relations in 2024\n\nTalks resumed.\n", List.of(),
        Map.of(), AuditOptions.defaults());

    assertThat(in.dyad().id()).isEqualTo("SRB-XKX");
  }

  @Test
  void aCurrencySignNeverNamesACountry() {
    String text = """
        Peru-Chile trade

        Trade between Peru and Chile reached US$3.3 billion in 2023, and Chilean investment in Peru US$21.5 billion.
        """;

    assertThat(findings(audit(text, "PER-CHL"), Checks.SCOPE)).isEmpty();
    assertThat(AuditInput.inferring("r.txt", text, List.of(), Map.of(), AuditOptions.defaults()).dyad().id())
        .isEqualTo("PER-CHL");
  }
}
