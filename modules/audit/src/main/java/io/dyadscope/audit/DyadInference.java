package io.dyadscope.audit;

import io.dyadscope.audit.extract.Mention;
import io.dyadscope.audit.extract.Places;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Gazetteer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dyad a report is about when the user does not say: the two countries its title names (in
 * the title's order), else the title's one country with the country the text names most often,
 * else the two countries the text names most often (ties go to the one named first). Pure.
 */
public final class DyadInference {

  /** The title is the first line that is not blank; the next one already belongs to the text. */
  private static final int TITLE_LINES = 1;

  /**
   * An inferred dyad and how it was found.
   *
   * @param dyad  the pair
   * @param basis "from the title", "from the title and the most-mentioned countries" or "from the
   *              most-mentioned pair of countries"
   */
  public record Inferred(Dyad dyad, String basis) {}

  private DyadInference() {}

  /**
   * Infers the dyad of {@code text}.
   *
   * @throws IllegalArgumentException when the text names fewer than two countries
   */
  public static Inferred infer(String text, Gazetteer gazetteer) {
    Places places = Places.countries(gazetteer);
    Lines lines = Lines.of(text);
    List<String> title = new ArrayList<>();
    int seen = 0;
    for (int n = 1; n <= lines.count() && seen < TITLE_LINES; n++) {
      String line = lines.line(n).strip();
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      for (String c : countries(places, line)) {
        if (!title.contains(c)) {
          title.add(c);
        }
      }
      if (title.size() >= 2) {
        break;
      }
    }
    if (title.size() >= 2) {
      return new Inferred(new Dyad(title.get(0), title.get(1)), "from the title");
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String c : countries(places, text)) {
      counts.merge(c, 1, Integer::sum);
    }
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a))); // stable: first named wins ties
    if (title.size() == 1) {
      String other = ranked.stream().filter(c -> !c.equals(title.get(0))).findFirst().orElse(null);
      if (other != null) {
        return new Inferred(new Dyad(title.get(0), other), "from the title and the most-mentioned countries");
      }
    }
    if (ranked.size() < 2) {
      throw new IllegalArgumentException("cannot infer the dyad: the text names " + (ranked.isEmpty() ? "no country"
          : "only " + ranked.get(0)) + "; give it with --dyad AAA-BBB");
    }
    return new Inferred(new Dyad(ranked.get(0), ranked.get(1)), "from the most-mentioned pair of countries");
  }

  private static List<String> countries(Places places, String text) {
    List<Token> tokens = Tokenizer.tokens(text);
    List<String> out = new ArrayList<>();
    for (Mention m : places.countries(tokens, text)) {
      out.add(m.code());
    }
    return out;
  }
}
