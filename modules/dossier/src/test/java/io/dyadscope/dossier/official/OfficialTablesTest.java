package io.dyadscope.dossier.official;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.analysis.mirror.MirrorPolicy;
import io.dyadscope.analysis.mirror.MirrorTrade;
import io.dyadscope.analysis.scoring.Scorecard;
import io.dyadscope.analysis.scoring.SourcePreference;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Grade;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import io.dyadscope.evidence.SourceKind;
import io.dyadscope.evidence.Status;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Synthetic figures and sources, invented for these tests. */
class OfficialTablesTest {

  private static final Dyad D = Dyad.parse("PAK-AFG");
  private static final Map<String, Source> SOURCES = Map.of(
      "rep-PAK", new Source("rep-PAK", "Pakistan trade statistics", "PAK office", SourceKind.OFFICIAL, Grade.B, 0, ""),
      "rep-AFG", new Source("rep-AFG", "Afghanistan trade statistics", "AFG office", SourceKind.OFFICIAL, Grade.B, 0, ""),
      "paper", new Source("paper", "A study", "Study", SourceKind.SCHOLARLY, Grade.C, 2025, ""));

  private static Observation obs(String ind, String subject, String period, double v, Status s, String source,
      String location) {
    return new Observation(ind, "PAK-AFG", subject, Period.parse(period), v, "USD million", s, source, "", location, "");
  }

  private static Optional<String> reporter(String id) {
    return id.startsWith("rep-") ? Optional.of(id.substring(4)) : Optional.empty();
  }

  @Test
  void theStudysTradeFigureIsPlacedAgainstBothReporters() {
    List<Observation> o = List.of(obs("trade.exports", "PAK-AFG", "2022", 1000, Status.OBSERVED, "rep-PAK", ""),
        obs("trade.exports", "PAK-AFG", "2022", 1400, Status.OBSERVED, "rep-AFG", ""),
        obs("trade.exports", "PAK-AFG", "2022", 1100, Status.REPORTED, "paper", "Table 1"));
    MirrorTrade m = new MirrorTrade(MirrorPolicy.standard());
    OfficialTable t = MirrorTradeTable.build(D, m.compare(MirrorTrade.flows(D, o, OfficialTablesTest::reporter)), o,
        Set.of("rep-PAK", "rep-AFG"), SOURCES, MirrorPolicy.standard());
    assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.stream().map(OfficialCell::text).toList())
        .containsExactly("PAK to AFG", "2022", "1,000 (PAK office)", "1,400 (AFG office)", "400", "1.40",
            "beyond threshold", "1,100 (Study 2025, Table 1)", "+10.0%", "-21.4%"));
    assertThat(t.citations()).containsExactly("Pakistan trade statistics", "Afghanistan trade statistics", "A study");
    assertThat(t.notes().get(0)).startsWith("2022, PAK to AFG: AFG's reported imports are 40.0% above");
  }

  @Test
  void theScorecardTableListsEachProjectionAndTheVerdict() {
    List<Observation> o = List.of(obs("trade.total", "PAK-AFG", "2024", 1000, Status.OBSERVED, "rep-PAK", ""),
        obs("trade.total", "PAK-AFG", "2024", 1750, Status.PROJECTION, "paper", "Table 1"));
    OfficialTable t = OutturnTable.build(Scorecard.fromObservations(o, List.of(), SOURCES, SourcePreference.standard()),
        SOURCES);
    assertThat(t.rows().get(0).stream().map(OfficialCell::text).toList()).containsExactly("trade.total", "PAK-AFG",
        "2024", "Study 2025", "1,750", "none given", "1,000 (PAK office)", "750", "+75.0%", "");
    assertThat(t.notes().get(0)).startsWith("Only paper can be scored");
  }

  @Test
  void nothingAppearsWithoutOfficialStatistics() {
    List<Observation> o = List.of(obs("trade.exports", "PAK-AFG", "2022", 1100, Status.REPORTED, "paper", "Table 1"));
    assertThat(OfficialStatistics.build(D, IndicatorCatalogue.standard(), SOURCES, o, Set.of("rep-PAK", "rep-AFG"),
        OfficialTablesTest::reporter, "unhcr-rdf", List.of())).isEmpty();
  }
}
