package io.dyadscope.store;

import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.evidence.Observation;
import io.dyadscope.evidence.Period;
import io.dyadscope.evidence.Status;
import java.util.ArrayList;
import java.util.List;

/** {@link ObservationStore} over the {@code observations} table. */
record SqlObservationStore(Database db) implements ObservationStore {

  static final String COLUMNS =
      "indicator, dyad, subject, period, value, unit, status, source, reported_by, location, note";

  @Override
  public List<Observation> find(ObservationQuery q) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM observations WHERE true");
    List<Object> args = new ArrayList<>();
    if (q.dyad() != null) {
      sql.append(" AND dyad = ?");
      args.add(q.dyad());
    }
    if (q.indicator() != null) {
      sql.append(q.indicatorIsPrefix() ? " AND starts_with(indicator, ?)" : " AND indicator = ?");
      args.add(q.indicator());
    }
    if (q.subject() != null) {
      sql.append(" AND subject = ?");
      args.add(q.subject());
    }
    if (q.status() != null) {
      sql.append(" AND status = ?");
      args.add(q.status().word());
    }
    if (q.source() != null) {
      sql.append(" AND source = ?");
      args.add(q.source());
    }
    if (q.from() != null) {
      sql.append(" AND (CASE WHEN period_annual THEN period_ordinal * 12 ELSE period_ordinal END) >= ?");
      args.add(ObservationQuery.firstMonth(q.from()));
    }
    if (q.to() != null) {
      sql.append(" AND (CASE WHEN period_annual THEN period_ordinal * 12 + 11 ELSE period_ordinal END) <= ?");
      args.add(ObservationQuery.lastMonth(q.to()));
    }
    // Periods are YYYY or YYYY-MM, so text order is time order with a year before its months.
    sql.append(" ORDER BY indicator, subject, period,"
        + " CASE status WHEN 'observed' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END,"
        + " source, location, dyad, reported_by");
    return db.list("read observations", sql.toString(), args, r -> new Observation(r.getString(1), r.getString(2),
        r.getString(3), Period.parse(r.getString(4)), r.getDouble(5), r.getString(6), Status.parse(r.getString(7)),
        r.getString(8), r.getString(9), r.getString(10), r.getString(11)));
  }

  @Override
  public long count() {
    return db.count("SELECT count(*) FROM observations");
  }

  @Override
  public List<String> dyads() {
    return db.list("read dyads", "SELECT DISTINCT dyad FROM observations ORDER BY dyad", List.of(), r -> r.getString(1));
  }
}
