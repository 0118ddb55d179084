package io.dyadscope.render.dossier;

import io.dyadscope.dossier.Dossier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The sections of the dossier by name, in the order they are printed, with the condition under
 * which a dossier has each. Callers (the dashboard) ask for a section by name; which template
 * draws it is this module's business.
 */
public enum SectionName {
  SUMMARY("Summary", d -> true),
  DATA("Data and sources", d -> true),
  RESULTS("Results by theme", d -> true),
  CHECKED("Reported figures checked", d -> true),
  TABLES("Tables", d -> true),
  OFFICIAL("Official statistics", d -> !SupplementFormat.officialApart(d).isEmpty()),
  FIGURES("Figures", d -> true),
  EVENTS("Event picture", d -> d.supplements().events().isPresent()),
  FORECASTS("Monthly forecasts", d -> d.supplements().forecasts().isPresent()),
  DISCUSSION("Discussion by lens", d -> true),
  TEXTS("Grounded in the texts", d -> d.supplements().grounded().isPresent()),
  RECOMMENDATIONS("Recommendations", d -> true),
  AUDIT("Audit notes", d -> !d.audit().isEmpty()),
  METHODS("Method notes", d -> true),
  EVIDENCE("Evidence appendix", d -> true),
  COLOPHON("Colophon", d -> true);

  private final String heading;
  private final Predicate<Dossier> present;

  SectionName(String heading, Predicate<Dossier> present) {
    this.heading = heading;
    this.present = present;
  }

  /** The section's id in links and in the HTML: its name in lower case, e.g. {@code checked}. */
  public String anchor() {
    return name().toLowerCase(Locale.ROOT);
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
    return Arrays.stream(values()).filter(n -> n.anchor().equals(anchor)).findFirst();
  }

  /** The fragment that draws the section: the one place tied to the templates' file layout. */
  String template() {
    return "section/" + anchor() + ".jte";
  }
}
