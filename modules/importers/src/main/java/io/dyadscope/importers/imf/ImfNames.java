package io.dyadscope.importers.imf;

import io.dyadscope.evidence.Country;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.importers.CodeList;
import java.util.Optional;

/**
 * The country an IMF country name stands for. The IMF writes names inverted with a qualifier
 * ({@code Afghanistan, Islamic Rep. of}, {@code Netherlands, The}); a name is looked up whole, then in
 * the list of IMF spellings ({@code names.csv}, for names whose first part is ambiguous or differs:
 * {@code Korea, Rep. of}, {@code China, P.R.: Mainland}), then by the part before its first comma.
 * Aggregates (World, Advanced Economies, Euro Area...) and former countries (listed as {@code none},
 * so that {@code USSR} is not read as Russia) resolve to nothing.
 */
final class ImfNames {

  private static final CodeList SPELLINGS = CodeList.load(ImfNames.class, "names.csv");

  /** The meaning in {@code names.csv} of a former country, which no current country stands for. */
  static final String NONE = "none";

  private final Gazetteer gazetteer;

  ImfNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Optional<Country> resolve(String imfName) {
    String name = imfName == null ? "" : imfName.strip();
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (SPELLINGS.contains(name)) {
      String iso3 = SPELLINGS.meaning(name);
      return iso3.equals(NONE) ? Optional.empty() : gazetteer.byIso3(iso3);
    }
    Optional<Country> whole = gazetteer.byName(name);
    if (whole.isPresent()) {
      return whole;
    }
    int comma = name.indexOf(',');
    return comma > 0 ? gazetteer.byName(name.substring(0, comma)) : Optional.empty();
  }
}
