package io.dyadscope.audit.table;

import io.dyadscope.evidence.Units;
import io.dyadscope.evidence.Units.Dimension;
import io.dyadscope.evidence.Units.Unit;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.PeriodBasis;
import io.dyadscope.audit.Qualifier;
import io.dyadscope.audit.extract.Amount;
import io.dyadscope.audit.extract.Excerpts;
import io.dyadscope.audit.extract.Initiatives;
import io.dyadscope.audit.extract.Lexicon;
import io.dyadscope.audit.extract.Mention;
import io.dyadscope.audit.extract.Places;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Family;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text table found by {@link TableFinder} into rows, columns and the claims its
 * cells make.
 *
 * <p>Rows are the lines that hold numbers; lines between them (wrapped labels such as
 * "Corridor (CPEC)") belong to the nearer row, the one above on a tie. A row is a label (words or
 * a year), a run of number cells (where {@code N/A} or a dash is a missing number), an optional
 * breakdown cell ({@code KP: 60%, Punjab: 20%}) and optional trailing words. Columns map to
 * indicators through the lexicon, rows to periods (year labels) or entities (initiatives,
 * countries, provinces); the caption gives the period ("(2024)"), the status ("Projected ...")
 * and the unit ("Values in USD Millions") where the columns do not.
 */
public final class TableReader {

