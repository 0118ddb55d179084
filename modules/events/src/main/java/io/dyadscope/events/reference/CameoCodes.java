package io.dyadscope.events.reference;

import io.dyadscope.evidence.Resources;
import io.dyadscope.evidence.number.StatNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The CAMEO event codes with their descriptions and Goldstein weights, and the four QuadClass
 * labels, from the resources {@code cameo-event-codes.tsv} and {@code cameo-quad-classes.tsv}.
 */
public final class CameoCodes {

  /** One code: e.g. {@code 190}, "Use conventional military force, not specified below", -10. */
  public record Code(String code, String description, double goldstein) {}

  private static final Supplier<CameoCodes> STANDARD = Resources.once(CameoCodes::load);

  private final Map<String, Code> codes;
  private final Map<Integer, String> quadClasses;

  private CameoCodes(Map<String, Code> codes, Map<Integer, String> quadClasses) {
    this.codes = Map.copyOf(codes);
    this.quadClasses = Map.copyOf(quadClasses);
  }

  public static CameoCodes standard() {
    return STANDARD.get();
  }

  private static CameoCodes load() {
    Map<String, Code> codes = new LinkedHashMap<>();
    for (String[] row : CountryCodes.resourceTable("cameo-event-codes.tsv", "\t", "code\tgoldstein\tdescription")) {
      String where = "cameo-event-codes.tsv: code " + row[0];
      if (!row[0].matches("\\d{2,4}")) {
        throw new IllegalStateException(where + ": a CAMEO code has 2 to 4 digits");
      }
      double g;
      try {
        g = StatNumber.decimal(row[1]);
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where + ": Goldstein weight is not a number: '" + row[1] + "'");
      }
      if (g < -10 || g > 10) {
        throw new IllegalStateException(where + ": Goldstein weight outside -10..10: " + g);
      }
      if (codes.put(row[0], new Code(row[0], row[2], g)) != null) {
        throw new IllegalStateException(where + ": listed twice");
      }
    }
    Map<Integer, String> quads = new LinkedHashMap<>();
    for (String[] row : CountryCodes.resourceTable("cameo-quad-classes.tsv", "\t", "quad_class\tdescription")) {
      quads.put(Integer.parseInt(row[0]), row[1]);
    }
    if (!quads.keySet().equals(java.util.Set.of(1, 2, 3, 4))) {
      throw new IllegalStateException("cameo-quad-classes.tsv: must list QuadClass 1 to 4");
    }
    return new CameoCodes(codes, quads);
  }

  public Optional<Code> code(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** "Verbal Cooperation", "Material Cooperation", "Verbal Conflict" or "Material Conflict". */
  public String quadClass(int quadClass) {
    String s = quadClasses.get(quadClass);
    if (s == null) {
      throw new IllegalArgumentException("QuadClass must be 1-4: " + quadClass);
    }
    return s;
  }

  /** The description of a two-digit root code, e.g. {@code 19} FIGHT. */
  public String rootDescription(String root) {
    Code c = codes.get(root);
    return c == null ? root : c.description();
  }

  public int size() {
    return codes.size();
  }
}
