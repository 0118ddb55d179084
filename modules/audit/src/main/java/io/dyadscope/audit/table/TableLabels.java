package io.dyadscope.audit.table;

import io.dyadscope.audit.vocabulary.DataFile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arithmetic role a table's column header or row label gives its numbers, read from its words
 * ({@code table-labels.csv}): "Total incidents" a total, "Balance" a balance, "Change 2022-23 (%)"
 * a percent change, "Share of 2024 (%)" a share; "Exports" and "Imports" the two flows a balance
 * and a total of trade are made of.
 */
public final class TableLabels {

  /** What a header or label makes of its numbers. */
  public enum Role { TOTAL, BALANCE, CHANGE, SHARE, OUTFLOW, INFLOW, NONE }

  private static final Map<String, Role> WORDS = load();
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}/-]*|%");

  private TableLabels() {}

  private static Map<String, Role> load() {
    Map<String, Role> out = new HashMap<>();
    for (DataFile.Row r : DataFile.resource("table-labels.csv", "word", "role")) {
      Role role;
      try {
        role = Role.valueOf(r.field(1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw r.error("unknown role '" + r.field(1) + "'");
      }
      if (role == Role.NONE || out.put(r.field(0).toLowerCase(Locale.ROOT), role) != null) {
        throw r.error("'" + r.field(0) + "' is listed twice or has no role");
      }
    }
    return Map.copyOf(out);
  }

  /** The role of {@code label}: that of its first word with one; NONE when none has. */
  public static Role of(String label) {
    if (label == null) {
      return Role.NONE;
    }
    Matcher m = WORD.matcher(label.toLowerCase(Locale.ROOT));
    boolean percent = false;
    while (m.find()) {
      String w = m.group();
      if (w.equals("%")) {
        percent = true;
        continue;
      }
      Role r = WORDS.get(w);
      if (r != null) {
        return r;
      }
    }
    return percent && label.toLowerCase(Locale.ROOT).matches(".*\\b(19|20)\\d\\d\\b.*") ? Role.CHANGE : Role.NONE;
  }

  /** True for a row of percent changes ("Change 2022-23 (%)", "% change y/y"). */
  public static boolean isChange(String label) {
    return of(label) == Role.CHANGE;
  }
}
