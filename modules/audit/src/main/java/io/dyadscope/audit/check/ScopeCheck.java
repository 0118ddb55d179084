package io.dyadscope.audit.check;

import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Severity;
import io.dyadscope.audit.extract.Excerpts;
import io.dyadscope.audit.extract.Mention;
import io.dyadscope.audit.extract.SentenceListener;
import io.dyadscope.audit.text.Layout;
import io.dyadscope.audit.text.Sentence;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.vocabulary.MultilateralNames;
import io.dyadscope.evidence.Dyad;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentences about the wrong countries. Countries come from the gazetteer (names, aliases,
 * demonyms). An outside country is "discussed" when the report names it in at least
 * {@value #DISCUSSED} sentences or in a heading; the report may then mention it anywhere. The
 * check flags:
 *
 * <ul>
 *   <li>a pair of countries outside the dyad named together ("Both Belarus and Ukraine hold ...",
 *       "between X and Y", "X-Y relations") when the report discusses neither;
 *   <li>a dyad country paired with an outside country ("Pakistan and India take steps") in a
 *       paragraph that is about the dyad (it names the other dyad country, or the report names the
 *       outside country in this sentence alone) and names that outside country nowhere else, in a
 *       sentence that does not name the other dyad country: the dyad was probably meant;
 *   <li>a sentence with figures that names an outside, undiscussed country and neither dyad
 *       country.
 * </ul>
 *
 * <p>Countries listed among others ("China together with India and the United States") are
 * actors enumerated, not pairs, and are not flagged.
 */
public final class ScopeCheck extends AbstractCheck implements SentenceListener {

  /** Sentences that make an outside country part of the report's discussion. */
  public static final int DISCUSSED = 3;

  private record Pair(String a, String b, boolean inList, boolean between) {}

  /**
   * A sentence's countries: all it names, and those it names other than in an enumeration. Its
   * excerpt is made only for a finding: most sentences have none.
   */
  private record Seen(Sentence sentence, int paragraph, int line, boolean heading, List<String> countries,
      List<String> discussing, List<Pair> pairs, int claims) {}

  private final Dyad dyad;
  private final Layout layout;
  private final List<Seen> seen = new ArrayList<>();
  private final Map<String, Integer> sentencesNaming = new HashMap<>();
  /** Sentences naming a country other than in an enumeration of three or more. */
  private final Map<String, Integer> sentencesDiscussing = new HashMap<>();
  private final Set<String> inHeadings = new HashSet<>();

  /** A check of a report about {@code dyad} whose sentences come from {@code layout}. */
  public ScopeCheck(Dyad dyad, Layout layout) {
    super(Checks.SCOPE);
    this.dyad = dyad;
    this.layout = layout;
  }

  private static final Set<String> FEATURES = features();

  private static Set<String> features() {
    Set<String> out = new HashSet<>();
    for (io.dyadscope.audit.vocabulary.DataFile.Row r : io.dyadscope.audit.vocabulary.DataFile.resource(
        "place-features.csv", "word")) {
      out.add(r.field(0).toLowerCase(java.util.Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** "Lake Chad": a feature's name, not the country. */
  private static boolean feature(List<Token> t, Mention m) {
    if (m.first() == 0) {
      return false;
    }
    Token before = t.get(m.first() - 1);
    return before.capitalised() && FEATURES.contains(before.text().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public void sentence(Sentence s, List<Token> tokens, List<Mention> named, int claims) {
    List<Mention> countries = new ArrayList<>(MultilateralNames.standard().withoutNames(tokens, named));
    countries.removeIf(m -> feature(tokens, m));
    if (countries.isEmpty()) {
      return;
    }
    List<String> codes = new ArrayList<>();
    for (Mention m : countries) {
      codes.add(m.code());
    }
    // A country enumerated among three or more (members of a body, "Bangladesh-Bhutan-India-Nepal")
    // is named, not discussed.
    Set<String> enumerated = new HashSet<>();
    for (int i = 0; i + 1 < countries.size(); i++) {
      Mention a = countries.get(i);
      Mention b = countries.get(i + 1);
      // Only two countries joined to each other can be part of a list ("India and Bhutan ... into Nepal" is none).
      boolean joined = b.first() - a.last() - 1 <= 3 && joins(tokens, a.last() + 1, b.first());
      if (joined && listed(tokens, countries, i) || hyphenChain(tokens, countries, i)) {
        enumerated.add(countries.get(i).code());
        enumerated.add(countries.get(i + 1).code());
      }
    }
    for (String c : new HashSet<>(codes)) {
      if (s.heading()) {
        inHeadings.add(c);
      }
      sentencesNaming.merge(c, 1, Integer::sum);
      if (!enumerated.contains(c) || dyad.contains(c)) {
        sentencesDiscussing.merge(c, 1, Integer::sum);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < countries.size(); i++) {
      Mention m1 = countries.get(i);
      Mention m2 = countries.get(i + 1);
      if (m1.code().equals(m2.code())) {
        continue;
      }
      if (!paired(tokens, m1, m2)) {
        continue;
      }
      pairs.add(new Pair(m1.code(), m2.code(), listed(tokens, countries, i),
          m1.first() > 0 && tokens.get(m1.first() - 1).is("between")));
    }
    List<String> discussing = codes.stream().filter(c -> !enumerated.contains(c) || dyad.contains(c)).toList();
    int line = layout.lines().lineOf(s.start());
    seen.add(new Seen(s, s.paragraph(), line, s.heading(), codes, discussing, pairs.isEmpty() ? List.of() : pairs,
        claims));
  }

  /**
   * True when two consecutive mentions are named as a pair: "X and Y", "X and the Y", "X & Y",
   * "X-Y relations" (but not "China-Pakistan Economic Corridor", a name).
   */
  private static boolean paired(List<Token> t, Mention m1, Mention m2) {
    int gap = m2.first() - m1.last() - 1;
    if (gap == 1 && t.get(m1.last() + 1).isPunct('-') && t.get(m1.last() + 1).start() == t.get(m1.last()).end()
        && t.get(m2.first()).start() == t.get(m1.last() + 1).end()) {
      return !(m2.last() + 1 < t.size() && t.get(m2.last() + 1).capitalised());
    }
    return gap == 1 && (t.get(m1.last() + 1).is("and") || t.get(m1.last() + 1).isPunct('&'))
        || gap == 2 && t.get(m1.last() + 1).is("and") && t.get(m1.last() + 2).is("the");
  }

  /** True when the pair at {@code i} is part of a longer list of countries. */
  private static boolean listed(List<Token> t, List<Mention> countries, int i) {
    Mention m1 = countries.get(i);
    Mention m2 = countries.get(i + 1);
    if (i > 0) {
      Mention prev = countries.get(i - 1);
      int gap = m1.first() - prev.last() - 1;
      if (gap <= 3 && joins(t, prev.last() + 1, m1.first())) {
        return true;
      }
    }
    if (i + 2 < countries.size()) {
      Mention next = countries.get(i + 2);
      int gap = next.first() - m2.last() - 1;
      if (gap <= 3 && joins(t, m2.last() + 1, next.first())) {
        return true;
      }
    }
    return false;
  }

  /** True when the pair at {@code i} is part of a chain of three or more joined by hyphens. */
  private static boolean hyphenChain(List<Token> t, List<Mention> countries, int i) {
    int length = 1;
    for (int k = i; k + 1 < countries.size() && hyphen(t, countries.get(k), countries.get(k + 1)); k++) {
      length++;
    }
    for (int k = i; k > 0 && hyphen(t, countries.get(k - 1), countries.get(k)); k--) {
      length++;
    }
    return length >= 3;
  }

  private static boolean hyphen(List<Token> t, Mention a, Mention b) {
    return b.first() - a.last() == 2 && t.get(a.last() + 1).isPunct('-');
  }

  private static boolean joins(List<Token> t, int from, int to) {
    for (int k = from; k < to; k++) {
      Token x = t.get(k);
      if (!(x.isPunct(',') || x.is("and") || x.is("the") || x.is("with") || x.is("together") || x.is("along")
          || x.is("as") || x.is("well") || x.is("or"))) {
        return false;
      }
    }
    return true;
  }

  private boolean discussed(String code) {
    return dyad.contains(code) || inHeadings.contains(code) || sentencesNaming.getOrDefault(code, 0) >= DISCUSSED;
  }

  @Override
  public void run(AuditContext ctx, Results out) {
    Map<Integer, Map<String, Integer>> byParagraph = new HashMap<>();
    for (Seen s : seen) {
      // A country enumerated among a body's members elsewhere in the paragraph is not discussed there.
      Map<String, Integer> counts = byParagraph.computeIfAbsent(s.paragraph(), k -> new HashMap<>());
      for (String c : s.discussing()) {
        counts.merge(c, 1, Integer::sum);
      }
    }
    for (Seen s : seen) {
      Set<String> flagged = s.pairs().isEmpty() ? Set.of() : new HashSet<>(); // most sentences name no pair
      for (Pair p : s.pairs()) {
        String msg = pairProblem(ctx, s, p, byParagraph.get(s.paragraph()));
        if (msg != null && flagged.add(p.a() + p.b())) {
          out.add(new AuditFinding(id(), Severity.WARNING, s.line(), excerpt(s), msg));
        }
      }
      if (s.claims() > 0 && flagged.isEmpty() && s.countries().stream().noneMatch(dyad::contains)) {
        for (String c : new HashSet<>(s.countries())) {
          if (!discussed(c)) {
            out.add(new AuditFinding(id(), Severity.WARNING, s.line(), excerpt(s), "figures here are about "
                + ctx.countryName(c) + ", which is outside the dyad " + ctx.dyadName()
                + " and not otherwise discussed in the report (" + times(c) + ")"));
            break;
          }
        }
      }
    }
  }

  private String pairProblem(AuditContext ctx, Seen s, Pair p, Map<String, Integer> paragraph) {
    if (s.heading()) {
      return null;
    }
    boolean aIn = dyad.contains(p.a());
    boolean bIn = dyad.contains(p.b());
    if (aIn && bIn) {
      return null;
    }
    String na = ctx.countryName(p.a());
    String nb = ctx.countryName(p.b());
    if (!aIn && !bIn) {
      // A pair of outside actors the report discusses elsewhere is context ("tensions between China
      // and India"); a pair it never discusses stands where the dyad should.
      // Nor is it a slip for the dyad when the same sentence names the dyad too ("from Kyrgyzstan
      // and Tajikistan to Afghanistan and Pakistan").
      if (p.inList() || discussed(p.a()) || discussed(p.b()) || s.countries().containsAll(List.of(dyad.first(), dyad.second()))) {
        return null;
      }
      return na + " and " + nb + " are named as a pair, but neither is in the dyad " + ctx.dyadName()
          + " and the report does not otherwise discuss them (" + na + ": " + times(p.a()) + ", " + nb + ": "
          + times(p.b()) + "); " + ctx.countryName(dyad.first()) + " and " + ctx.countryName(dyad.second())
          + " meant?";
    }
    if (p.inList()) {
      return null;
    }
    String inside = aIn ? p.a() : p.b();
    String outside = aIn ? p.b() : p.a();
    String other = inside.equals(dyad.first()) ? dyad.second() : dyad.first();
    int outsideHere = paragraph.getOrDefault(outside, 0);
    long outsideInSentence = s.discussing().stream().filter(outside::equals).count();
    int otherHere = paragraph.getOrDefault(other, 0);
    boolean otherInSentence = s.countries().contains(other);
    // The paragraph is about the dyad when it names the other dyad country; a one-sentence
    // paragraph (a wire's) is, when the report discusses that country and names the outside one
    // in this sentence alone.
    boolean aboutDyad = otherHere > 0 || discussed(other) && !inHeadings.contains(outside)
        && sentencesDiscussing.getOrDefault(outside, 0) == 1;
    // "a pipeline between India and Bhutan ... into Nepal": a pair named with "between", of an
    // outside country the report discusses nowhere else, is a slip even beside the other dyad country.
    boolean slipBeside = p.between() && sentencesDiscussing.getOrDefault(outside, 0) == 1 && !inHeadings.contains(outside);
    if (outsideHere > outsideInSentence || otherInSentence && !slipBeside || !aboutDyad) {
      return null;
    }
    return na + " and " + nb + " are named as a pair in a paragraph about " + ctx.countryName(dyad.first()) + " and "
        + ctx.countryName(dyad.second()) + " that names " + ctx.countryName(outside) + " nowhere else; "
        + ctx.countryName(inside) + " and " + ctx.countryName(other) + " meant?";
  }

  private String excerpt(Seen s) {
    return Excerpts.of(layout.text(s.sentence()));
  }

  private String times(String code) {
    int n = sentencesNaming.getOrDefault(code, 0);
    return n == 1 ? "1 sentence" : n + " sentences";
  }
}
