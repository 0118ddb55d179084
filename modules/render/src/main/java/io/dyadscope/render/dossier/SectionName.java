package io.dyadscope.render.dossier;

import io.dyadscope.dossier.Dossier;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The sections of the dossier by name, in the order they are printed, with the condition under
 * which a dossier has each. Callers (the dashboard) ask for a section by name; which template
 * draws it is this module's business.
 */
public enum SectionName {
  SUMMARY("summary", "Summary", d -> true),
  DATA("data", "Data and sources", d -> true),
  RESULTS("results", "Results by theme", d -> true),
  CHECKED("checked", "Reported figures checked", d -> true),
  TABLES("tables", "Tables", d -> true),
  OFFICIAL("official", "Official statistics", d -> !SupplementFormat.officialApart(d).isEmpty()),
  FIGURES("figures", "Figures", d -> true),
  EVENTS("events", "Event picture", d -> d.supplements().events().isPresent()),
  FORECASTS("forecasts", "Monthly forecasts", d -> d.supplements().forecasts().isPresent()),
  DISCUSSION("discussion", "Discussion by lens", d -> true),
  TEXTS("texts", "Grounded in the texts", d -> d.supplements().grounded().isPresent()),
  RECOMMENDATIONS("recommendations", "Recommendations", d -> true),
  AUDIT("audit", "Audit notes", d -> !d.audit().isEmpty()),
  METHODS("methods", "Method notes", d -> true),
  EVIDENCE("evidence", "Evidence appendix", d -> true),
  COLOPHON("colophon", "Colophon", d -> true);

  private final String anchor;
  private final String heading;
  private final Predicate<Dossier> present;

  SectionName(String anchor, String heading, Predicate<Dossier> present) {
    this.anchor = anchor;
    this.heading = heading;
    this.present = present;
  }

  /** The section's id in links and in the HTML, e.g. {@code checked}. */
  public String anchor() {
    return anchor;
  }

  public String heading() {
    return heading;
  }

  /** Whether dossier {@code d} has this section (some appear only with their data). */
  public boolean presentIn(Dossier d) {
    return present.test(d);
  }

  /** The section whose anchor is {@code anchor}, if any. */
  public static Optional<SectionName> byAnchor(String anchor) {
    return Arrays.stream(values()).filter(n -> n.anchor.equals(anchor)).findFirst();
  }

  /** The fragment that draws the section: the one place tied to the templates' file layout. */
  String template() {
    return "section/" + anchor + ".jte";
  }
}
