package io.dyadscope.audit.check;

import io.dyadscope.audit.Verified;
import io.dyadscope.audit.extract.Direction;
import io.dyadscope.audit.extract.Mention;
import io.dyadscope.audit.extract.SentenceListener;
import io.dyadscope.audit.table.TableLabels;
import io.dyadscope.audit.table.TextTable;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Sentence;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.vocabulary.DataFile;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A trend over a span said of a table's quantity, whatever it is: "Two-way trade has grown every
 * year since 2020", "Raids have declined since 2021". The quantity is the table column whose header
 * shares a word with the sentence (or whose role, total or a flow, a word of the sentence names);
 * its rows must be years. With a word of {@code steady-words.csv} every step from the span's first
 * year must go the stated way; without one, the span's last figure against its first. Fails (an
 * error) on a step, or an overall move, the other way; a sentence whose quantity no column or
 * several columns equally match is not judged.
 */
public final class TableTrendCheck implements SentenceListener {

  private static final Set<String> STEADY = load();
  private static final java.util.Map<String, Direction> MAGNITUDE = magnitudes();
  private static final Set<String> IGNORED = Set.of("the", "a", "an", "of", "in", "to", "from", "and", "has", "have",
      "had", "since", "year", "years", "every", "each", "table", "shows", "show", "its", "their", "by", "with", "for",
      "on", "at", "as", "us", "million", "billion", "thousand", "per", "cent", "percent", "share", "change");

  private record Said(int line, String excerpt, Direction direction, int since, boolean steady, Set<String> words,
      boolean size) {}

  private final Lines lines;
  private final List<Said> said = new ArrayList<>();

  public TableTrendCheck(Lines lines) {
    this.lines = lines;
  }

