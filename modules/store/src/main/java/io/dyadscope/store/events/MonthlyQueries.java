package io.dyadscope.store.events;

import io.dyadscope.events.Dataset;
import io.dyadscope.events.picture.MonthlyCounts;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.store.Workspace;
import io.dyadscope.store.WorkspaceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Monthly counts of a dyad's events in one dataset, by type, with set-based SQL over {@code events}:
 * events (GDELT near-duplicates collapsed, as in the picture) and fatalities (best, low, high).
 */
public final class MonthlyQueries {

  private final Workspace workspace;

  public MonthlyQueries(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The datasets holding events of {@code dyad}, with how many, most first. */
  public List<String> datasets(Dyad dyad) {
    List<String> out = new ArrayList<>();
    String sql = "SELECT dataset FROM events WHERE " + touches(dyad) + " GROUP BY 1 ORDER BY count(*) DESC, 1";
    try (Connection c = workspace.newConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw new WorkspaceException("cannot list the event datasets: " + e.getMessage(), e);
    }
    return out;
  }

  public MonthlyCounts counts(Dyad dyad, Dataset dataset) {
    String type = dataset == Dataset.GDELT ? "quad_class::VARCHAR" : "event_type";
    String sql = "SELECT strftime(day, '%Y-%m') AS month, " + type + " AS type, count(DISTINCT "
        + EventQueries.DUPLICATE_KEY + "), sum(fatalities), sum(fatalities_low), sum(fatalities_high) FROM events"
        + " WHERE dataset = " + EventQueries.literal(dataset.id()) + " AND " + touches(dyad)
        + " GROUP BY 1, 2 ORDER BY 1, 2";
    List<MonthlyCounts.Row> rows = new ArrayList<>();
    try (Connection c = workspace.newConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.add(new MonthlyCounts.Row(YearMonth.parse(r.getString(1)), r.getString(2), r.getLong(3), nullable(r, 4),
            nullable(r, 5), nullable(r, 6)));
      }
    } catch (SQLException e) {
      throw new WorkspaceException("cannot count the monthly events: " + e.getMessage(), e);
    }
    return new MonthlyCounts(dyad.id(), dataset.id(), rows);
  }

  private static String touches(Dyad dyad) {
    return EventQueries.touches(EventQueries.literal(dyad.first()), EventQueries.literal(dyad.second()));
  }

  private static Long nullable(ResultSet r, int i) throws SQLException {
    Object o = r.getObject(i);
    return o == null ? null : ((Number) o).longValue();
  }
}
