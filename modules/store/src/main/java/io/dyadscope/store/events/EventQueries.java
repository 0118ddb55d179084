package io.dyadscope.store.events;

import io.dyadscope.events.picture.PictureQuery;
import io.dyadscope.events.picture.Agreement;
import io.dyadscope.events.picture.CrossBorder;
import io.dyadscope.events.picture.InteractionDirection;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.GdeltVolume;
import io.dyadscope.events.picture.Ranked;
import io.dyadscope.events.picture.TypeCount;
import io.dyadscope.events.reference.CameoCodes;
import io.dyadscope.evidence.Period;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.WorkspaceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dyad event picture, computed with set-based SQL over {@code events}: counts by type, fatalities
 * with their range, GDELT Goldstein and tone per direction, cross-border events, GDELT raw against
 * collapsed counts, top actors and places, and agreement between datasets month by month.
 */
public final class EventQueries {

  /** GDELT near-duplicates: same day, actors, CAMEO code and place; root events only. Others: their id. */
  static final String DUPLICATE_KEY = "CASE WHEN dataset <> 'gdelt' THEN event_id WHEN root_event THEN concat_ws('|',"
      + " day, actor1, actor1_iso, actor2, actor2_iso, event_type, country_iso, admin1, location) END";

  private final Workspace workspace;

  public EventQueries(Workspace workspace) {
    this.workspace = workspace;
  }

  /** SQL condition: an actor or the place is one of the two countries (given as SQL expressions). */
  static String touches(String a, String b) {
    return "(actor1_iso IN (" + a + ", " + b + ") OR actor2_iso IN (" + a + ", " + b + ") OR country_iso IN (" + a
        + ", " + b + "))";
  }

