package io.dyadscope.corpus;

import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries a document concerns: those its metadata records (a manifest's {@code countries}
 * column), or, where none are recorded, those its text names at least {@value #MIN_MENTIONS} times
 * (names, aliases and demonyms from the gazetteer, as written with a capital: "Afghanistan",
 * "Afghans", "Islamic Republic of Pakistan"). A document belongs to a dyad when it concerns both
 * of its countries: a text on Pakistan and Afghanistan is not one on India and Pakistan.
 */
public final class DocumentCountries {

  /** Mentions a country needs in a text for the text to concern it, when no countries are recorded. */
  public static final int MIN_MENTIONS = 2;

  private static final DocumentCountries STANDARD = new DocumentCountries(Gazetteer.standard());

  private final Pattern names;
  private final Map<String, String> iso3ByName = new HashMap<>();

  public DocumentCountries(Gazetteer gazetteer) {
    List<String> all = new ArrayList<>();
    for (Country c : gazetteer.all()) {
      for (String n : c.names()) {
        if (n.length() > 3 && Character.isUpperCase(n.charAt(0)) && iso3ByName.putIfAbsent(n, c.iso3()) == null) {
          all.add(n);
        }
      }
    }
    all.sort((a, b) -> b.length() - a.length()); // longest first: "Islamic Republic of Pakistan" before "Pakistan"
    this.names = Pattern.compile("\\b(" + String.join("|", all.stream().map(Pattern::quote).toList()) + ")\\b");
  }

  public static DocumentCountries standard() {
    return STANDARD;
  }

  /** The recorded countries, or the inferred ones when none are recorded; sorted alpha-3 codes. */
  public List<String> of(CorpusDocument d) {
    return d.metadata().countries().isEmpty() ? inferred(d.text()) : d.metadata().countries();
  }

  /** True when {@link #of} holds both countries of {@code dyad}. */
  public boolean belongs(CorpusDocument d, Dyad dyad) {
    List<String> c = of(d);
    return c.contains(dyad.first()) && c.contains(dyad.second());
  }

  /** The countries {@code text} names at least {@value #MIN_MENTIONS} times, sorted. */
  public List<String> inferred(String text) {
    Map<String, Integer> counts = new TreeMap<>();
    Matcher m = names.matcher(text);
    while (m.find()) {
      counts.merge(iso3ByName.get(m.group(1)), 1, Integer::sum);
    }
    return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_MENTIONS).map(Map.Entry::getKey)
        .map(s -> s.toUpperCase(Locale.ROOT)).toList();
  }
}
