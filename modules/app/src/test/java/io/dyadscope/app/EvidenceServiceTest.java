package io.dyadscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dyadscope.evidence.Dyad;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listings the front ends show (dyads, a dyad's indicators), answered by the application from the workspace. */
class EvidenceServiceTest {

  @TempDir
  Path dir;

  @Test
  void theDyadsAreThoseWithObservationsAlphabetically() throws Exception {
    Application app = new Application(new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE, null));
    assertThat(app.evidence().dyads()).containsExactly("PAK-AFG");
    Path csv = Files.writeString(dir.resolve("ind-pak.csv"),
        "indicator,dyad,subject,period,value,unit,status,source,reported_by,note\n"
            + "trade.total,IND-PAK,IND-PAK,2020,100,USD million,observed,sbp-2023,,a second dyad\n");
    app.imports().indicators(csv, null);
    assertThat(app.evidence().dyads()).containsExactly("IND-PAK", "PAK-AFG");
  }

  @Test
  void theIndicatorsOfADyadAreCountedPerSubjectAndNamedFromTheCatalogue() throws Exception {
    Application app = new Application(new WorkspaceAccess(dir.resolve("ws"), WorkspaceAccess.DEFAULT_PATIENCE, null));
    Path csv = Files.writeString(dir.resolve("ind-pak.csv"),
        "indicator,dyad,subject,period,value,unit,status,source,reported_by,note\n"
            + "trade.total,IND-PAK,IND-PAK,2020,100,USD million,observed,sbp-2023,,one\n"
            + "trade.total,IND-PAK,IND-PAK,2021,120,USD million,observed,sbp-2023,,two\n");
    app.imports().indicators(csv, null);
    assertThat(app.evidence().indicators(Dyad.parse("IND-PAK"))).containsExactly(
        new EvidenceService.IndicatorUse("trade.total", "Total bilateral trade", "IND-PAK", "USD million", 2));
  }
}
