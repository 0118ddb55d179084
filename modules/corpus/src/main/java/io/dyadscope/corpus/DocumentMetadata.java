package io.dyadscope.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What is known about a document besides its text. Strings are never null: an unknown field is
 * empty. {@code date} is {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or empty.
 *
 * @param sourceId  id of the row in the workspace's sources table this document stands for, or empty
 * @param countries the countries the document concerns (ISO alpha-3, upper case) as its manifest records
 *                  them; empty when not recorded ({@link DocumentCountries} then infers them from the text)
 */
public record DocumentMetadata(String title, String publisher, DocumentKind kind, String date, String language,
    String sourceId, String url, String licence, List<String> countries) {

  /** Metadata that records no countries. */
  public DocumentMetadata(String title, String publisher, DocumentKind kind, String date, String language,
      String sourceId, String url, String licence) {
    this(title, publisher, kind, date, language, sourceId, url, licence, List.of());
  }

  private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

  public DocumentMetadata {
    title = clean(title);
    publisher = clean(publisher);
    if (kind == null) {
      throw new IllegalArgumentException("document kind is missing (title '" + title + "')");
    }
    date = clean(date);
    if (!date.isEmpty() && !DATE.matcher(date).matches()) {
      throw new IllegalArgumentException("date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    language = clean(language);
    sourceId = clean(sourceId);
    url = clean(url);
    licence = clean(licence);
    countries = countries == null ? List.of() : countries.stream().map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
        .filter(c -> !c.isEmpty()).distinct().sorted().toList();
    for (String c : countries) {
      if (!c.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("country '" + c + "' is not an ISO 3166-1 alpha-3 code");
      }
    }
  }

  /** Metadata with only a title and a kind. */
  public static DocumentMetadata titled(String title, DocumentKind kind) {
    return new DocumentMetadata(title, "", kind, "", "", "", "", "");
  }

  /** The year of {@link #date}, 0 when undated. */
  public int year() {
    return date.isEmpty() ? 0 : Integer.parseInt(date.substring(0, 4));
  }

  public DocumentMetadata withTitle(String newTitle) {
    return new DocumentMetadata(newTitle, publisher, kind, date, language, sourceId, url, licence, countries);
  }

  private static String clean(String s) {
    return s == null ? "" : s.strip();
  }
}
