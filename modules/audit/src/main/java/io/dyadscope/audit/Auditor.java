package io.dyadscope.audit;

import io.dyadscope.audit.check.AuditContext;
import io.dyadscope.audit.check.ChangeStatementCheck;
import io.dyadscope.audit.check.Check;
import io.dyadscope.audit.check.ClaimIndex;
import io.dyadscope.audit.check.ContradictionCheck;
import io.dyadscope.audit.check.DataAgreementCheck;
import io.dyadscope.audit.check.Results;
import io.dyadscope.audit.check.ScopeCheck;
import io.dyadscope.audit.check.SelfReference;
import io.dyadscope.audit.check.TableArithmeticCheck;
import io.dyadscope.audit.check.TableTrendCheck;
import io.dyadscope.audit.check.TextDefectCheck;
import io.dyadscope.audit.check.TrendClaimCheck;
import io.dyadscope.audit.extract.Initiatives;
import io.dyadscope.audit.extract.Places;
import io.dyadscope.audit.extract.ProseReader;
import io.dyadscope.audit.table.TableFinder;
import io.dyadscope.audit.table.TableReader;
import io.dyadscope.audit.table.TableReading;
import io.dyadscope.audit.table.TableRegion;
import io.dyadscope.audit.table.TextTable;
import io.dyadscope.audit.text.Layout;
import io.dyadscope.audit.text.Lines;
import io.dyadscope.documents.SourceMap;
import io.dyadscope.evidence.AuditFinding;
import io.dyadscope.evidence.Observation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Audits a report like a linter: reads its claims (numbers with their quantity, subject, period
 * and status) from running text and tables, then runs every check on them. Pure: text in, report
 * out, no files; safe to call from several threads at once.
 *
 * <pre>{@code
 * AuditReport r = Auditor.audit(AuditInput.of("report.txt", text, Dyad.parse("PAK-AFG")));
 * String out = ReportFormat.TEXT.render(r, text);
 * }</pre>
 */
public final class Auditor {

  private Auditor() {}

  /** Audits {@code input}. */
  public static AuditReport audit(AuditInput input) {
    AuditOptions opts = input.options();
    Lines lines = Lines.of(input.text());
    // The whole-text scans that need only the lines (text defects, initiatives) run on other threads
    // meanwhile; their results are the same as when run here, and are used in the same order.
    TextDefectCheck defects = new TextDefectCheck(lines);
    defects.scanAhead(opts.gazetteer());
    CompletableFuture<Initiatives> scanning = CompletableFuture.supplyAsync(() -> Initiatives.scan(lines.text()));
    List<TableRegion> regions = TableFinder.find(lines);
    BitSet tableLines = TableFinder.mask(regions);
    BitSet rows = TableFinder.uncaptionedRows(lines, tableLines);
    BitSet notProse = (BitSet) tableLines.clone();
    notProse.or(rows);
    Places places = new Places(opts.gazetteer(), opts.provinces(), input.dyad());
    // The tables are read before the prose: a column a table keeps as its own quantity ("Attacks"
    // beside "Total incidents") is not the lexicon's quantity in the prose either. Another thread
    // starts on them once the initiatives are known; this one joins in once the layout is worked out.
    TableReading reading = new TableReading(regions, () -> new TableReader(lines, input.dyad(), opts.lexicon(),
        opts.catalogue(), places, join(scanning)));
    CompletableFuture<Void> helper = scanning.thenRunAsync(reading::readSome);
    Layout layout = Layout.of(lines, notProse);
    Initiatives initiatives = join(scanning);
    reading.readSome();
    join(helper);
    List<TextTable> tables = reading.tables();
    ScopeCheck scope = new ScopeCheck(input.dyad(), layout);
    TableTrendCheck tableTrends = new TableTrendCheck(lines);
    List<String> ownQuantities = new ArrayList<>();
    for (TextTable t : tables) {
      ownQuantities.addAll(t.ownQuantityHeaders(opts.lexicon()));
    }
    ProseReader.Result prose = ProseReader.read(layout, input.dyad(), opts.lexicon().without(ownQuantities),
        opts.catalogue(), places,
        initiatives, List.of(scope, defects, tableTrends));
    List<Claim> claims = new ArrayList<>(prose.claims());
    for (TextTable t : tables) {
      for (TextTable.Cell c : t.cells()) {
        if (c.claim() != null) {
          claims.add(c.claim());
        }
      }
    }
    claims.sort(Comparator.comparingInt(Claim::line));
    SelfReference.Split own = SelfReference.split(layout, input.documentSha256(), input.observations().stream()
        .filter(o -> o.dyad().equals(input.dyad().id())).toList(), input.sources());
    List<Observation> observations = own.independent();
    AuditContext ctx = new AuditContext(layout, input.dyad(), opts, List.copyOf(claims), new ClaimIndex(claims),
        tables, prose.changes(), prose.trends(), observations, input.sources());
    // The checks run in two halves side by side, each into results of its own, added in the checks'
    // order: the same as one after another, as no check reads another's results. The table trends
    // come last: they do read them.
    List<Check> first = List.of(defects, scope, new ContradictionCheck());
    List<Check> second = List.of(new TableArithmeticCheck(), new ChangeStatementCheck(), new TrendClaimCheck(),
        new DataAgreementCheck());
    CompletableFuture<Results> firstHalf = CompletableFuture.supplyAsync(() -> run(first, ctx));
    Results secondHalf = run(second, ctx);
    Results results = new Results();
    results.addAll(join(firstHalf));
    results.addAll(secondHalf);
    tableTrends.run(ctx, results);
    int found = prose.numbersFound() + reading.numbersFound();
    int tied = prose.numbersTied() + reading.numbersTied();
    List<String> notes = new ArrayList<>(own.notes());
    notes.addAll(reading.unmappedHeaders());
    if (!rows.isEmpty()) {
      notes.add(rows.cardinality() + " table row" + (rows.cardinality() == 1 ? "" : "s") + " without a 'Table N:'"
          + " caption (lines " + Ranges.of(rows) + ") not read: no caption names what their numbers measure");
    }
    SourceMap map = input.sourceMap();
    Coverage coverage = new Coverage(found, tied, Math.min(tied, results.checkedCount()),
        notes.stream().map(map::relabel).toList());
    List<AuditFinding> findings = results.findings().stream().map(f -> new AuditFinding(f.check(), f.severity(),
        f.line(), f.excerpt(), map.relabel(f.message()), f.lines())).toList();
    List<Verified> verified = results.verified().stream().map(v -> new Verified(v.check(), v.line(),
        map.relabel(v.message()))).toList();
    return new AuditReport(input.fileName(), input.dyad().id(), findings, verified, coverage, claims,
        input.dyadBasis(), map);
  }

  private static Results run(List<Check> checks, AuditContext ctx) {
    Results out = new Results();
    for (Check c : checks) {
      c.run(ctx, out);
    }
    return out;
  }

  /** The result of work started on another thread; its own exception rethrown as it was. */
  private static <T> T join(CompletableFuture<T> work) {
    try {
      return work.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
