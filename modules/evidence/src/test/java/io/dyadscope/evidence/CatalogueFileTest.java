package io.dyadscope.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** User catalogues; the indicators below are synthetic examples. */
class CatalogueFileTest {

  private static final String HEADER = "id,name,unit,family,combine,min,max\n";

  @Test
  void aUserIndicatorMayHaveAFamilyOfItsOwn() {
    List<Indicator> l = CatalogueFile.read("indicators.csv",
        HEADER + "returns.deportations,Afghans deported from the first country,count,returns,sum,0,\n");
    Indicator i = l.get(0);
    assertThat(i.family()).isEqualTo(Family.OTHER);
    assertThat(i.familyName()).isEqualTo("returns");
    assertThat(i.combine()).isEqualTo(Combine.SUM);
    assertThat(i.violation(-1)).isEqualTo("negative value -1 for returns.deportations, which cannot be negative");
  }

  @Test
  void aNamedFamilyWordGivesThatFamily() {
    Indicator i = CatalogueFile.read("f.csv", HEADER + "trade.transit,Transit trade,USD million,trade,sum,0,\n").get(0);
    assertThat(i.family()).isEqualTo(Family.TRADE);
    assertThat(i.familyName()).isEqualTo("trade");
  }

  @Test
  void everyBadFieldIsNamedWithFileLineAndColumn() {
    assertThatThrownBy(() -> CatalogueFile.read("indicators.csv", HEADER
        + "Returns,Returns,count,returns,sum,0,\n"
        + "returns.total,Returns,count,returns,often,0,\n"
        + "returns.share,Share,percent,returns,mean,0,1x0\n"
        + "returns.x,X,count,Bad Family,sum,,\n"
        + "returns.y,Y,count,returns,sum,5,1\n"))
        .isInstanceOf(CatalogueException.class)
        .satisfies(e -> assertThat(((CatalogueException) e).problems()).containsExactly(
            "indicators.csv:2:id: indicator id must be dotted lower-case words: 'Returns'",
            "indicators.csv:3:combine: unknown combine rule 'often' (expected sum, last, mean or fixed)",
            "indicators.csv:4:max: not a number: '1x0' (leave empty for no bound)",
            "indicators.csv:5:family: family must be a lower-case word such as trade or returns: 'Bad Family'",
            "indicators.csv:6:max: indicator returns.y has bounds min 5.0 > max 1.0"));
  }

  @Test
  void aMissingColumnAndARepeatedIdAreRefused() {
    assertThatThrownBy(() -> CatalogueFile.read("i.csv", "id,name,unit,family,min,max\n"))
        .hasMessage("i.csv:1:combine: missing column 'combine' (expected id,name,unit,family,combine,min,max)");
    assertThatThrownBy(() -> CatalogueFile.read("i.csv", HEADER + "a.b,A,count,x,sum,,\na.b,A,count,x,sum,,\n"))
        .hasMessage("i.csv:3:id: indicator a.b is already listed on line 2");
  }

  @Test
  void theCatalogueGrowsButRefusesARedefinition() {
    IndicatorCatalogue c = IndicatorCatalogue.standard();
    Indicator mine = Indicator.of("returns.total", "Returns", "count", "returns", Combine.SUM, 0, Double.POSITIVE_INFINITY);
    assertThat(c.with(List.of(mine)).get("returns.total")).isEqualTo(mine);
    assertThat(c.with(List.of(mine)).ofFamilyName("returns")).containsExactly(mine);
    assertThat(c.with(List.of(c.get("trade.total"))).all()).hasSameSizeAs(c.all());
    Indicator clash = Indicator.of("trade.total", "Trade", "USD", "trade", Combine.SUM, 0, Double.POSITIVE_INFINITY);
    assertThatThrownBy(() -> c.with(List.of(clash))).hasMessageStartingWith("indicator trade.total is already defined");
  }

  @Test
  void writtenIndicatorsReadBackEqual() throws Exception {
    Indicator a = Indicator.of("wdi.ny.gdp.pcap.cd", "GDP per capita (current US$)", "current US$", "economy",
        Combine.LAST, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    StringWriter w = new StringWriter();
    CatalogueFile.write(List.of(a, IndicatorCatalogue.standard().get("refugees.share")), w);
    assertThat(CatalogueFile.read("x.csv", w.toString()))
        .containsExactly(a, IndicatorCatalogue.standard().get("refugees.share"));
  }
}
