package io.dyadscope.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dyadscope.importer.ImportSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultDatasetTest {

  private static final DefaultDataset FIXTURE = DefaultDataset.fromClasspath("io/dyadscope/workspace/fixture");

  @TempDir Path dir;

  @Test
  void loadsThroughTheImporter() {
    try (Workspace ws = Workspace.open(dir)) {
      ImportSummary s = FIXTURE.loadInto(ws);
      assertThat(s.describe())
          .isEqualTo("io/dyadscope/workspace/fixture/observations.csv: 2 added, 0 replaced, 0 unchanged;"
              + " sources: 2 added");
      assertThat(ws.observations(ObservationQuery.all().indicator("trade.total")).get(0).value()).isEqualTo(1900);
    }
  }

  @Test
  void openWithDefaultsLoadsOnlyIntoAnEmptyWorkspace() {
    try (Workspace ws = Workspace.openWithDefaults(dir, FIXTURE)) {
      assertThat(ws.observationCount()).isEqualTo(2);
      assertThat(ws.sources()).hasSize(2);
    }
    try (Workspace ws = Workspace.openWithDefaults(dir, FIXTURE)) {
      assertThat(ws.imports()).hasSize(1);
    }
  }

  @Test
  void missingFileIsAnError() {
    DefaultDataset half = DefaultDataset.fromClasspath("io/dyadscope/workspace/fixture-half/");
    assertThat(half.isPresent()).isFalse();
    try (Workspace ws = Workspace.open(dir)) {
      assertThatThrownBy(() -> half.loadInto(ws)).isInstanceOf(IllegalStateException.class)
          .hasMessage("default dataset file io/dyadscope/workspace/fixture-half/observations.csv"
              + " is missing from the classpath");
    }
  }

  @Test
  void invalidDatasetIsAnErrorAndLeavesTheWorkspaceEmpty() {
    DefaultDataset invalid = DefaultDataset.fromClasspath("io/dyadscope/workspace/fixture-invalid/");
    assertThatThrownBy(() -> Workspace.openWithDefaults(dir, invalid)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the default dataset in io/dyadscope/workspace/fixture-invalid/ does not import:"
            + " nothing imported: 1 problem\n"
            + "io/dyadscope/workspace/fixture-invalid/observations.csv:2:value: not a number: '1.9bn'");
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.isEmpty()).isTrue();
    }
  }

  @Test
  void standardDatasetImportsCleanlyWhenShipped() {
    assumeTrue(DefaultDataset.standard().isPresent(), "the default dataset is not on the classpath yet");
    try (Workspace ws = Workspace.openWithDefaults(dir)) {
      assertThat(ws.observationCount()).isPositive();
      assertThat(ws.imports()).hasSize(1);
      assertThat(ws.imports().get(0).fileName()).isEqualTo("io/dyadscope/workspace/defaults/observations.csv");
    }
  }
}
