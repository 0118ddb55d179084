package io.dyadscope.audit.check;

import io.dyadscope.audit.AuditOptions;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.extract.ChangeStatement;
import io.dyadscope.audit.extract.TrendStatement;
import io.dyadscope.audit.table.TextTable;
import io.dyadscope.audit.text.Layout;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Source;
import java.util.List;
import java.util.Map;

/**
 * Everything the checks read: the report's layout, its claims, tables, change and trend
 * statements, and the workspace's observations and sources.
 *
 * @param layout       the report's structure
 * @param dyad         the dyad audited
 * @param options      tolerance, lexicon and reference data
 * @param claims       every claim, text and tables
 * @param index        the claims by quantity and period
 * @param tables       the tables
 * @param changes      change statements
 * @param trends       trend statements
 * @param observations workspace observations of this dyad
 * @param sources      workspace sources by id
 */
public record AuditContext(Layout layout, Dyad dyad, AuditOptions options, List<Claim> claims, ClaimIndex index,
    List<TextTable> tables, List<ChangeStatement> changes, List<TrendStatement> trends,
    List<Observation> observations, Map<String, Source> sources) {

  /** The dyad's name for messages: {@code Pakistan-Afghanistan}. */
  public String dyadName() {
    return countryName(dyad.first()) + "-" + countryName(dyad.second());
  }

  public String countryName(String iso3) {
    return options.gazetteer().byIso3(iso3).map(c -> c.name()).orElse(iso3);
  }

  /** A subject for messages: {@code CPEC}, {@code Pakistan}, {@code Pakistan-Afghanistan}. */
  public String subjectName(String subject) {
    if (subject.equals(dyad.id())) {
      return dyadName();
    }
    if (subject.length() == 7 && subject.charAt(3) == '-' && options.gazetteer().byIso3(subject.substring(0, 3))
        .isPresent()) {
      return countryName(subject.substring(0, 3)) + "-" + countryName(subject.substring(4));
    }
    if (subject.length() == 3 && options.gazetteer().byIso3(subject).isPresent()) {
      return countryName(subject);
    }
    return subject;
  }

  /** Relative slack on top of rounding, from the options. */
  public double tolerance() {
    return options.tolerance();
  }

  /** How a source is named in messages. */
  public String sourceName(String id) {
    Source s = sources.get(id);
    return s == null ? id : s.shortCitation() + " [" + id + "]";
  }
}
