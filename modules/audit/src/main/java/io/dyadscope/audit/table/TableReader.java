package io.dyadscope.audit.table;

import io.dyadscope.evidence.Units;
import io.dyadscope.evidence.Units.Dimension;
import io.dyadscope.evidence.Units.Unit;
import io.dyadscope.audit.Claim;
import io.dyadscope.audit.extract.OpenQuantity;
import io.dyadscope.audit.extract.Amount;
import io.dyadscope.audit.extract.AmountReader;
import io.dyadscope.audit.extract.Initiatives;
import io.dyadscope.audit.extract.Lexicon;
import io.dyadscope.audit.extract.Mention;
import io.dyadscope.audit.extract.Places;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.audit.text.Text;
import io.dyadscope.audit.text.Token;
import io.dyadscope.audit.text.Tokenizer;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.IndicatorCatalogue;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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

  static final Pattern NUMBER_CELL = Pattern.compile(
      "([+\\-−–]?)(US\\$|\\$)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(%?)[,;]?");
  static final Pattern MISSING_CELL = Pattern.compile("(?i)n/?a|n\\.a\\.?|-|–|—|\\.\\.|…|x");
  static final Pattern PART = Pattern.compile(
      "([\\p{L}][\\p{L}.'’ -]{0,40}?)\\s*:\\s*([+\\-−–]?\\d[\\d,]*(?:\\.\\d+)?\\s?%?)");
  private static final Pattern CAPTION_YEAR = Pattern.compile("\\(([^()]*)\\)");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:1[89]|2[01])\\d\\d)(?![\\d.,%])");
  private static final Pattern PROJECTED = Pattern.compile(
      "(?i)\\b(projected|projection|projections|forecasts?|expected|outlook|scenario|estimated future)\\b");
  private static final Pattern PARTIAL = Pattern.compile(
      "(?i)\\b(major|main|top|selected|leading|largest|principal|key|some|other than)\\b");
  static final Pattern GARBLE = Pattern.compile("[^\\p{L}\\p{N}\\s().,%/&'’-]");
  private static final Pattern CAPTION_IN_YEAR = Pattern.compile(
      "(?i)\\b(?:in|for|during)\\s+((?:1[89]|2[01])\\d\\d)\\b(?![-–])");
  private static final Pattern MONEY = Pattern.compile("(?i)\\busd\\b|us\\$|\\$|\\bdollars?\\b");
  private static final Pattern SCALE = Pattern.compile("(?i)\\b(thousands?|millions?|billions?|trillions?|mn|bn)\\b");
  private static final Pattern PERCENT = Pattern.compile("(?i)%|\\b(percent|percentage|per cent|share)\\b");
  private static final Pattern COUNT = Pattern.compile("(?i)\\b(number|count|persons|people)\\b");
  static final Pattern TRADE_PARTY = Pattern.compile(
      "(?i)\\b(from|to|into)\\s+(\\p{Lu}[\\p{L}'’]+(?:\\s+\\p{Lu}[\\p{L}]+)?)");
  private static final Pattern LEADING_ACRONYM = Pattern.compile("^([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)\\b");

  private final Lines lines;
  private final Lexicon lexicon;
  private final IndicatorCatalogue catalogue;
  private final Places places;
  private final Initiatives initiatives;
  private int numbersFound;
  private int numbersTied;
  private final List<String> unmapped = new ArrayList<>();
  private final ColumnNames names;
  private final CellClaims claims;
  private boolean initiativeLabels;

  public TableReader(Lines lines, Dyad dyad, Lexicon lexicon, IndicatorCatalogue catalogue, Places places,
      Initiatives initiatives) {
    this.lines = lines;
    this.lexicon = lexicon;
    this.names = new ColumnNames(dyad, lexicon, catalogue, places, initiatives);
    this.catalogue = catalogue;
    this.places = places;
    this.initiatives = initiatives;
    this.claims = new CellClaims(lines, dyad, catalogue, places);
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

  /** Caption facts. */
  record Caption(String text, Period period, Status status, Unit unit, Set<String> families,
      List<String> countries, String indicator) {}

  /** Reads the table at {@code region}. */
  public TextTable read(TableRegion region) {
    Caption cap = caption(region);
    if (!region.hasBody()) {
      return new TextTable(region, cap.text, List.of(), List.of(), List.of(), cap.period, cap.status);
    }
    GridTables.Read grid = region.grid()
        ? GridTables.read(lines, region, h -> names.columnIndicator(h, cap.families()) != null) : null;
    List<RawRow> raw = grid != null ? grid.rows() : RawRow.read(lines, region);
    boolean hasLabel = grid != null || raw.stream().anyMatch(r -> !r.label.isEmpty());
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
    String[] headers = grid != null ? grid.headers()
        : new HeaderSplitter(lexicon, places.gazetteer()).split(headerLines, roleArray);
    List<TextTable.Column> columns = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int c = 0; c < roleArray.length; c++) {
      String ind = roleArray[c] == TextTable.Role.NUMBER || roleArray[c] == TextTable.Role.PARTS
          ? names.columnIndicator(headers[c], cap.families()) : null;
      if (ind != null) {
        used.add(ind);
      }
      String bare = HeaderSplitter.withoutParentheses(headers[c]);
      Period period = Text.year(bare) ? Period.ofYear(Integer.parseInt(bare)) : null;
      columns.add(new TextTable.Column(c, headers[c], roleArray[c], ind, names.headerEntity(headers[c]), period,
          PARTIAL.matcher(headers[c]).find()));
    }
    names.resolveGarbled(columns, used);
    java.util.Map<Integer, String> apart = ColumnNames.distinct(columns, "Table " + region.number());
    unmapped.addAll(apart.values());
    for (TextTable.Column col : columns) {
      if (ownQuantity(col) && !apart.containsKey(col.index()) && (grid != null || raw.stream().noneMatch(rr -> labelIndicator(rr.label) != null))) {
        unmapped.add("Table " + region.number() + ": column '" + col.header().strip() + "' names no quantity of the"
            + " lexicon; its numbers were not checked");
      }
    }
    // Units and status per column, read once: every cell of a column shares them.
    Unit[] units = new Unit[columns.size()];
    String[] currencies = new String[columns.size()];
    boolean[] headerUnit = new boolean[columns.size()];
    Status[] statuses = new Status[columns.size()];
    String captionCurrency = null; // the caption's, worked out once for the table when a column needs it
    for (TextTable.Column col : columns) {
      Unit u = unitOf(col.header());
      units[col.index()] = u != null ? u : cap.unit;
      String named = AmountReader.currencyOf(col.header());
      if (u == null && named.isEmpty() && captionCurrency == null) {
        captionCurrency = AmountReader.currencyOf(cap.text);
      }
      currencies[col.index()] = u != null || !named.isEmpty() ? named : captionCurrency;
      headerUnit[col.index()] = u != null;
      statuses[col.index()] = PROJECTED.matcher(col.header()).find() ? Status.PROJECTION : cap.status;
    }
    // A grid column headed "Initiative" names initiatives, whether or not the text spells them out.
    initiativeLabels = grid != null && Initiatives.namesInitiatives(headers[0]);
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
        // A row label's unit ("Positive view (%)") serves columns whose header names none.
        Unit labelUnit = headerUnit[col.index()] ? null : unitOf(rr.label);
        Amount a = labelUnit != null ? CellAmounts.of(text, labelUnit, AmountReader.currencyOf(rr.label))
            : CellAmounts.of(text, units[col.index()], currencies[col.index()]);
        // In a grid every column is its own: a row label naming a quantity does not make an
        // unknown column ("Published", "Passed on") that quantity.
        // Such a column is its own quantity: an open one, compared only with the report's own figures;
        // a column set apart from another of the same indicator is not read at all.
        Claim claim = a == null || apart.containsKey(col.index()) ? null
            : ownQuantity(col) && (row.indicator() == null || grid != null)
            ? claims.openClaim(region, cap, col, rowStatus(rr, statuses[col.index()]), row, rr, text, a)
            : claims.claim(region, cap, col, rowStatus(rr, statuses[col.index()]), row, rr, text, a, null);
        if (claim != null && !OpenQuantity.isOpen(claim.indicator())) {
          numbersTied++;
        }
        cells.add(new TextTable.Cell(r, col.index(), "", text, a, claim));
      }
      if (!rr.parts.isEmpty()) {
        TextTable.Column col = columns.get(hasLabel ? 1 + numbers : numbers);
        for (String[] part : rr.parts) {
          numbersFound++;
          Amount a = CellAmounts.of(part[1], units[col.index()]);
          String code = names.partEntity(part[0]);
          Claim claim = a == null || code == null ? null
              : claims.claim(region, cap, col, rowStatus(rr, statuses[col.index()]), row, rr, part[1], a, code);
          if (claim != null && !OpenQuantity.isOpen(claim.indicator())) {
            numbersTied++;
          }
          cells.add(new TextTable.Cell(r, col.index(), part[0], part[1], a, claim));
        }
      }
    }
    return new TextTable(region, cap.text, columns, rows, cells, cap.period, cap.status);
  }

  /** A grid row's status: "2024 projection", "2023 expected" say it; else its column's. */
  private static Status rowStatus(RawRow rr, Status column) {
    return PROJECTED.matcher(rr.when).find() ? Status.PROJECTION : column;
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
    if (region.grid() && !m.matches()) {
      text = ""; // a grid without a caption: its header row says what it holds
    } else if (m.matches()) {
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
    if (MONEY.matcher(text).find() || !AmountReader.currencyOf(text).isEmpty()) {
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

  private TextTable.Row row(int index, RawRow rr, Caption cap) {
    boolean yearLabel = Text.year(rr.label);
    Integer when = GridTables.year(rr.when);
    Period period = yearLabel ? Period.ofYear(Integer.parseInt(rr.label)) : when != null ? Period.ofYear(when) : null;
    StringBuilder all = new StringBuilder(rr.label);
    List<Integer> extra = new ArrayList<>(rr.extra);
    extra.sort(null);
    for (int e : extra) {
      all.append(' ').append(lines.line(e).strip());
    }
    all.append(' ').append(rr.trailing);
    String entity = null;
    if (!yearLabel) {
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
        if (a.find() && (initiativeLabels || initiatives.contains(a.group(1)))) {
          entity = a.group(1);
        }
      }
    }
    String indicator = yearLabel ? null : labelIndicator(rr.label);
    return new TextTable.Row(index, rr.line, rr.label, period, entity, indicator);
  }

  private String labelIndicator(String label) {
    String bare = names.withoutCountries(HeaderSplitter.withoutParentheses(label));
    Lexicon.Match best = null;
    for (Lexicon.Match m : lexicon.find(Tokenizer.tokens(bare))) {
      if (best == null || m.words() > best.words()) {
        best = m;
      }
    }
    return best == null ? null : best.indicator();
  }
}
