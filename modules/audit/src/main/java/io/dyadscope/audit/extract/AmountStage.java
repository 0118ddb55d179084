package io.dyadscope.audit.extract;

import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.text.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the amounts of a sentence: each number that is a quantity of the world (not a year, a list
 * marker, a section or table number, a duration or a count of the document's own things), read with
 * its scale and unit.
 */
record AmountStage(ProseOutput out) implements Stage {

  @Override
  public void apply(SentenceContext c) {
    List<Token> tokens = c.tokens;
    Set<Integer> yearTokens = new HashSet<>();
    for (YearMention y : c.years) {
      yearTokens.add(y.token());
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isNumber() && !yearTokens.contains(i) && isQuantity(c, i)) {
        AmountReader.Read r = AmountReader.read(tokens, i, c.setting.flat());
        c.amounts.add(r);
        for (int k = r.first(); k <= r.last(); k++) {
          c.amountAt[k] = r;
        }
        i = r.last();
      }
    }
    out.numbersFound += c.amounts.size();
  }

  static boolean isQuantity(SentenceContext c, int i) {
    List<Token> tokens = c.tokens;
    Lines lines = c.setting.lines();
    String flat = c.setting.flat();
    Token t = tokens.get(i);
    // "1. To analyse ...": a list marker at the start of a line.
    int lineStart = lines.start(lines.lineOf(t.start()));
    if (i + 1 < tokens.size() && (tokens.get(i + 1).isPunct('.') || tokens.get(i + 1).isPunct(')'))
        && t.text().length() <= 2 && Text.digits(t.text()) && NumberRoles.blank(flat, lineStart, t.start())) {
      return false;
    }
    if (NumberRoles.notAQuantity(tokens, i, flat, lineStart, lines.end(lines.lineOf(t.start())))) {
      return false;
    }
    // "Table 3", "Volume 3", "Phase 2": a capitalised reference word names a part, not a quantity
    // ("will number 250" is a quantity).
    if (i > 0 && tokens.get(i - 1).capitalised() && ProseWords.REFERENCE.contains(tokens.get(i - 1).norm())) {
      return false;
    }
    if (i > 1 && tokens.get(i - 1).isPunct('.') && tokens.get(i - 2).isWord()
        && ProseWords.ABBREVIATED_REFERENCE.contains(tokens.get(i - 2).norm())) {
      return false;
    }
    if (i + 1 < tokens.size()) {
      Token next = tokens.get(i + 1);
      if (next.isWord() && ProseWords.DURATION.contains(next.norm())) {
        return false;
      }
      if (next.isPunct('-') && i + 2 < tokens.size() && ProseWords.DURATION.contains(tokens.get(i + 2).norm())) {
        return false;
      }
    }
    return true;
  }
}
