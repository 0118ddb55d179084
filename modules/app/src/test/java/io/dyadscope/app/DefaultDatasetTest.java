package io.dyadscope.app;

import io.dyadscope.evidence.ObservationQuery;
import io.dyadscope.store.Workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dyadscope.evidence.imports.ImportSummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultDatasetTest {

  private static final DefaultDataset FIXTURE = DefaultDataset.fromClasspath("io/dyadscope/app/fixture");

  @TempDir Path dir;

  @Test
  void loadsThroughTheImporter() {
    try (Workspace ws = Workspace.open(dir)) {
      ImportSummary s = FIXTURE.loadInto(ws);
      assertThat(s.describe())
          .isEqualTo("io/dyadscope/app/fixture/observations.csv: 2 added, 0 replaced, 0 unchanged;"
              + " sources: 2 added");
      assertThat(ws.observations(ObservationQuery.all().indicator("trade.total")).get(0).value()).isEqualTo(1900);
    }
  }

  @Test
  void openWithDefaultsLoadsOnlyIntoAnEmptyWorkspace() {
    try (Workspace ws = FIXTURE.openWorkspace(dir)) {
      assertThat(ws.observationCount()).isEqualTo(2);
      assertThat(ws.sources()).hasSize(2);
    }
    try (Workspace ws = FIXTURE.openWorkspace(dir)) {
      assertThat(ws.imports()).hasSize(1);
    }
  }

  @Test
  void missingFileIsAnError() {
    DefaultDataset half = DefaultDataset.fromClasspath("io/dyadscope/app/fixture-half/");
    assertThat(half.isPresent()).isFalse();
    try (Workspace ws = Workspace.open(dir)) {
      assertThatThrownBy(() -> half.loadInto(ws)).isInstanceOf(IllegalStateException.class)
          .hasMessage("default dataset file io/dyadscope/app/fixture-half/observations.csv"
              + " is missing from the classpath");
    }
  }

  @Test
  void invalidDatasetIsAnErrorAndLeavesTheWorkspaceEmpty() {
    DefaultDataset invalid = DefaultDataset.fromClasspath("io/dyadscope/app/fixture-invalid/");
    assertThatThrownBy(() -> invalid.openWorkspace(dir)).isInstanceOf(IllegalStateException.class)
        .hasMessage("the default dataset in io/dyadscope/app/fixture-invalid/ does not import:"
            + " nothing imported: 1 problem\n"
            + "io/dyadscope/app/fixture-invalid/observations.csv:2:value: not a number: '1.9bn'");
    try (Workspace ws = Workspace.open(dir)) {
      assertThat(ws.isEmpty()).isTrue();
    }
  }

  @Test
  void standardDatasetImportsCleanlyWhenShipped() {
    assumeTrue(DefaultDataset.standard().isPresent(), "the default dataset is not on the classpath yet");
    try (Workspace ws = DefaultDataset.standard().openWorkspace(dir)) {
      assertThat(ws.observationCount()).isPositive();
      assertThat(ws.imports().get(0).fileName()).isEqualTo("io/dyadscope/app/defaults/observations.csv");
    }
  }
}
