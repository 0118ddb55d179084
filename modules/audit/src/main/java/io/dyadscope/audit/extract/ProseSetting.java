package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Layout;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;

/**
 * What stays the same for every sentence of a report: its text and the vocabulary the stages of
 * the prose reader look things up in.
 *
 * @param tradeIncrease the indicator of an initiative's effect on trade, or null when the catalogue lacks it
 */
record ProseSetting(Layout layout, Lines lines, String flat, Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue,
    Places places, Initiatives initiatives, Subjects subjects, Indicator tradeIncrease) {

  static ProseSetting of(Layout layout, Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue, Places places,
      Initiatives initiatives) {
    Lines lines = layout.lines();
    return new ProseSetting(layout, lines, lines.flat(), dyad, lexicon, catalogue, places, initiatives,
        new Subjects(dyad), catalogue.find("connectivity.trade_increase").orElse(null));
  }
}
