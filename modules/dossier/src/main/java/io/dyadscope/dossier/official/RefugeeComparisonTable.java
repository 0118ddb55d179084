package io.dyadscope.dossier.official;

import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The official refugee series beside the study's figures: for each host country of the dyad and
 * each year of the official series (UNHCR's end-year figures), the official value, and each figure
 * the study gives for that year with its difference from the official one.
 */
public final class RefugeeComparisonTable {

  public static final String ID = "refugees-official";
  public static final String INDICATOR = "refugees.registered";
  static final List<String> COLUMNS = List.of("Host", "Year", "Official", "Study's figure", "Where", "Difference",
      "Difference %");

  private RefugeeComparisonTable() {}

  /**
   * @param officialSourceId the source of the official series (e.g. {@code unhcr-rdf}); every other
   *                         fact or projection of {@code refugees.registered} counts as the study's
   * @return a table, empty when there is no official series
   */
  public static OfficialTable build(Dyad dyad, List<Observation> observations, String officialSourceId,
      Map<String, Source> sources) {
    List<List<OfficialCell>> rows = new ArrayList<>();
    List<String> cited = new ArrayList<>(List.of(officialSourceId));
    for (String host : List.of(dyad.first(), dyad.second())) {
      TreeMap<Period, Observation> official = new TreeMap<>();
      TreeMap<Period, List<Observation>> study = new TreeMap<>();
      for (Observation o : observations) {
        if (!o.indicator().equals(INDICATOR) || !o.subject().equals(host)) {
          continue;
        }
        if (o.source().equals(officialSourceId) && o.status().isFact()) {
          official.put(o.period(), o);
        } else {
          study.computeIfAbsent(o.period(), p -> new ArrayList<>()).add(o);
        }
      }
      for (Map.Entry<Period, Observation> e : official.entrySet()) {
        double off = e.getValue().value();
        List<Observation> theirs = study.getOrDefault(e.getKey(), List.of());
        if (theirs.isEmpty()) {
          rows.add(List.of(OfficialCell.text(host), OfficialCell.text(e.getKey().toString()),
              OfficialCell.number(off, Texts.num(off)), OfficialCell.EMPTY, OfficialCell.EMPTY, OfficialCell.EMPTY,
              OfficialCell.EMPTY));
        }
        for (Observation o : theirs) {
          cited.add(o.isSecondHand() ? o.reportedBy() : o.source());
          double d = o.value() - off;
          rows.add(List.of(OfficialCell.text(host), OfficialCell.text(e.getKey().toString()),
              OfficialCell.number(off, Texts.num(off)),
              OfficialCell.number(o.value(), Texts.num(o.value()) + (o.status().isFact() ? "" : " (projection)")),
              OfficialCell.text(Texts.shortName(o.isSecondHand() ? o.reportedBy() : o.source(), sources)
                  + (o.location().isEmpty() ? "" : ", " + o.location())),
              OfficialCell.number(d, Texts.num(d)),
              OfficialCell.number(MirrorTradeTable.diffPct(o.value(), off), Texts.pct(MirrorTradeTable.diffPct(o.value(), off)))));
        }
      }
    }
    List<String> notes = List.of("Refugees from the other country of the dyad hosted by the host country, end of year;"
        + " the official series is " + Texts.shortName(officialSourceId, sources) + ". Difference: the study's figure"
        + " minus the official one, in percent of the official one.");
    return new OfficialTable(ID, "Refugees between " + dyad.first() + " and " + dyad.second()
        + ": the official series and the study's figures", COLUMNS, rows, Texts.citations(cited, sources), notes);
  }
}