  private static java.util.Map<String, Direction> magnitudes() {
    java.util.Map<String, Direction> out = new java.util.HashMap<>();
    for (DataFile.Row r : DataFile.resource("magnitude-words.csv", "word", "direction")) {
      String d = r.field(1).strip();
      if (!d.equals("rise") && !d.equals("fall")) {
        throw new IllegalArgumentException("magnitude-words.csv line " + r.line() + ": direction must be rise or fall,"
            + " not '" + d + "'");
      }
      out.put(r.field(0).toLowerCase(Locale.ROOT), d.equals("rise") ? Direction.UP : Direction.DOWN);
    }
    return java.util.Map.copyOf(out);
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    for (DataFile.Row r : DataFile.resource("steady-words.csv", "word")) {
      out.add(r.field(0).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  @Override
  public void sentence(Sentence s, List<Token> tokens, List<Mention> countries, int claims) {
    if (s.heading() || !sinceYear(tokens)) {
      return; // most sentences state no span: no need to look at their words
    }
    Direction direction = null;
    int since = 0;
    int verb = -1;
    boolean steady = false;
    boolean size = false;
    Set<String> words = new HashSet<>();
    boolean[] place = new boolean[tokens.size()];
    for (Mention m : countries) {
      for (int k = m.first(); k <= m.last() && k < place.length; k++) {
        place[k] = true;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.isWord()) {
        String w = t.text().toLowerCase(Locale.ROOT);
        Direction magnitude = MAGNITUDE.get(w);
        Direction d = magnitude != null ? magnitude : Direction.of(t.norm());
        if (d != null) {
          if (direction != null && direction != d || negated(tokens, i)) {
            return;
          }
          direction = d;
          size |= magnitude != null;
          verb = verb < 0 ? i : verb;
        } else if (STEADY.contains(w)) {
          steady = true;
        } else if (verb < 0 && !place[i] && !IGNORED.contains(w)) {
          // The quantity is said before the verb ("Nepal's trade deficit with India has narrowed");
          // the words after it give causes and places, not the quantity.
          words.add(singular(w));
        }
        if (w.equals("since") && since == 0 && i + 1 < tokens.size() && tokens.get(i + 1).text().matches("(19|20)\\d\\d")) {
          since = Integer.parseInt(tokens.get(i + 1).text());
        }
      }
    }
    if (direction != null && since > 0) {
      String excerpt = lines.flat().substring(s.start(), s.end()).strip();
      // Hyphenated words whole ("two-way"), for the roles they name.
      String subject = lines.flat().substring(s.start(), tokens.get(verb).start()).toLowerCase(Locale.ROOT);
      for (String w : subject.split("[^\\p{L}/-]+")) {
        if (w.indexOf('-') > 0) {
          words.add(w);
        }
      }
      said.add(new Said(lines.lineOf(s.start()), excerpt, direction, since, steady, words, size));
    }
  }

  private static boolean sinceYear(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).isWord() && tokens.get(i).text().equalsIgnoreCase("since")
          && twentiethOrTwentyFirst(tokens.get(i + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /** A year 1900-2099 in four digits; by hand, not a regex: asked of every "since". */
  private static boolean twentiethOrTwentyFirst(String s) {
    return Text.digits(s) && s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
  }

  private static boolean negated(List<Token> t, int v) {
    for (int k = Math.max(0, v - 3); k < v; k++) {
      String w = t.get(k).text().toLowerCase(Locale.ROOT);
      if (w.equals("not") || w.equals("never") || w.equals("n't")) {
        return true;
      }
    }
    return false;
  }

  private static String singular(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }

  /** Runs after the other trend checks: a sentence they judged is not judged again. */
  public void run(AuditContext ctx, Results out) {
    Set<Integer> flagged = new HashSet<>();
    for (AuditFinding f : out.findings()) {
      if (f.check().equals(Checks.TREND_CLAIM)) {
        flagged.add(f.line());
      }
    }
    if (said.isEmpty()) {
      return;
    }
    // Each column's header words, once: a sentence looks up its own words, not every column. Columns
    // with the same header words and role score alike for every sentence, so they are scored as one
    // group (a long report repeats its columns table after table: scoring each would cost sentences
    // times columns); two columns in the best group are a tie, as two columns with the best score are.
    java.util.Map<String, List<Alike>> byWord = new java.util.HashMap<>();
    java.util.Map<TableLabels.Role, List<Alike>> byRole = new java.util.EnumMap<>(TableLabels.Role.class);
    java.util.Map<List<Object>, Alike> groups = new java.util.HashMap<>();
    for (TextTable t : ctx.tables()) {
      for (TextTable.Column c : t.columns()) {
        TableLabels.Role role = TableLabels.of(c.header());
        if (c.role() != TextTable.Role.NUMBER || role == TableLabels.Role.CHANGE || role == TableLabels.Role.SHARE) {
          continue;
        }
        Set<String> words = headerWords(c.header());
        Alike group = groups.get(List.of(words, role));
        if (group == null) {
          group = new Alike();
          groups.put(List.of(words, role), group);
          for (String h : words) {
            byWord.computeIfAbsent(h, k -> new ArrayList<>()).add(group);
          }
          if (role != TableLabels.Role.NONE) {
            byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(group);
          }
        }
        group.members.add(new Candidate(t, c));
      }
    }
    for (Said s : said) {
      if (flagged.contains(s.line())) {
        continue;
      }
      java.util.Map<Alike, Integer> scores = new java.util.HashMap<>();
      Set<TableLabels.Role> roles = new HashSet<>();
      for (String w : s.words()) {
        for (Alike g : byWord.getOrDefault(w, List.of())) {
          scores.merge(g, 2, Integer::sum);
        }
        TableLabels.Role r = TableLabels.of(w);
        if (r != TableLabels.Role.NONE) {
          roles.add(r);
        }
      }
      for (TableLabels.Role r : roles) {
        for (Alike g : byRole.getOrDefault(r, List.of())) {
          scores.merge(g, 1, Integer::sum);
        }
      }
      Alike best = null;
      int bestScore = 0;
      boolean tie = false;
      for (java.util.Map.Entry<Alike, Integer> e : scores.entrySet()) {
        if (e.getValue() > bestScore) {
          best = e.getKey();
          bestScore = e.getValue();
          tie = false;
        } else if (e.getValue() == bestScore) {
          tie = true;
        }
      }
      if (best != null && !tie && best.members.size() == 1) {
        judge(s, best.members.get(0).table(), best.members.get(0).column(), out);
      }
    }
  }

  /** Columns that score alike for every sentence (same header words, same role); equal only to itself. */
  private static final class Alike {
    final List<Candidate> members = new ArrayList<>();
  }

  /** A column a trend may be said of. */
  private record Candidate(TextTable table, TextTable.Column column) {}

  /** Compiled once: {@link #headerWords} runs for every column of every table. */
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}-]+");

  private static Set<String> headerWords(String header) {
    Set<String> out = new HashSet<>();
    for (String h : NOT_WORD.split(PARENTHESES.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(" "))) {
      if (!h.isEmpty() && !IGNORED.contains(h)) {
        out.add(singular(h));
      }
    }
    return out;
  }

  private void judge(Said s, TextTable t, TextTable.Column c, Results out) {
    List<double[]> series = new ArrayList<>(); // {year, value}
    for (TextTable.Row r : t.rows()) {
      Integer year = LabelledArithmetic.year(r.label());
      if (year == null || year < s.since()) {
        continue;
      }
      for (TextTable.Cell cell : t.cells()) {
        if (cell.row() == r.index() && cell.column() == c.index() && cell.part().isEmpty() && cell.amount() != null) {
          series.add(new double[] {year, s.size() ? Math.abs(cell.amount().value()) : cell.amount().value()});
        }
      }
    }
    if (series.size() < 2) {
      return;
    }
    String where = t.name() + ", " + c.header();
    String said = "'" + (s.size() ? "size " : "") + s.direction().noun() + "' since " + s.since()
        + (s.steady() ? " at every step" : "");
    for (int i = 1; i < series.size(); i++) {
      double[] a = s.steady() ? series.get(i - 1) : series.get(0);
      double[] b = s.steady() ? series.get(i) : series.get(series.size() - 1);
      Direction moved = Direction.between(a[1], b[1]);
      if (moved != null && moved != s.direction()) {
        out.add(new AuditFinding(Checks.TREND_CLAIM, Severity.ERROR, s.line(), s.excerpt(), said + ", but " + where
            + " shows a " + (s.size() ? "size " : "") + moved.noun() + " from " + (int) a[0] + " to " + (int) b[0]));
        return;
      }
      if (!s.steady()) {
        break;
      }
    }
    out.add(new Verified(Checks.TREND_CLAIM, s.line(), said + " holds in " + where));
  }
}
