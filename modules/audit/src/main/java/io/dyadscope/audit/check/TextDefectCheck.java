package io.dyadscope.audit.check;

import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Gazetteer;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.extract.Excerpts;
import io.dyadscope.audit.extract.Mention;
import io.dyadscope.audit.extract.SentenceListener;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Sentence;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Defects of the text itself:
 *
 * <ul>
 *   <li>a phrase of any length repeated back to back ("at the border at the border", "from 1.7
 *       billion in 2019 to 1.7 billion in 2019 to 1.2 billion"), the trace of a botched edit; a
 *       single word counts only when English never doubles it ("the the", not "had had");
 *   <li>a word with a digit where OCR confuses letters and digits: {@code 1} beside {@code I} or
 *       {@code l}, {@code 0} beside {@code O} ("I1SIS", "Track-1l1"); names that mix letters and
 *       digits by design ("CASA-1000", "COVID-19", "G20", "3D") are not flagged;
 *   <li>a word garbled into punctuation ("Cr(ﬁ;—:j(rsder");
 *   <li>a misspelt or OCR-damaged word, one slip from an English word, a country or a word the
 *       report uses often ({@link GarbledWords}).
 * </ul>
 */
public final class TextDefectCheck extends AbstractCheck implements SentenceListener {

  private static final int LONGEST_PHRASE = 12;
  /** Words English doubles on purpose ("what it is is", "had had", "that that"). */
  private static final java.util.Set<String> DOUBLED = java.util.Set.of("had", "that", "is", "do", "very", "bye",
      "no", "yes", "so", "far", "more", "many", "again", "on", "over", "by", "through", "and", "round", "little");
  private static final java.util.regex.Pattern FILE_NAME =
      java.util.regex.Pattern.compile("[\\w-]+/[\\w./-]+|[\\w-]+\\.(?:csv|svg|png|jpe?g|pdf|html?|md|txt|json|xlsx?)$");

  private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("\\\\?\\[\\d{1,3}\\\\?]");
  private static final java.util.regex.Pattern NOT_ALPHANUMERIC = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Lines lines;
  private final List<AuditFinding> repeats = new ArrayList<>();
  private CompletableFuture<List<AuditFinding>> scanned;

  public TextDefectCheck(Lines lines) {
    super(Checks.TEXT_DEFECT);
    this.lines = lines;
  }

  @Override
  public void sentence(Sentence s, List<Token> tokens, List<Mention> countries, int claims) {
    int n = tokens.size();
    // Each token's case-blind hash, once: most pairs differ there, and the phrase search compares
    // every token with the twelve after it.
    int[] hash = new int[n];
    for (int t = 0; t < n; t++) {
      hash[t] = caseBlindHash(tokens.get(t));
    }
    int i = 0;
    while (i < n) {
      int found = 0;
      for (int k = 1; k <= LONGEST_PHRASE && i + 2 * k <= n; k++) {
        if (hash[i] != hash[i + k] || !same(tokens.get(i), tokens.get(i + k))) {
          continue;
        }
        boolean repeat = true;
        boolean content = false;
        for (int j = 0; j < k && repeat; j++) {
          Token t = tokens.get(i + j);
          repeat = hash[i + j] == hash[i + k + j] && same(t, tokens.get(i + k + j));
          content |= t.isNumber() || t.isWord();
        }
        if (repeat && content && (k > 1 || doubtful(tokens.get(i)))) {
          found = k;
          break;
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      Token a = tokens.get(i);
      Token b = tokens.get(i + found - 1);
      Token second = tokens.get(i + found);
      String phrase = Text.collapse(lines.flat().substring(a.start(), b.end()));
      int line = lines.lineOf(second.start());
      int firstLine = lines.lineOf(a.start());
      if (firstLine != line && Text.collapse(lines.line(firstLine)).strip().equalsIgnoreCase(phrase)) {
        i += found; // a line that is just the phrase is a heading or a label, and the text under it may repeat it
        continue;
      }
      List<Integer> at = firstLine == line ? List.of(line) : List.of(firstLine, line);
      repeats.add(new AuditFinding(id(), Severity.WARNING, line, Excerpts.around(lines.flat().substring(s.start(),
          s.end()), a.start() - s.start(), tokens.get(i + 2 * found - 1).end() - s.start()),
          "phrase repeated back to back: '" + phrase + "' twice in a row; one copy is probably left over from an edit",
          at));
      i += 2 * found;
    }
  }

  /** A single word repeated that English does not double on purpose, nor a number in a list. */
  private static boolean doubtful(Token t) {
    return t.isWord() && t.text().length() > 1 && !DOUBLED.contains(t.norm());
  }

  /** Equal for tokens equal but for case: the normal form is the lower-cased text, its hash cached. */
  private static int caseBlindHash(Token t) {
    return 31 * t.kind().ordinal() + t.norm().hashCode();
  }

  private static boolean same(Token a, Token b) {
    return a.kind() == b.kind() && a.text().equalsIgnoreCase(b.text());
  }

  /**
   * Starts the whole-text scans (garbled words, words with digits or punctuation) on another thread
   * (CompletableFuture's default) so that they run beside the prose reader: they read only the lines and the gazetteer, and
   * {@link #run} adds their findings in the same order as when it scans itself.
   */
  public void scanAhead(Gazetteer gazetteer) {
    scanned = CompletableFuture.supplyAsync(() -> scanText(gazetteer));
  }

  @Override
  public void run(AuditContext ctx, Results out) {
    repeats.forEach(out::add);
    List<AuditFinding> found;
    if (scanned == null) {
      found = scanText(ctx.options().gazetteer());
    } else {
      try {
        found = scanned.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    found.forEach(out::add);
  }

  /** Garbled words, then words with digits or punctuation, in the order {@link #run} reports them. */
  private List<AuditFinding> scanText(Gazetteer gazetteer) {
    List<AuditFinding> out = new ArrayList<>(GarbledWords.find(lines, gazetteer));
    // Line by line (a small method the JIT compiles whole, not a loop over megabytes); a word is
    // looked at closely only when it holds a digit or much punctuation, which few words do.
    // One string throughout (a line's own substring may be stored otherwise than the next, which
    // makes the compiled loop start over).
    String text = lines.text();
    for (int line = 1; line <= lines.count(); line++) {
      scanLine(text, lines.start(line), lines.end(line), line, out);
    }
    return out;
  }

  private void scanLine(String text, int from, int len, int line, List<AuditFinding> out) {
    int i = from;
    while (i < len) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        i++;
        continue;
      }
      int start = i;
      boolean suspect = false;
      int symbols = 0;
      while (i < len) {
        c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
          break;
        }
        if (c >= '0' && c <= '9') {
          suspect = true;
        } else if (isSymbol(c) && ++symbols >= 3) {
          suspect = true;
        }
        i++;
      }
      if (suspect) {
        String why = problem(text.substring(start, i));
        if (why != null) {
          out.add(new AuditFinding(id(), Severity.WARNING, line, Excerpts.of(lines.line(line)), why));
        }
      }
    }
  }

  private static final boolean[] ASCII_SYMBOL = new boolean[128];

  static {
    for (char c : "();:[]{}|\\^~".toCharArray()) {
      ASCII_SYMBOL[c] = true;
    }
  }

  /** Punctuation OCR leaves inside garbled words; a table lookup, as every character is tested. */
  private static boolean isSymbol(char c) {
    return c < 128 ? ASCII_SYMBOL[c] : c == '—' || c == '–';
  }

  /** Why a whitespace-delimited word looks garbled, or null. */
  static String problem(String word) {
    // Footnote markers of quoted sources ("UNHCR).[3][4]", as encyclopaedias cite) are not OCR damage.
    // (Most words have no bracket: skip the regex for them; it is compiled once, not per word.)
    String bare = Text.trimToAlphanumeric(word.indexOf('[') < 0 ? word : FOOTNOTE.matcher(word).replaceAll(""));
    // Addresses, file names and Markdown link syntax ("(CSV)](data/figure-1.csv") are not words.
    if (bare.isEmpty() || bare.contains("://") || bare.startsWith("www.") || word.contains("](")
        || (bare.indexOf('/') >= 0 || bare.indexOf('.') >= 0) && FILE_NAME.matcher(bare).find()) {
      return null;
    }
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      digit |= Character.isDigit(c);
      letter |= Character.isLetter(c);
    }
    if (digit && letter) {
      for (String part : NOT_ALPHANUMERIC.split(bare)) {
        if (confusable(part)) {
          return "garbled word '" + bare + "': '" + part + "' mixes digits and letters the way OCR confuses them"
              + " (1 for I or l, 0 for O)";
        }
      }
    }
    int symbols = 0;
    for (int i = 1; i < bare.length() - 1; i++) {
      char c = bare.charAt(i);
      // A dash between two words joins them ("Turkmenistan–Afghanistan–Pakistan–India").
      boolean joins = (c == '–' || c == '—') && Character.isLetter(bare.charAt(i - 1))
          && Character.isLetter(bare.charAt(i + 1));
      if (isSymbol(c) && !joins) {
        symbols++;
      }
    }
    if (symbols >= 3 && letter) {
      return "garbled word '" + bare + "': letters and punctuation mixed, as OCR leaves unreadable text";
    }
    return null;
  }

  /** A digit 1 beside I or l, or 0 beside O or o, inside one alphanumeric part. */
  private static boolean confusable(String part) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < part.length(); i++) {
      digit |= Character.isDigit(part.charAt(i));
      letter |= Character.isLetter(part.charAt(i));
    }
    if (!digit || !letter) {
      return false;
    }
    for (int i = 0; i + 1 < part.length(); i++) {
      char a = part.charAt(i);
      char b = part.charAt(i + 1);
      if (a == '1' && (b == 'I' || b == 'l') || b == '1' && (a == 'I' || a == 'l')
          || a == '0' && (b == 'O' || b == 'o') || b == '0' && (a == 'O' || a == 'o')) {
        return true;
      }
    }
    return false;
  }
}
