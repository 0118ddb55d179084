package io.dyadscope.importers.comtrade;

import io.dyadscope.evidence.Combine;
import io.dyadscope.evidence.Dyad;
import io.dyadscope.evidence.Indicator;
import io.dyadscope.evidence.IndicatorCatalogue;
import java.util.Optional;

/**
 * Where a Comtrade record goes in a dyad's catalogue. A dyad {@code A-B}'s {@code trade.exports}
 * is the flow from A to B and {@code trade.imports} the flow from B to A, whoever reports it: A's
 * reported exports to B and B's reported imports from A are two measurements of one flow (mirror
 * data), told apart by their source (one per reporter). Re-exports and re-imports have the
 * reporter as subject; flows with the world have the reporter as subject too. An HS chapter's flow
 * is the total's indicator with {@code .hsNN} appended, added to the catalogue on import.
 */
public final class ComtradeFlows {

  /** The indicator and subject of a record. */
  public record Target(String indicator, String subject) {}

  private ComtradeFlows() {}

  /**
   * The target of a {@code flow} record reported by {@code reporter} with {@code partner} for
   * dyad {@code d}; empty when the record is not the dyad's.
   */
  public static Optional<Target> bilateral(Dyad d, String reporter, String partner, String flow) {
    if (reporter.equals(partner) || !d.contains(reporter) || !d.contains(partner)) {
      return Optional.empty();
    }
    boolean first = reporter.equals(d.first());
    return switch (flow) {
      case "X" -> Optional.of(new Target(first ? "trade.exports" : "trade.imports", d.id()));
      case "M" -> Optional.of(new Target(first ? "trade.imports" : "trade.exports", d.id()));
      case "RX" -> Optional.of(new Target("trade.reexports", reporter));
      case "RM" -> Optional.of(new Target("trade.reimports", reporter));
      default -> Optional.empty();
    };
  }

  /** The target of a record with the world as partner, reported by a country of {@code d}. */
  public static Optional<Target> withWorld(Dyad d, String reporter, String flow) {
    if (!d.contains(reporter)) {
      return Optional.empty();
    }
    return switch (flow) {
      case "X" -> Optional.of(new Target("trade.world_exports", reporter));
      case "M" -> Optional.of(new Target("trade.world_imports", reporter));
      default -> Optional.empty();
    };
  }

  /** The catalogue entry of an HS chapter of {@code total}, e.g. {@code trade.exports.hs27}. */
  public static Indicator chapter(Indicator total, String chapter, String description) {
    String desc = description == null || description.isBlank() ? "" : " (" + description.strip() + ")";
    return new Indicator(total.id() + ".hs" + chapter, total.name() + ": HS chapter " + chapter + desc, total.unit(),
        total.family(), Combine.SUM, total.min(), total.max());
  }

  /** The catalogue entry for {@code indicator} and commodity {@code cmd} ({@code TOTAL} or a chapter). */
  public static Indicator indicator(IndicatorCatalogue catalogue, String indicator, String cmd, String description) {
    Indicator total = catalogue.get(indicator);
    return cmd.equals("TOTAL") ? total : chapter(total, cmd, description);
  }
}
