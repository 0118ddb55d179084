package io.dyadscope.audit.table;

import static io.dyadscope.audit.Audits.audit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dyadscope.audit.Claim;
import org.junit.jupiter.api.Test;

/** A refugee column that says where the refugees are ("... in Afghanistan") names its own host. */
class RefugeeColumnHostTest {

  @Test
  void aColumnNamingItsHostCountsRefugeesThere() {
    assertThat(audit("""
        Table 2. Refugees at the end of each year

        | Year | Afghan refugees in Pakistan | Pakistani refugees in Afghanistan |
        |------|----------------------------:|----------------------------------:|
        | 2023 | 127,100 | 92,800 |
        """).claims()).extracting(Claim::subject, Claim::value)
        .containsExactlyInAnyOrder(tuple("PAK", 127100.0), tuple("AFG", 92800.0));
  }

  @Test
  void aColumnNamingNoHostTakesTheFirstCountryOfThePair() {
    assertThat(audit("""
        Table 2. Refugees at the end of each year

        | Year | Registered refugees |
        |------|--------------------:|
        | 2023 | 127,100 |
        """).claims()).extracting(Claim::subject).containsExactly("PAK");
  }
}
