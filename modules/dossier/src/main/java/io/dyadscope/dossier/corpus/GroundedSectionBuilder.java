package io.dyadscope.dossier.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the grounded qualitative section from coded passages. Pure: the caller (the application
 * layer) reads the corpus and passes the passages that count (human codings where a person coded).
 *
 * <p>The strongest excerpts of a theme are chosen by: coded by a person before coded by rule; then
 * read through more lenses; then newer documents; then document id and position, so the choice is
 * stable. Each quoted excerpt gets a ref ({@code P1}, {@code P2}, ...) in order of appearance; a
 * lens cites the quoted excerpts coded with it. A passage (or the same words elsewhere) is quoted
 * once in the section, under the first theme whose excerpts it is among.
 */
public final class GroundedSectionBuilder {

  /** Said when the corpus is empty. */
  public static final String HOW_TO_ADD = "No documents are in the corpus yet. Add texts with"
      + " 'dyadscope import documents PATH... --kind KIND' (or --manifest CSV), code them with 'dyadscope code --auto'"
      + " or by hand ('dyadscope code DOC --chars FROM-TO --code ID --coder NAME'), and build the dossier again.";

  /** How a whole sentence ends: a full stop, question or exclamation mark, perhaps inside quotes or brackets. */
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?][\"'\u201d\u2019)\\]]*$");

  private final int excerptsPerTheme;

  public GroundedSectionBuilder(int excerptsPerTheme) {
    if (excerptsPerTheme < 1) {
      throw new IllegalArgumentException("excerpts per theme must be at least 1, not " + excerptsPerTheme);
    }
    this.excerptsPerTheme = excerptsPerTheme;
  }

  /**
   * @param documents number of documents in the corpus
   * @param passages  coded passages of every theme and lens
   */
  public GroundedSection build(int documents, List<CodeLabel> themes, List<CodeLabel> lenses,
      List<CodedPassage> passages) {
    if (documents == 0) {
      return new GroundedSection(0, 0, List.of(), List.of(), HOW_TO_ADD);
    }
    Set<String> lensIds = new HashSet<>();
    lenses.forEach(l -> lensIds.add(l.id()));
    List<CodedPassage> lensPassages = passages.stream().filter(p -> lensIds.contains(p.codeId())).toList();
    List<ThemeGrounding> out = new ArrayList<>();
    Map<String, List<String>> refsByLens = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> themeCountsByLens = new LinkedHashMap<>();
    lenses.forEach(l -> {
      refsByLens.put(l.id(), new ArrayList<>());
      themeCountsByLens.put(l.id(), new LinkedHashMap<>());
    });
    int themePassages = 0;
    int ref = 1;
    Set<String> quoted = new HashSet<>();   // a passage is quoted once, under the first theme that ranks it
    for (CodeLabel theme : themes) {
      List<CodedPassage> mine = passages.stream().filter(p -> p.codeId().equals(theme.id())).toList();
      themePassages += mine.size();
      Map<String, Integer> byLens = new LinkedHashMap<>();
      lenses.forEach(l -> byLens.put(l.id(), 0));
      Map<CodedPassage, List<String>> lensesOf = new LinkedHashMap<>();
      for (CodedPassage p : mine) {
        List<String> ls = new ArrayList<>();
        for (CodeLabel l : lenses) {
          if (lensPassages.stream().anyMatch(q -> q.codeId().equals(l.id()) && q.overlaps(p))) {
            ls.add(l.id());
            byLens.merge(l.id(), 1, Integer::sum);
            themeCountsByLens.get(l.id()).merge(theme.id(), 1, Integer::sum);
          }
        }
        lensesOf.put(p, ls);
      }
      List<CodedPassage> ranked = new ArrayList<>(mine);
      ranked.sort(Comparator.comparing((CodedPassage p) -> p.human() ? 0 : 1)
          .thenComparing(p -> -lensesOf.get(p).size())
          .thenComparing(CodedPassage::date, Comparator.reverseOrder())
          .thenComparing(CodedPassage::documentId).thenComparingInt(CodedPassage::start));
      List<GroundedExcerpt> excerpts = new ArrayList<>();
      for (CodedPassage p : ranked) {
        if (excerpts.size() == excerptsPerTheme) {
          break;
        }
        String at = p.documentId() + ":" + p.start() + ":" + p.end();
        String text = "text:" + p.text().strip().replaceAll("\\s+", " ");
        if (quoted.contains(at) || quoted.contains(text) || !SENTENCE_END.matcher(p.text().strip()).find()) {
          continue;   // quoted already, or a heading rather than a sentence
        }
        quoted.add(at);
        quoted.add(text);
        GroundedExcerpt e = new GroundedExcerpt("P" + ref++, p, lensesOf.get(p));
        excerpts.add(e);
        e.lenses().forEach(l -> refsByLens.get(l).add(e.ref()));
      }
      long docs = mine.stream().map(CodedPassage::documentId).distinct().count();
      out.add(new ThemeGrounding(theme, mine.size(), (int) docs, byLens, excerpts));
    }
    List<LensDiscussion> discussions = new ArrayList<>();
    for (CodeLabel l : lenses) {
      Map<String, Integer> counts = themeCountsByLens.get(l.id());
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      List<String> leading = counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey).toList();
      discussions.add(new LensDiscussion(l, total, leading, refsByLens.get(l.id())));
    }
    return new GroundedSection(documents, themePassages, out, discussions, "");
  }
}