  public EventPicture picture(PictureQuery q) {
    String a = literal(q.dyad().first());
    String b = literal(q.dyad().second());
    String period = q.byMonth() ? "strftime(day, '%Y-%m')" : "strftime(day, '%Y')";
    StringBuilder where = new StringBuilder(touches(a, b));
    if (q.from() != null) {
      where.append(" AND day >= DATE ").append(literal(first(q.from()).toString()));
    }
    if (q.to() != null) {
      where.append(" AND day <= DATE ").append(literal(last(q.to()).toString()));
    }
    if (!q.types().isEmpty()) {
      String list = String.join(", ", q.types().stream().map(EventQueries::literal).toList());
      where.append(" AND (event_type IN (").append(list).append(") OR sub_type IN (").append(list)
          .append(") OR root_code IN (").append(list).append("))");
    }
    // The dyad's events with period and duplicate key, computed once for all the queries below.
    String select = "CREATE OR REPLACE TEMP TABLE ev AS SELECT *, " + period + " AS period, " + DUPLICATE_KEY
        + " AS dupkey FROM events WHERE " + where;
    String counts = "count(*), count(DISTINCT dupkey), sum(fatalities), sum(fatalities_low), sum(fatalities_high)";
    CameoCodes cameo = CameoCodes.standard();
    try (Connection c = workspace.newConnection(); Statement s = c.createStatement()) {
      s.execute(select);
      List<TypeCount> types = new ArrayList<>();
      query(s, "SELECT period, dataset, 'event_type', event_type, " + counts + " FROM ev WHERE dataset = 'acled' GROUP BY ALL"
          + " UNION ALL SELECT period, dataset, 'sub_event_type', sub_type, " + counts
          + " FROM ev WHERE dataset = 'acled' AND sub_type <> '' GROUP BY ALL"
          + " UNION ALL SELECT period, dataset, 'violence', event_type, " + counts + " FROM ev WHERE dataset = 'ucdp' GROUP BY ALL"
          + " UNION ALL SELECT period, dataset, 'quad_class', quad_class::VARCHAR, " + counts
          + " FROM ev WHERE dataset = 'gdelt' GROUP BY ALL"
          + " UNION ALL SELECT period, dataset, 'cameo_root', root_code, " + counts
          + " FROM ev WHERE dataset = 'gdelt' GROUP BY ALL ORDER BY 1, 2, 3, 5 DESC, 4", r -> {
            String kind = r.getString(3);
            String type = r.getString(4);
            if (kind.equals("quad_class")) {
              type = type + " " + cameo.quadClass(Integer.parseInt(type));
            } else if (kind.equals("cameo_root")) {
              type = type + " " + cameo.rootDescription(type);
            }
            types.add(new TypeCount(r.getString(1), r.getString(2), kind, type, r.getLong(5), r.getLong(6),
                nullableLong(r, 7), nullableLong(r, 8), nullableLong(r, 9)));
          });
      List<InteractionDirection> directions = new ArrayList<>();
      query(s, "SELECT period, actor1_iso, actor2_iso, count(*), count(DISTINCT dupkey), avg(goldstein),"
          + " sum(tone * mentions) / nullif(sum(mentions), 0) FROM ev WHERE dataset = 'gdelt' AND ((actor1_iso = " + a
          + " AND actor2_iso = " + b + ") OR (actor1_iso = " + b + " AND actor2_iso = " + a + ")) GROUP BY ALL"
          + " ORDER BY 1, 2 DESC", r -> directions.add(new InteractionDirection(r.getString(1), r.getString(2), r.getString(3),
              r.getLong(4), r.getLong(5), r.getDouble(6), r.getObject(7) == null ? Double.NaN : r.getDouble(7))));
      List<CrossBorder> cross = new ArrayList<>();
      query(s, "SELECT period, dataset, CASE WHEN country_iso = " + b + " THEN " + a + " ELSE " + b + " END,"
          + " country_iso, count(*), count(DISTINCT dupkey), sum(fatalities) FROM ev WHERE (country_iso = " + b
          + " AND (actor1_iso = " + a + " OR actor2_iso = " + a + ")) OR (country_iso = " + a + " AND (actor1_iso = "
          + b + " OR actor2_iso = " + b + ")) GROUP BY ALL ORDER BY 1, 2, 3",
          r -> cross.add(new CrossBorder(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
              r.getLong(6), nullableLong(r, 7))));
      List<GdeltVolume> gdelt = new ArrayList<>();
      query(s, "SELECT period, count(*), count(*) FILTER (WHERE root_event), count(DISTINCT dupkey) FROM ev"
          + " WHERE dataset = 'gdelt' GROUP BY 1 ORDER BY 1",
          r -> gdelt.add(new GdeltVolume(r.getString(1), r.getLong(2), r.getLong(3), r.getLong(4))));
      List<Ranked> actors = new ArrayList<>();
      query(s, "SELECT dataset, name, iso, count(*) n, sum(f) FROM (SELECT dataset, actor1 AS name, actor1_iso AS iso,"
          + " fatalities AS f FROM ev WHERE actor1 <> '' UNION ALL SELECT dataset, actor2, actor2_iso, fatalities FROM ev"
          + " WHERE actor2 <> '') GROUP BY dataset, name, iso QUALIFY row_number() OVER (PARTITION BY dataset ORDER BY count(*) DESC,"
          + " name) <= " + q.top() + " ORDER BY dataset, n DESC, name",
          r -> actors.add(new Ranked(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), nullableLong(r, 5))));
      List<Ranked> places = new ArrayList<>();
      query(s, "SELECT dataset, country_iso || ': ' || admin1, country_iso, count(*) n, sum(fatalities) FROM ev"
          // Ties in the ranking go by name, written out: a "2" inside the window would be a constant.
          + " WHERE admin1 <> '' GROUP BY dataset, 2, country_iso QUALIFY row_number() OVER (PARTITION BY dataset ORDER BY count(*) DESC,"
          + " country_iso || ': ' || admin1) <= " + q.top() + " ORDER BY dataset, n DESC, 2",
          r -> places.add(new Ranked(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), nullableLong(r, 5))));
      List<EventPicture.Coverage> coverage = new ArrayList<>();
      query(s, "SELECT dataset, count(*), min(period), max(period) FROM ev GROUP BY 1 ORDER BY 1",
          r -> coverage.add(new EventPicture.Coverage(r.getString(1), r.getLong(2), r.getString(3), r.getString(4))));
      Map<String, TreeMap<String, double[]>> monthly = new TreeMap<>();
      query(s, "SELECT dataset, strftime(day, '%Y-%m'), count(DISTINCT dupkey), sum(fatalities) FROM ev"
          + " GROUP BY ALL ORDER BY 1, 2", r -> monthly.computeIfAbsent(r.getString(1), k -> new TreeMap<>())
              .put(r.getString(2), new double[] {r.getLong(3), r.getObject(4) == null ? Double.NaN : r.getLong(4)}));
      return new EventPicture(q.dyad().id(), q.byMonth() ? "month" : "year", types, directions, cross, gdelt, actors,
          places, Agreement.between(monthly), coverage);
    } catch (SQLException e) {
      throw new WorkspaceException("cannot compute the event picture: " + e.getMessage(), e);
    }
  }

  private interface Row {
    void read(ResultSet r) throws SQLException;
  }

  private static void query(Statement s, String sql, Row row) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        row.read(r);
      }
    }
  }

  private static Long nullableLong(ResultSet r, int i) throws SQLException {
    Object o = r.getObject(i);
    return o == null ? null : ((Number) o).longValue();
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  static LocalDate first(Period p) {
    return LocalDate.of(p.year(), p.isAnnual() ? 1 : p.month(), 1);
  }

  static LocalDate last(Period p) {
    return p.isAnnual() ? LocalDate.of(p.year(), 12, 31) : YearMonth.of(p.year(), p.month()).atEndOfMonth();
  }
}
