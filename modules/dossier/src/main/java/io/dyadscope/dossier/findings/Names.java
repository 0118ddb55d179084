package io.dyadscope.dossier.findings;

import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Subdivisions;
import io.dyadscope.evidence.SubjectKind;

/**
 * How a dyad's subjects are written in text. Countries take their gazetteer names; provinces
 * (ISO 3166-2 codes) take their names from the shared ISO 3166-2 list ({@link Subdivisions})
 * and fall back to the code; initiatives are written as coded, since
 * their codes ({@code CPEC}, {@code CASA-1000}) are the names readers know.
 *
 * <p>Text templates may hold the placeholders {@code {dyad}}, {@code {first}} and {@code {second}},
 * replaced by the dyad's label and its countries' names.
 */
public final class Names {


  private final Dyad dyad;
  private final Gazetteer gazetteer;

  public Names(Dyad dyad, Gazetteer gazetteer) {
    this.dyad = dyad;
    this.gazetteer = gazetteer;
  }

  public Dyad dyad() {
    return dyad;
  }

  /** The gazetteer name of a country code, or the code when the gazetteer lacks it. */
  public String country(String iso3) {
    return gazetteer.byIso3(iso3).map(Country::name).orElse(iso3);
  }

  public String first() {
    return country(dyad.first());
  }

  public String second() {
    return country(dyad.second());
  }

  /** {@code Pakistan–Afghanistan}. */
  public String dyadLabel() {
    return first() + "–" + second();
  }

  /** What {@code subject} is within the dyad; a subject outside the dyad counts as an initiative. */
  public SubjectKind kind(String subject) {
    try {
      return SubjectKind.of(subject, dyad, gazetteer);
    } catch (IllegalArgumentException e) {
      return SubjectKind.INITIATIVE;
    }
  }

  /** A subject as a noun: {@code Pakistan–Afghanistan}, {@code Pakistan}, {@code Khyber Pakhtunkhwa}, {@code CPEC}. */
  public String label(String subject) {
    return switch (kind(subject)) {
      case DYAD -> dyadLabel();
      case COUNTRY -> country(subject);
      case PROVINCE -> Subdivisions.standard().byCode(subject).map(Subdivisions.Subdivision::name).orElse(subject);
      case INITIATIVE -> subject;
    };
  }

  /**
   * A subject as a phrase after an indicator name: {@code between Pakistan and Afghanistan},
   * {@code in Pakistan}, {@code in Khyber Pakhtunkhwa}, {@code for CPEC}.
   */
  public String phrase(String subject) {
    return switch (kind(subject)) {
      case DYAD -> "between " + first() + " and " + second();
      case COUNTRY, PROVINCE -> "in " + label(subject);
      case INITIATIVE -> "for " + subject;
    };
  }

  /** Replaces {@code {dyad}}, {@code {first}} and {@code {second}} with names. */
  public String fill(String template) {
    return template.replace("{dyad}", dyadLabel()).replace("{first}", first()).replace("{second}", second());
  }

  /** Replaces the placeholders with codes: {@code {dyad}} to {@code PAK-AFG}, {@code {first}} to {@code PAK}. */
  public String code(String template) {
    return template.replace("{dyad}", dyad.id()).replace("{first}", dyad.first()).replace("{second}", dyad.second());
  }
}
