package io.dyadscope.spark;

import io.dyadscope.events.Dataset;
import io.dyadscope.events.rules.DerivedIndicators;
import io.dyadscope.events.rules.EventRules;
import io.dyadscope.events.rules.SecurityCounts;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The yearly security counts with the events module's {@link SecurityCounts}, folded over partitions.
 * Events are first spread by the fields of the GDELT near-duplicate key (ACLED and UCDP events, one
 * row per id already, may land anywhere), so every copy of a GDELT event lands in the same partition and is collapsed there exactly as the embedded derivation
 * collapses it; the partitions' counts then simply add up.
 */
final class SecurityTables {

  /** The summed counts, the years each dataset covers, events no rule classifies, the dyad's events. */
  record Result(Map<SecurityCounts.Key, Long> counts, Map<Dataset, DerivedIndicators.YearSpan> covered,
      Map<String, Long> unclassified, long events) {}

  private SecurityTables() {}

  /** Counts over the view {@code ev}. */
  static Result count(SparkSession spark, Dyad dyad, String ruleName, byte[] ruleBytes) {
    int partitions = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
    // Spread by the fields of the GDELT near-duplicate key (SecurityCounts.gdeltDuplicateKey), in Spark SQL:
    // a shuffle of Spark's own rows, where keying Java rows in an RDD shuffled them by Java serialization.
    List<String> lines = spark.table("ev").drop("period", "dupkey")
        .repartition(partitions, functions.col("day"), functions.col("actor1"), functions.col("actor1_iso"),
            functions.col("actor2"), functions.col("actor2_iso"), functions.col("event_type"),
            functions.col("country_iso"), functions.col("admin1"), functions.col("location"))
        .javaRDD()
        .mapPartitions(new CountPartition(dyad.id(), ruleName, ruleBytes))
        .collect();
    Map<SecurityCounts.Key, Long> counts = new TreeMap<>(java.util.Comparator.comparing(SecurityCounts.Key::toString));
    Map<String, Long> unclassified = new TreeMap<>();
    long events = 0;
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case "c" -> counts.merge(new SecurityCounts.Key(f[1], Dataset.parse(f[2]), Integer.parseInt(f[3]), f[4]),
            Long.parseLong(f[5]), Long::sum);
        case "u" -> unclassified.merge(f[1], Long.parseLong(f[2]), Long::sum);
        case "e" -> events += Long.parseLong(f[1]);
        default -> throw new IllegalStateException("unknown count line: " + line);
      }
    }
    Map<Dataset, DerivedIndicators.YearSpan> covered = new EnumMap<>(Dataset.class);
    for (Row r : spark.sql("SELECT dataset, min(year(day)), max(year(day)) FROM ev GROUP BY dataset").collectAsList()) {
      covered.put(Dataset.parse(r.getString(0)), new DerivedIndicators.YearSpan(r.getInt(1), r.getInt(2)));
    }
    return new Result(counts, covered, unclassified, events);
  }

  /** One partition's counts as tab-separated lines: {@code c} cells, {@code u} unclassified, {@code e} events. */
  private static final class CountPartition implements FlatMapFunction<java.util.Iterator<Row>, String> {
    private static final long serialVersionUID = 1L;
    private final String dyad;
    private final String ruleName;
    private final byte[] ruleBytes;

    CountPartition(String dyad, String ruleName, byte[] ruleBytes) {
      this.dyad = dyad;
      this.ruleName = ruleName;
      this.ruleBytes = ruleBytes.clone();
    }

    @Override
    public java.util.Iterator<String> call(java.util.Iterator<Row> rows) {
      EventRules rules = EventRules.parse(ruleName, ruleBytes, IndicatorCatalogue.standard());
      SecurityCounts counts = new SecurityCounts(rules, Dyad.parse(dyad));
      rows.forEachRemaining(r -> counts.add(EventRows.toEvent(r)));
      List<String> out = new ArrayList<>();
      counts.counts().forEach((k, v) -> out.add(String.join("\t", "c", k.indicator(), k.dataset().id(),
          Integer.toString(k.year()), k.ruleId(), Long.toString(v))));
      counts.unclassified().forEach((k, v) -> out.add("u\t" + k + "\t" + v));
      out.add("e\t" + counts.events());
      return out.iterator();
    }
  }
}
