package io.dyadscope.evidence;

/** What an observation's subject is, read off its form. */
public enum SubjectKind {
  /** The dyad itself ({@code PAK-AFG}). */
  DYAD,
  /** One country, by alpha-3 code. */
  COUNTRY,
  /** A province or state, by ISO 3166-2 code ({@code PK-KP}). */
  PROVINCE,
  /** Anything else: a named initiative such as {@code CPEC} or {@code CASA-1000}. */
  INITIATIVE;

  /**
   * Classifies {@code subject} within {@code dyad}.
   *
   * @throws IllegalArgumentException naming the subject when it is a country or province outside
   *     the dyad, or not a well-formed identifier
   */
  public static SubjectKind of(String subject, Dyad dyad, Gazetteer gazetteer) {
    if (subject == null || !subject.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new IllegalArgumentException("subject must be a code such as PAK, PK-KP or CPEC: '" + subject + "'");
    }
    if (subject.equals(dyad.id())) {
      return DYAD;
    }
    if (subject.matches("[A-Z]{3}") && gazetteer.byIso3(subject).isPresent()) {
      if (!dyad.contains(subject)) {
        throw new IllegalArgumentException("subject country " + subject + " is not in dyad " + dyad.id());
      }
      return COUNTRY;
    }
    if (subject.matches("[A-Z]{2}-[A-Z0-9]{1,3}")) {
      Country c = gazetteer.byIso2(subject.substring(0, 2)).orElse(null);
      if (c != null) {
        if (!dyad.contains(c.iso3())) {
          throw new IllegalArgumentException("province " + subject + " is not in dyad " + dyad.id());
        }
        return PROVINCE;
      }
    }
    return INITIATIVE;
  }
}
