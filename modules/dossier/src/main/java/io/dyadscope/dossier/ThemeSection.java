package io.dyadscope.dossier;

import io.dyadscope.dossier.findings.Absence;
import io.dyadscope.dossier.findings.Finding;
import java.util.List;

/**
 * The results for one theme.
 *
 * @param id        theme id
 * @param title     theme title
 * @param question  what the theme asks
 * @param lenses    names of the lenses that read it
 * @param findings  its findings, in rule order
 * @param absences  its rules that found no data
 * @param noData    "No data for this theme: ..." when it has no finding, else empty
 * @param observed  the theme's observed series, one line each, set before the findings (or a line saying
 *                  there are none)
 */
public record ThemeSection(String id, String title, String question, List<String> lenses, List<Finding> findings,
    List<Absence> absences, String noData, List<String> observed) {

  public ThemeSection {
    lenses = List.copyOf(lenses);
    findings = List.copyOf(findings);
    absences = List.copyOf(absences);
    observed = List.copyOf(observed);
  }
}
