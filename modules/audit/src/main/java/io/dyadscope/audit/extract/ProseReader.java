package io.dyadscope.audit.extract;

import io.dyadscope.audit.Claim;
import io.dyadscope.audit.text.Layout;
import io.dyadscope.audit.text.Sentence;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.util.List;

/**
 * Reads the claims of a report's running text, sentence by sentence, as a pipeline of small stages
 * over the sentence's tokens and one {@link SentenceContext}: the amounts ({@link AmountStage}),
 * the change statements and their numbers ({@link ChangeStage}), the remaining amounts as levels of
 * a quantity ({@link LevelStage}), and the trend statements without numbers ({@link TrendStage}).
 * The words the stages go by are data ({@link ProseWords}).
 *
 * <p>Work is linear in the text: each sentence is tokenised once and every look-up is local to
 * the sentence. What needs nothing from the sentences before (tokens, countries, the sentence's
 * context) is worked out ahead, on another thread in a long text ({@link SentenceFeed}).
 */
public final class ProseReader {

  /** What the running text states. */
  public record Result(List<Claim> claims, List<ChangeStatement> changes, List<TrendStatement> trends,
      int numbersFound, int numbersTied) {}

  private ProseReader() {}

  /** Reads every sentence of {@code layout}, telling {@code listeners} about each. */
  public static Result read(Layout layout, Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue, Places places,
      Initiatives initiatives, List<SentenceListener> listeners) {
    ProseSetting setting = ProseSetting.of(layout, dyad, lexicon, catalogue, places, initiatives);
    ProseOutput out = new ProseOutput();
    ClaimMaker maker = new ClaimMaker(setting);
    List<Stage> stages = List.of(new AmountStage(out), new ChangeStage(setting, maker, out),
        new LevelStage(setting, maker, out), new TrendStage(setting, maker, out));
    SentenceFeed.forEach(layout.sentences(), s -> prepare(s, setting), p -> {
      int before = out.claims.size();
      if (p.context() != null) {
        for (Stage stage : stages) {
          stage.apply(p.context());
        }
      }
      for (SentenceListener l : listeners) {
        l.sentence(p.sentence(), p.tokens(), p.countries(), out.claims.size() - before);
      }
    });
    return new Result(List.copyOf(out.claims), List.copyOf(out.changes), List.copyOf(out.trends),
        out.numbersFound, out.numbersTied);
  }

  /**
   * A sentence with what depends on it alone: its tokens, its countries, and its context for the
   * stages (null when there is nothing to read).
   */
  private record Prepared(Sentence sentence, List<Token> tokens, List<Mention> countries, SentenceContext context) {}

  /** Reads what needs nothing from the sentences before {@code s} (on the feed's thread in a long text). */
  private static Prepared prepare(Sentence s, ProseSetting setting) {
    List<Token> tokens = Tokenizer.tokens(setting.flat(), s.start(), s.end());
    List<Mention> countries = setting.places().countries(tokens, setting.flat());
    SentenceContext c = !s.heading() && worthReading(tokens) ? new SentenceContext(setting, s, tokens, countries) : null;
    return new Prepared(s, tokens, countries, c);
  }

  /** Only sentences with a number or a direction word can hold a claim, a change or a trend. */
  private static boolean worthReading(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.isNumber() || t.isWord() && Direction.of(t.norm()) != null) {
        return true;
      }
    }
    return false;
  }
}
