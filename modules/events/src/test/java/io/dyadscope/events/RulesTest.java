package io.dyadscope.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.events.rules.EventRule;
import io.dyadscope.events.rules.EventRules;
import io.dyadscope.events.rules.SecurityCounts;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RulesTest {

  private static final EventRules RULES = EventRules.standard();

  private static List<String> indicators(Event e) {
    return RULES.classify(e, Fixtures.PAK_AFG).stream().map(EventRule::indicator).toList();
  }

  @Test
  void shipped_rules_load() {
    assertThat(RULES.rules()).hasSize(10);
  }

  @Test
  void acled_events_are_classified_by_actor_and_place() throws Exception {
    Fixtures.Read r = Fixtures.read(null, false, Fixtures.file("synthetic-acled-full.csv"));
    assertThat(indicators(r.byId("SYN1"))).containsExactly("security.incidents.counterterrorism",
        "security.incidents.total");
    assertThat(indicators(r.byId("SYN2"))).containsExactly("security.incidents.militant", "security.incidents.total");
    assertThat(indicators(r.byId("SYN3"))).containsExactly("security.incidents.cross_border",
        "security.incidents.total");
    assertThat(indicators(r.byId("SYN4"))).isEmpty();
    assertThat(indicators(r.byId("SYN5"))).containsExactly("security.incidents.militant", "security.incidents.total");
    assertThat(indicators(r.byId("SYN6"))).containsExactly("security.incidents.cross_border",
        "security.incidents.total");
  }

  @Test
  void gdelt_counts_collapse_near_duplicates_and_skip_non_root_rows() throws Exception {
    SecurityCounts counts = new SecurityCounts(RULES, Fixtures.PAK_AFG);
    Fixtures.read(null, false, Fixtures.file("synthetic-gdelt2.export.CSV")).events().forEach(counts::add);
    Map<String, Long> byIndicator = counts.counts().entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().indicator() + " " + e.getKey().year(), Map.Entry::getValue));
    assertThat(byIndicator).isEqualTo(Map.of("security.incidents.total 2023", 3L,
        "security.incidents.cross_border 2023", 2L));
    assertThat(counts.unclassified()).isEqualTo(Map.of("gdelt: 042", 1L, "gdelt: 057", 1L, "gdelt: 111", 1L,
        "gdelt: 145", 1L, "gdelt: 190", 1L));
  }

  private static String error(String json) {
    try {
      EventRules.parse("my-rules.json", json.getBytes(StandardCharsets.UTF_8), IndicatorCatalogue.standard());
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void rule_files_are_validated_naming_the_rule() {
    assertThat(error("{\"rules\":[{\"id\":\"a\",\"indicator\":\"security.incidents.total\",\"dataset\":\"acled\","
        + "\"eventType\":[\"Battles\"]}]}")).startsWith("my-rules.json: rule 'a': unknown field 'eventType'");
    assertThat(error("{\"rules\":[{\"id\":\"b\",\"indicator\":\"security.nope\",\"dataset\":\"acled\","
        + "\"eventTypes\":[\"Battles\"]}]}")).isEqualTo("my-rules.json: rule 'b': unknown indicator 'security.nope'");
    assertThat(error("{\"rules\":[{\"id\":\"c\",\"indicator\":\"security.incidents.total\",\"dataset\":\"acled\","
        + "\"actorPattern\":\"(\"}]}")).startsWith("my-rules.json: rule 'c': actorPattern is not a regular expression");
    assertThat(error("{\"rules\":[{\"id\":\"d\",\"indicator\":\"security.incidents.total\",\"dataset\":\"ucdp\","
        + "\"quadClasses\":[4]}]}")).isEqualTo(
            "my-rules.json: rule 'd': cameoPrefixes, quadClasses and rootEventsOnly apply to gdelt only");
    assertThat(error("{\"rules\":[{\"id\":\"e\",\"indicator\":\"security.incidents.total\",\"dataset\":\"acled\"}]}"))
        .startsWith("my-rules.json: rule 'e': no criterion");
    String twice = "{\"id\":\"f\",\"indicator\":\"security.incidents.total\",\"dataset\":\"acled\",\"crossBorder\":true}";
    assertThat(error("{\"rules\":[" + twice + "," + twice + "]}")).isEqualTo("my-rules.json: rule 'f': id used twice");
  }

  @Test
  void reference_tables_map_the_dyad() {
    var codes = io.dyadscope.events.reference.CountryCodes.standard();
    assertThat(codes.fips("PK")).isEqualTo("PAK");
    assertThat(codes.fips("AF")).isEqualTo("AFG");
    assertThat(codes.fips("AS")).isEqualTo("AUS");
    assertThat(codes.gleditschWard(700)).isEqualTo("AFG");
    assertThat(codes.gleditschWard(770)).isEqualTo("PAK");
    assertThat(codes.stateActor("Military Forces of Pakistan (2018-)")).isEqualTo("PAK");
    assertThat(codes.stateActor("Government of Afghanistan")).isEqualTo("AFG");
    assertThat(codes.stateActor("TTP: Tehrik-i-Taliban Pakistan")).isEmpty();
    var cameo = io.dyadscope.events.reference.CameoCodes.standard();
    assertThat(cameo.size()).isEqualTo(311);
    assertThat(cameo.code("1056").orElseThrow().description()).isEqualTo("Demand de-escalation of military engagement");
    assertThat(cameo.code("106").orElseThrow().description()).isEqualTo("Demand withdrawal");
    assertThat(cameo.code("190").orElseThrow().goldstein()).isEqualTo(-10.0);
  }
}
