package io.dyadscope.app.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dyadscope.app.Application;
import io.dyadscope.app.WorkspaceAccess;
import io.dyadscope.app.corpus.DefaultCorpus;
import io.dyadscope.app.overview.DyadOverview.Chart;
import io.dyadscope.app.overview.DyadOverview.Headline;
import io.dyadscope.app.overview.DyadOverview.Line;
import io.dyadscope.app.overview.DyadOverview.LinePoint;
import io.dyadscope.evidence.Dyad;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview of the default dataset's dyad, and the checks of the lists it is drawn from. */
class OverviewServiceTest {

  @TempDir
  static Path dir;

  static DyadOverview o;

  @BeforeAll
  static void build() {
    Application app = new Application(new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE, null,
        io.dyadscope.app.DefaultDataset.standard().withoutPack()));
    o = app.overview().overview(Dyad.parse("PAK-AFG"));
  }

  @Test
  void namesBothCountriesFromTheGazetteer() {
    assertThat(o.first().name()).isEqualTo("Pakistan");
    assertThat(o.second().name()).isEqualTo("Afghanistan");
  }

  @Test
  void theTradeChartPlacesEachYearAtItsTimeWithTheStoredValues() {
    Line total = line("trade", "trade.total/PAK-AFG");
    assertThat(total.points()).extracting(LinePoint::period).containsExactly("2019", "2021", "2022");
    assertThat(total.points()).extracting(LinePoint::time).containsExactly(2019.0, 2021.0, 2022.0);
    assertThat(total.points()).extracting(LinePoint::value).containsExactly(1700.0, 1200.0, 1900.0);
    assertThat(total.unit()).isEqualTo("USD million");
    assertThat(total.label()).isEqualTo("Total bilateral trade");
  }

  @Test
  void projectionsAreNotDrawn() {
    // the study's 2024 projection of total trade (1,750) is a forecast, not a fact
    assertThat(line("trade", "trade.total/PAK-AFG").points()).noneMatch(p -> p.period().equals("2024"));
  }

  @Test
  void theRefugeeLineIsTheHostCountrysNamedByName() {
    Line l = line("refugees", "refugees.registered/PAK");
    assertThat(l.label()).isEqualTo("Registered refugees from the second country hosted by the first (Pakistan)");
    assertThat(l.points()).extracting(LinePoint::period).containsExactly("2023");
  }

  @Test
  void theHeadlinePanelGivesTheLatestTradeWithItsSourcesAndYear() {
    Headline h = o.headlines().stream().filter(x -> x.indicator().equals("trade.total")).findFirst().orElseThrow();
    assertThat(h.value()).isEqualTo(1900.0);
    assertThat(h.period()).isEqualTo("2022");
    assertThat(h.sources()).extracting(DyadOverview.SourceRef::id).containsExactlyInAnyOrder("sbp-2023", "wb-2023");
  }

  @Test
  void opinionIsChartedButNotInThePanel() {
    assertThat(o.charts()).extracting(Chart::id).contains("opinion");
    assertThat(o.headlines()).extracting(Headline::topic).doesNotContain("opinion");
  }

  @Test
  void aChangeComparesTheLastPointWithTheOneBefore() {
    assertThat(o.changes()).filteredOn(c -> c.indicator().equals("trade.total")).singleElement()
        .satisfies(c -> {
          assertThat(c.from()).isEqualTo("2021");
          assertThat(c.before()).isEqualTo(1200.0);
          assertThat(c.to()).isEqualTo("2022");
          assertThat(c.after()).isEqualTo(1900.0);
        });
  }

  @Test
  void keyEventsAreInDateOrderWithTheirDocument() {
    assertThat(o.keyEvents()).extracting(DyadOverview.KeyEvent::date)
        .containsExactly("2020-02", "2021-08", "2023-02", "2023-10");
    assertThat(o.keyEvents().get(1).document()).isEqualTo("wp-torkham-border-crossing");
  }

  @Test
  void aKeyEventWhoseQuoteIsNotInItsDocumentFailsWithItsLine() {
    String csv = "dyad,date,event,document,quote\n"
        + "PAK-AFG,2021-08,Torkham seized,wp-torkham-border-crossing,\"On 15 August 2021, Torkham was seized\"\n"
        + "PAK-AFG,2023-02,Torkham closed,voa-2023-02-torkham-closure,the border was closed for ever\n";
    assertThatThrownBy(() -> KeyEvents.read("k.csv", new StringReader(csv), DefaultCorpus.standard().documents()))
        .hasMessage("k.csv:3: quote: the quote is not in the text of voa-2023-02-torkham-closure: "
            + "'the border was closed for ever'");
  }

  @Test
  void aKeyEventDatedByYearOnlyFails() {
    String csv = "dyad,date,event,document,quote\nPAK-AFG,2021,Torkham seized,wp-torkham-border-crossing,Torkham\n";
    assertThatThrownBy(() -> KeyEvents.read("k.csv", new StringReader(csv), DefaultCorpus.standard().documents()))
        .hasMessage("k.csv:2: date: date must be a month (YYYY-MM): '2021'");
  }

  @Test
  void aChartLineWithAnUnknownSubjectRoleFails() {
    String csv = "chart,title,indicator,subject,split,panel\ntrade,Trade,trade.total,both,none,yes\n";
    assertThatThrownBy(() -> HeadlineCharts.read("c.csv", new StringReader(csv)))
        .hasMessage("c.csv:2: subject: dyad, first or second: 'both'");
  }

  static Line line(String chart, String key) {
    return o.charts().stream().filter(c -> c.id().equals(chart)).flatMap(c -> c.lines().stream())
        .filter(l -> l.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no line " + key));
  }
}