  private static final Pattern NUMBER_CELL = Pattern.compile(
      "([+\\-−–]?)(US\\$|\\$)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(%?)[,;]?");
  private static final Pattern MISSING_CELL = Pattern.compile("(?i)n/?a|n\\.a\\.?|-|–|—|\\.\\.|…|x");
  private static final Pattern PART = Pattern.compile(
      "([\\p{L}][\\p{L}.'’ -]{0,40}?)\\s*:\\s*([+\\-−–]?\\d[\\d,]*(?:\\.\\d+)?\\s?%?)");
  private static final Pattern CAPTION_YEAR = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:1[89]|2[01])\\d\\d)(?![\\d.,%])");
  private static final Pattern PROJECTED = Pattern.compile(
      "(?i)\\b(projected|projection|projections|forecasts?|expected|outlook|scenario|estimated future)\\b");
  private static final Pattern PARTIAL = Pattern.compile(
      "(?i)\\b(major|main|top|selected|leading|largest|principal|key|some|other than)\\b");
  private static final Pattern GARBLE = Pattern.compile("[^\\p{L}\\p{N}\\s().,%/&'’-]");
  private static final Pattern CAPTION_IN_YEAR = Pattern.compile(
      "(?i)\\b(?:in|for|during)\\s+((?:1[89]|2[01])\\d\\d)\\b(?![-–])");
  private static final Pattern MONEY = Pattern.compile("(?i)\\busd\\b|us\\$|\\$|\\bdollars?\\b");
  private static final Pattern SCALE = Pattern.compile("(?i)\\b(thousands?|millions?|billions?|trillions?|mn|bn)\\b");
  private static final Pattern PERCENT = Pattern.compile("(?i)%|\\b(percent|percentage|per cent|share)\\b");
  private static final Pattern COUNT = Pattern.compile("(?i)\\b(number|count|persons|people)\\b");
  private static final Pattern TRADE_PARTY = Pattern.compile(
      "(?i)\\b(from|to|into)\\s+(\\p{Lu}[\\p{L}'’]+(?:\\s+\\p{Lu}[\\p{L}]+)?)");
  private static final Pattern LEADING_ACRONYM = Pattern.compile("^([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)\\b");

  private final Lines lines;
  private final Dyad dyad;
  private final Lexicon lexicon;
  private final IndicatorCatalogue catalogue;
  private final Places places;
  private final Initiatives initiatives;
  private int numbersFound;
  private int numbersTied;
  private final List<String> unmapped = new ArrayList<>();

  public TableReader(Lines lines, Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue, Places places,
      Initiatives initiatives) {
    this.lines = lines;
    this.dyad = dyad;
    this.lexicon = lexicon;
    this.catalogue = catalogue;
    this.places = places;
    this.initiatives = initiatives;
  }

  /** Numbers seen in table cells so far (years labelling rows are not counted). */
  public int numbersFound() {
    return numbersFound;
  }

  /**
   * Coverage notes on the columns whose header no lexicon phrase names: each stays its own
   * quantity, so its numbers are not taken for the caption's and go unchecked.
   */
  public List<String> unmappedHeaders() {
    return List.copyOf(unmapped);
  }

  /** Numbers tied to an indicator so far. */
  public int numbersTied() {
    return numbersTied;
  }

  /** A raw row: its number line, the lines wrapped around it, and its cells. */
  private static final class RawRow {
    final int line;
    final List<Integer> extra = new ArrayList<>();
    String label = "";
    final List<String> numbers = new ArrayList<>();
    final List<String[]> parts = new ArrayList<>();
    String trailing = "";

    RawRow(int line) {
      this.line = line;
    }
  }

  /** Caption facts. */
  private record Caption(String text, Period period, Status status, Unit unit, Set<String> families,
      List<String> countries, String indicator) {}

  /** Reads the table at {@code region}. */
  public TextTable read(TableRegion region) {
    Caption cap = caption(region);
    if (!region.hasBody()) {
      return new TextTable(region, cap.text, List.of(), List.of(), List.of(), cap.period, cap.status);
    }
    List<RawRow> raw = rows(region);
    boolean hasLabel = raw.stream().anyMatch(r -> !r.label.isEmpty());
    int numbers = 0;
    for (RawRow r : raw) {
      numbers = Math.max(numbers, r.numbers.size());
    }
    boolean hasParts = raw.stream().anyMatch(r -> !r.parts.isEmpty());
    boolean hasText = raw.stream().anyMatch(r -> !r.trailing.isEmpty());
    List<TextTable.Role> roles = new ArrayList<>();
    if (hasLabel) {
      roles.add(TextTable.Role.LABEL);
    }
    for (int i = 0; i < numbers; i++) {
      roles.add(TextTable.Role.NUMBER);
    }
    if (hasParts) {
      roles.add(TextTable.Role.PARTS);
    }
    if (hasText) {
      roles.add(TextTable.Role.TEXT);
    }
    List<String> headerLines = new ArrayList<>();
    if (region.headerFirst() > 0) {
      for (int i = region.headerFirst(); i <= region.headerLast(); i++) {
        if (!lines.line(i).isBlank()) {
          headerLines.add(lines.line(i));
        }
      }
    }
    TextTable.Role[] roleArray = roles.toArray(new TextTable.Role[0]);
    String[] headers = new HeaderSplitter(lexicon, places.gazetteer()).split(headerLines, roleArray);
    List<TextTable.Column> columns = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int c = 0; c < roleArray.length; c++) {
      String ind = roleArray[c] == TextTable.Role.NUMBER || roleArray[c] == TextTable.Role.PARTS
          ? columnIndicator(headers[c], cap) : null;
      if (ind != null) {
        used.add(ind);
      }
      String bare = HeaderSplitter.withoutParentheses(headers[c]);
      Period period = Text.year(bare) ? Period.ofYear(Integer.parseInt(bare)) : null;
      columns.add(new TextTable.Column(c, headers[c], roleArray[c], ind, headerEntity(headers[c]), period,
          PARTIAL.matcher(headers[c]).find()));
    }
    resolveGarbled(columns, used);
    for (TextTable.Column col : columns) {
      if (ownQuantity(col) && raw.stream().noneMatch(rr -> labelIndicator(rr.label) != null)) {
        unmapped.add("Table " + region.number() + ": column '" + col.header().strip() + "' names no quantity of the"
            + " lexicon; its numbers were not checked");
      }
    }
    // Units and status per column, read once: every cell of a column shares them.
    Unit[] units = new Unit[columns.size()];
    Status[] statuses = new Status[columns.size()];
    for (TextTable.Column col : columns) {
      Unit u = unitOf(col.header());
      units[col.index()] = u != null ? u : cap.unit;
      statuses[col.index()] = PROJECTED.matcher(col.header()).find() ? Status.PROJECTION : cap.status;
    }
    List<TextTable.Row> rows = new ArrayList<>();
    List<TextTable.Cell> cells = new ArrayList<>();
    for (int r = 0; r < raw.size(); r++) {
      RawRow rr = raw.get(r);
      TextTable.Row row = row(r, rr, cap);
      rows.add(row);
      int c = hasLabel ? 1 : 0;
      for (int i = 0; i < rr.numbers.size(); i++, c++) {
        String text = rr.numbers.get(i);
        if (MISSING_CELL.matcher(text).matches()) {
          continue;
        }
        numbersFound++;
        TextTable.Column col = columns.get(Math.min(c, columns.size() - 1));
        Amount a = amount(text, units[col.index()]);
        Claim claim = a == null || ownQuantity(col) && row.indicator() == null ? null
            : claim(region, cap, col, statuses[col.index()], row, rr, text, a, null);
        if (claim != null) {
          numbersTied++;
        }
        cells.add(new TextTable.Cell(r, col.index(), "", text, a, claim));
      }
      if (!rr.parts.isEmpty()) {
        TextTable.Column col = columns.get(hasLabel ? 1 + numbers : numbers);
        for (String[] part : rr.parts) {
          numbersFound++;
          Amount a = amount(part[1], units[col.index()]);
          String code = partEntity(part[0]);
          Claim claim = a == null || code == null ? null
              : claim(region, cap, col, statuses[col.index()], row, rr, part[1], a, code);
          if (claim != null) {
            numbersTied++;
          }
          cells.add(new TextTable.Cell(r, col.index(), part[0], part[1], a, claim));
        }
      }
    }
    return new TextTable(region, cap.text, columns, rows, cells, cap.period, cap.status);
  }

  /**
   * A number column with a header of its own that the lexicon does not know ("Clashes"): its own
   * quantity, never the caption's (which would make it the total and its parts contradictions).
   */
  private static boolean ownQuantity(TextTable.Column col) {
    if (col.role() != TextTable.Role.NUMBER || col.indicator() != null || col.period() != null
        || col.entity() != null) {
      return false;
    }
    String bare = HeaderSplitter.withoutParentheses(col.header()).strip();
    return bare.chars().filter(Character::isLetter).count() >= 3;
  }

  // ---------------------------------------------------------------- caption

  private Caption caption(TableRegion region) {
    StringBuilder sb = new StringBuilder();
    for (int i = region.captionFirst(); i <= region.captionLast(); i++) {
      sb.append(lines.line(i).strip()).append(' ');
    }
    Matcher m = TableFinder.CAPTION.matcher(lines.line(region.captionFirst()));
    String text = sb.toString().strip();
    if (m.matches()) {
      text = (m.group(2) + " " + sb.substring(lines.line(region.captionFirst()).strip().length()).strip()).strip();
    }
    Period period = null;
    Matcher p = CAPTION_YEAR.matcher(text);
    while (p.find() && period == null) {
      Matcher y = YEAR.matcher(p.group(1));
      List<String> years = new ArrayList<>();
      while (y.find()) {
        years.add(y.group(1));
      }
      if (years.size() == 1 && p.group(1).strip().split("\\s+").length <= 3) {
        period = Period.ofYear(Integer.parseInt(years.get(0)));
      }
    }
    if (period == null) {
      Matcher y = CAPTION_IN_YEAR.matcher(text);
      if (y.find()) {
        period = Period.ofYear(Integer.parseInt(y.group(1)));
      }
    }
    Status status = PROJECTED.matcher(text).find() ? Status.PROJECTION : Status.REPORTED;
    List<Token> tokens = Tokenizer.tokens(text);
    Set<String> families = new LinkedHashSet<>();
    Set<String> indicators = new LinkedHashSet<>();
    for (Lexicon.Match lm : lexicon.find(tokens)) {
      catalogue.find(lm.indicator()).ifPresent(i -> {
        families.add(i.family().name());
        indicators.add(i.id());
      });
    }
    List<String> countries = new ArrayList<>();
    for (Mention c : places.countries(tokens, text)) {
      if (!countries.contains(c.code())) {
        countries.add(c.code());
      }
    }
    return new Caption(text, period, status, unitOf(text), families, countries,
        indicators.size() == 1 ? indicators.iterator().next() : null);
  }

  /** The unit a caption or header names: "USD Millions", "(%)", "Number of ...". */
  static Unit unitOf(String text) {
    if (MONEY.matcher(text).find()) {
      double scale = 1;
      Matcher s = SCALE.matcher(text);
      if (s.find()) {
        scale = Units.scaleWord(s.group(1));
      }
      return new Unit(Dimension.MONEY, scale);
    }
    if (PERCENT.matcher(text).find()) {
      return new Unit(Dimension.PERCENT, 1);
    }
    if (COUNT.matcher(text).find()) {
      return new Unit(Dimension.COUNT, 1);
    }
    return null;
  }

  // ---------------------------------------------------------------- rows

  private List<RawRow> rows(TableRegion region) {
    List<RawRow> rows = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int i = region.bodyFirst(); i <= region.bodyLast(); i++) {
      String l = lines.line(i);
      if (l.isBlank()) {
        continue;
      }
      if (TableFinder.isDataRow(l)) {
        rows.add(parse(i, l));
      } else {
        others.add(i);
      }
    }
    // A wrapped line belongs to the nearer row, the one above on a tie.
    for (int o : others) {
      RawRow best = null;
      int bestD = Integer.MAX_VALUE;
      for (RawRow r : rows) {
        int d = Math.abs(r.line - o);
        if (d < bestD || d == bestD && r.line < o) {
          best = r;
          bestD = d;
        }
      }
      if (best != null) {
        best.extra.add(o);
      }
    }
    return rows;
  }

  private static RawRow parse(int line, String text) {
    RawRow r = new RawRow(line);
    String rest = text.strip();
    Matcher pm = PART.matcher(rest);
    List<String[]> parts = new ArrayList<>();
    int first = -1;
    int last = -1;
    while (pm.find()) {
      parts.add(new String[] {pm.group(1).strip(), pm.group(2).replace(" ", "")});
      if (first < 0) {
        first = pm.start();
      }
      last = pm.end();
    }
    if (parts.size() >= 2) {
      r.parts.addAll(parts);
      rest = (rest.substring(0, first) + " " + rest.substring(last).replaceFirst("^[,;\\s]+", "")).strip();
    }
    String[] chunks = Text.words(rest).toArray(new String[0]);
    int i = 0;
    StringBuilder label = new StringBuilder();
    // A year first, with numbers after it, labels the row.
    if (chunks.length > 1 && Text.year(chunks[0]) && isCell(chunks[1])) {
      label.append(chunks[0]);
      i = 1;
    } else {
      while (i < chunks.length && !(NUMBER_CELL.matcher(chunks[i]).matches()
          || MISSING_CELL.matcher(chunks[i]).matches() && i + 1 < chunks.length && isCell(chunks[i + 1]))) {
        label.append(label.length() > 0 ? " " : "").append(chunks[i]);
        i++;
      }
    }
    while (i < chunks.length && isCell(chunks[i])) {
      String cell = chunks[i];
      r.numbers.add(cell.endsWith(",") || cell.endsWith(";") ? cell.substring(0, cell.length() - 1) : cell);
      i++;
    }
    StringBuilder trailing = new StringBuilder();
    for (; i < chunks.length; i++) {
      trailing.append(trailing.length() > 0 ? " " : "").append(chunks[i]);
    }
    r.label = label.toString();
    r.trailing = trailing.toString();
    return r;
  }

  private static boolean isCell(String chunk) {
    return NUMBER_CELL.matcher(chunk).matches() || MISSING_CELL.matcher(chunk).matches();
  }

  private TextTable.Row row(int index, RawRow rr, Caption cap) {
    Period period = Text.year(rr.label) ? Period.ofYear(Integer.parseInt(rr.label)) : null;
    StringBuilder all = new StringBuilder(rr.label);
    List<Integer> extra = new ArrayList<>(rr.extra);
    extra.sort(null);
    for (int e : extra) {
      all.append(' ').append(lines.line(e).strip());
    }
    all.append(' ').append(rr.trailing);
    String entity = null;
    if (period == null) {
      List<Token> tokens = Tokenizer.tokens(all.toString());
      List<Mention> inits = initiatives.find(tokens);
      if (!inits.isEmpty()) {
        entity = inits.get(0).code();
      }
      if (entity == null) {
        List<Token> labelTokens = Tokenizer.tokens(rr.label);
        List<Mention> provs = places.provinces(labelTokens, rr.label);
        List<Mention> countries = places.countries(labelTokens, rr.label);
        entity = !provs.isEmpty() ? provs.get(0).code() : !countries.isEmpty() ? countries.get(0).code() : null;
      }
      if (entity == null) {
        // "TAPI Gas Pipeline": a row label that starts with an acronym names an initiative.
        Matcher a = LEADING_ACRONYM.matcher(rr.label);
        if (a.find() && initiatives.contains(a.group(1))) {
          entity = a.group(1);
        }
      }
    }
    String indicator = period == null ? labelIndicator(rr.label) : null;
    return new TextTable.Row(index, rr.line, rr.label, period, entity, indicator);
  }

  private String labelIndicator(String label) {
    String bare = withoutCountries(HeaderSplitter.withoutParentheses(label));
    Lexicon.Match best = null;
    for (Lexicon.Match m : lexicon.find(Tokenizer.tokens(bare))) {
      if (best == null || m.words() > best.words()) {
        best = m;
      }
    }
    return best == null ? null : best.indicator();
  }

  // ---------------------------------------------------------------- columns

  private String columnIndicator(String header, Caption cap) {
    String bare = withoutCountries(HeaderSplitter.withoutParentheses(header));
    List<Lexicon.Match> matches = lexicon.find(Tokenizer.tokens(bare));
    Lexicon.Match best = null;
    for (Lexicon.Match m : matches) {
      if (best == null || m.words() > best.words() || m.words() == best.words() && inFamily(m, cap)
          && !inFamily(best, cap)) {
        best = m;
      }
    }
    if (best == null) {
      return null;
    }
    String id = best.indicator();
    // "Exports from Afghanistan to Pakistan" are the first country's imports.
    if (id.equals("trade.exports") || id.equals("trade.imports")) {
      Matcher from = TRADE_PARTY.matcher(header);
      while (from.find()) {
        boolean exporter = from.group(1).equalsIgnoreCase("from") == id.equals("trade.exports");
        String iso = places.gazetteer().byName(from.group(2)).map(c -> c.iso3()).orElse(null);
        if (exporter && dyad.second().equals(iso)) {
          return id.equals("trade.exports") ? "trade.imports" : "trade.exports";
        }
      }
    }
    return id;
  }

  private boolean inFamily(Lexicon.Match m, Caption cap) {
    return catalogue.find(m.indicator()).map(i -> cap.families.contains(i.family().name())).orElse(false);
  }

  private String headerEntity(String header) {
    String bare = HeaderSplitter.withoutParentheses(header);
    List<Token> tokens = Tokenizer.tokens(bare);
    List<Mention> c = places.countries(tokens, bare);
    if (c.size() == 1) {
      return c.get(0).code();
    }
    List<Mention> p = places.provinces(tokens, bare);
    if (p.size() == 1) {
      return p.get(0).code();
    }
    List<Mention> i = initiatives.find(tokens);
    return i.size() == 1 ? i.get(0).code() : null;
  }

  /**
   * A header damaged by OCR ("Cr(ﬁ;—:j(rsder") is read as the one unused indicator of the table's
   * family whose phrase shares its first two and last three letters ("cross-border").
   */
  private void resolveGarbled(List<TextTable.Column> columns, Set<String> used) {
    Set<Family> families = new HashSet<>();
    for (String u : used) {
      catalogue.find(u).ifPresent(i -> families.add(i.family()));
    }
    for (int c = 0; c < columns.size(); c++) {
      TextTable.Column col = columns.get(c);
      if (col.indicator() != null || col.role() != TextTable.Role.NUMBER) {
        continue;
      }
      String header = Normalizer.normalize(col.header(), Normalizer.Form.NFKC);
      if (!GARBLE.matcher(header).find()) {
        continue;
      }
      String skeleton = header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
      if (skeleton.length() < 5) {
        continue;
      }
      String found = null;
      String phrase = null;
      int candidates = 0;
      for (Lexicon.Entry e : lexicon.entries()) {
        Indicator ind = catalogue.find(e.indicator()).orElse(null);
        if (ind == null || used.contains(ind.id()) || !families.contains(ind.family())) {
          continue;
        }
        for (String word : e.phrase().toLowerCase(Locale.ROOT).split("\\s+")) {
          String w = word.replaceAll("[^\\p{L}]", "");
          if (w.length() >= 5 && skeleton.startsWith(w.substring(0, 2))
              && skeleton.endsWith(w.substring(w.length() - 3)) && Math.abs(w.length() - skeleton.length()) <= 3) {
            if (!ind.id().equals(found)) {
              candidates++;
              found = ind.id();
              phrase = e.phrase();
            }
          }
        }
      }
      if (candidates == 1) {
        used.add(found);
        columns.set(c, new TextTable.Column(col.index(), col.header() + " [read as '" + phrase + "']", col.role(),
            found, col.entity(), col.period(), col.partial()));
      }
    }
  }

  private String withoutCountries(String text) {
    StringBuilder out = new StringBuilder();
    for (String w : Text.words(text)) {
      String bare = Text.trimToLetters(w);
      if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && places.gazetteer().byName(bare).isPresent()) {
        continue;
      }
      out.append(out.length() > 0 ? " " : "").append(w);
    }
    return out.toString();
  }

  private String partEntity(String label) {
    List<Token> tokens = Tokenizer.tokens(label);
    List<Mention> p = places.provinces(tokens, label);
    if (!p.isEmpty()) {
      return p.get(0).code();
    }
    List<Mention> c = places.countries(tokens, label);
    if (!c.isEmpty()) {
      return c.get(0).code();
    }
    List<Mention> i = initiatives.find(tokens);
    return i.isEmpty() ? null : i.get(0).code();
  }

  // ---------------------------------------------------------------- cells

  /** A cell's number in base units, read with its column's unit (or null when it is not a number). */
  private static Amount amount(String text, Unit unit) {
    Matcher m = NUMBER_CELL.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    double sign = m.group(1).isEmpty() || m.group(1).equals("+") ? 1 : -1;
    String digits = m.group(3).replace(",", "") + (m.group(4) == null ? "" : m.group(4));
    int decimals = m.group(4) == null ? 0 : m.group(4).length() - 1;
    boolean percent = !m.group(5).isEmpty();
    boolean dollar = m.group(2) != null;
    Dimension kind;
    double scale = 1;
    String currency = "";
    if (percent || unit != null && unit.dimension() == Dimension.PERCENT) {
      kind = Dimension.PERCENT;
    } else if (dollar || unit != null && unit.dimension() == Dimension.MONEY) {
      kind = Dimension.MONEY;
      currency = "USD";
      scale = unit != null && unit.dimension() == Dimension.MONEY ? unit.factor() : 1;
    } else {
      kind = Dimension.COUNT;
    }
    double value = sign * Double.parseDouble(digits) * scale;
    double half = 0.5 * Math.pow(10, -decimals) * scale;
    return new Amount(value, half, kind, currency, scale > 1, Qualifier.EXACT, text, 0, 0);
  }

  private Claim claim(TableRegion region, Caption cap, TextTable.Column col, Status status, TextTable.Row row,
      RawRow rr, String text, Amount a, String partEntity) {
    String id = col.indicator() != null ? col.indicator() : row.indicator() != null ? row.indicator()
        : cap.indicator;
    if (id == null) {
      return null;
    }
    Indicator ind = catalogue.find(id).orElse(null);
    if (ind == null || !a.fits(ind.unit())) {
      return null;
    }
    String subject = subject(ind, col, row, cap, partEntity);
    if (subject == null) {
      return null;
    }
    Period period = row.period() != null ? row.period() : col.period() != null ? col.period() : cap.period;
    double v = Units.fromBase(a.value(), ind.unit());
    double lo = Units.fromBase(a.low(), ind.unit());
    double hi = Units.fromBase(a.high(), ind.unit());
    return new Claim(rr.line, Excerpts.of(lines.line(rr.line)), ind.id(), subject, period,
        period == null ? PeriodBasis.NONE : PeriodBasis.TABLE, v, Math.min(lo, v), Math.max(hi, v), ind.unit(),
        status, Qualifier.EXACT, text, "Table " + region.number());
  }

  private String subject(Indicator ind, TextTable.Column col, TextTable.Row row, Caption cap, String partEntity) {
    switch (ind.family()) {
      case CONNECTIVITY:
        return isInitiative(row.entity()) ? row.entity() : isInitiative(col.entity()) ? col.entity() : null;
      case OPINION:
        return isCountry(col.entity()) ? col.entity() : isCountry(row.entity()) ? row.entity() : null;
      case REFUGEES:
        if (ind.isShare()) {
          return partEntity != null ? partEntity : isProvince(row.entity()) ? row.entity() : null;
        }
        for (String c : cap.countries) {
          String name = places.gazetteer().byIso3(c).map(x -> x.name()).orElse("?");
          if (dyad.contains(c) && (cap.text.contains(" in " + name) || cap.text.contains(" to " + name)
              || cap.text.contains(" into " + name) || cap.text.contains(" by " + name))) {
            return c;
          }
        }
        return dyad.first();
      default:
        List<String> outside = cap.countries.stream().filter(c -> !dyad.contains(c)).toList();
        if (outside.isEmpty() || cap.countries.contains(dyad.first()) && cap.countries.contains(dyad.second())) {
          return dyad.id();
        }
        List<String> inDyad = cap.countries.stream().filter(dyad::contains).toList();
        return !inDyad.isEmpty() ? new Dyad(inDyad.get(0), outside.get(0)).id()
            : outside.size() > 1 ? new Dyad(outside.get(0), outside.get(1)).id() : outside.get(0);
    }
  }

  private boolean isInitiative(String code) {
    return code != null && !isCountry(code) && !isProvince(code);
  }

  private boolean isCountry(String code) {
    return code != null && code.length() == 3 && places.gazetteer().byIso3(code).isPresent();
  }

  private static boolean isProvince(String code) {
    return code != null && code.length() >= 4 && code.length() <= 6 && code.charAt(2) == '-'
        && Character.isUpperCase(code.charAt(0)) && Character.isUpperCase(code.charAt(1));
  }
}
