package io.dyadscope.evidence;

import java.util.Objects;

/**
 * Where a figure comes from: every observation names one.
 *
 * @param id        short key used by observations, e.g. {@code sbp-2023}
 * @param citation  full citation as a reader would look it up
 * @param publisher the body that published it, e.g. {@code State Bank of Pakistan}
 * @param kind      what kind of body that is
 * @param grade     credibility
 * @param year      publication year, or 0 when unknown
 * @param url       where to find it, or empty
 */
public record Source(String id, String citation, String publisher, SourceKind kind, Grade grade,
    int year, String url) {

  /** What a source id may hold, and the rule in words. */
  public static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]*";
  public static final String ID_RULE = "source id may hold letters, digits, '.', '_' and '-'";

  public Source {
    id = Require.matching(Require.text(id, "id"), ID, ID_RULE);
    citation = Require.text(citation, "citation");
    publisher = Require.text(publisher, "publisher");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(grade, "grade");
    if (year != 0 && (year < 1800 || year > 2200)) {
      throw new IllegalArgumentException("source year out of range 1800-2200: " + year);
    }
    url = url == null ? "" : url.strip();
  }

  /** Author-date form for running text: {@code State Bank of Pakistan 2023}. */
  public String shortCitation() {
    return year == 0 ? publisher : publisher + " " + year;
  }

}
