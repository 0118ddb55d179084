package io.dyadscope.testdata;

import io.dyadscope.dossier.corpus.CodeLabel;
import io.dyadscope.dossier.corpus.CodedPassage;
import io.dyadscope.dossier.corpus.GroundedSectionBuilder;
import io.dyadscope.dossier.events.EventSection;
import io.dyadscope.dossier.official.OfficialCell;
import io.dyadscope.dossier.official.OfficialTable;
import io.dyadscope.dossier.supplements.GroundedParts;
import io.dyadscope.dossier.supplements.Supplements;
import io.dyadscope.dossier.supplements.SupplementsBuilder;
import io.dyadscope.events.picture.Agreement;
import io.dyadscope.events.picture.InteractionDirection;
import io.dyadscope.events.picture.EventPicture;
import io.dyadscope.events.picture.GdeltVolume;
import io.dyadscope.events.picture.TypeCount;
import java.util.List;
import java.util.Optional;

/**
 * SYNTHETIC supplementary data for the seed dossier: a made-up event picture (counts in the shape the
 * store computes), an official refugee table citing the seed's UNHCR source, and made-up coded
 * passages. None of it is real data.
 */
public final class SyntheticSupplements {

  private SyntheticSupplements() {}

  public static EventPicture picture() {
    return new EventPicture("PAK-AFG", "month",
        List.of(new TypeCount("2023-01", "ucdp", "violence", "state-based", 2, 2, 7L, 6L, 11L),
            new TypeCount("2023-03", "ucdp", "violence", "state-based", 1, 1, 6L, 5L, 9L),
            new TypeCount("2023-03", "ucdp", "violence", "one-sided", 1, 1, 4L, 4L, 10L),
            new TypeCount("2023-01", "gdelt", "quad_class", "4 Material Conflict", 3, 2, null, null, null)),
        List.of(new InteractionDirection("2023-01", "PAK", "AFG", 2, 1, -10, -6.5)), List.of(),
        List.of(new GdeltVolume("2023-01", 3, 3, 2)), List.of(), List.of(),
        List.of(Agreement.of("events", "gdelt", "ucdp", List.of(new Agreement.MonthPair("2023-01", 2, 2)))),
        List.of(new EventPicture.Coverage("gdelt", 3, "2023-01", "2023-01"),
            new EventPicture.Coverage("ucdp", 4, "2023-01", "2023-03")));
  }

  /** A refugee comparison citing the seed's {@code unhcr-2023} (its citation as the official tables write it). */
  public static OfficialTable refugeeTable() {
    return new OfficialTable("refugees-official", "Refugees between Pakistan and Afghanistan: official and study",
        List.of("Host", "Year", "Official"),
        List.of(List.of(OfficialCell.text("PAK"), OfficialCell.text("2023"), OfficialCell.number(1234567, "1,234,567"))),
        List.of("UNHCR, 2023"), List.of("Synthetic note."));
  }

  public static List<CodedPassage> passages() {
    return List.of(new CodedPassage("trade", "doc-a", 0, 40, "Synthetic passage about trade at the border.",
        "Synthetic report", "2023-05", "Synthetic publisher", "report", false),
        new CodedPassage("liberalism", "doc-a", 0, 40, "Synthetic passage about trade at the border.",
            "Synthetic report", "2023-05", "Synthetic publisher", "report", false));
  }

  public static Supplements all() {
    var sources = SeedFixture.sources();
    return new Supplements(Optional.of(SupplementsBuilder.events(EventSection.build(picture(), List.of()), sources)),
        SupplementsBuilder.official(List.of(refugeeTable()), sources),
        Optional.of(GroundedParts.of(new GroundedSectionBuilder(2).build(1,
            List.of(new CodeLabel("trade", "Trade and economy")), List.of(new CodeLabel("liberalism", "Liberalism")),
            passages()))));
  }
}
