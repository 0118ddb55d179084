package io.dyadscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {

  private static final Path HOME = Path.of("/home/ana");

  @Test
  void explicitFolderWinsOverEnvironmentAndHome() {
    assertThat(WorkspaceLocation.resolve(Path.of("/data/ws"), Map.of("DYADSCOPE_HOME", "/srv/dyad"), HOME))
        .isEqualTo(Path.of("/data/ws"));
  }

  @Test
  void environmentWinsOverHome() {
    assertThat(WorkspaceLocation.resolve(null, Map.of("DYADSCOPE_HOME", "/srv/dyad"), HOME))
        .isEqualTo(Path.of("/srv/dyad"));
  }

  @Test
  void blankEnvironmentFallsBackToHome() {
    assertThat(WorkspaceLocation.resolve(null, Map.of("DYADSCOPE_HOME", "  "), HOME))
        .isEqualTo(Path.of("/home/ana/.dyadscope"));
  }

  @Test
  void homeFolderWhenNothingElseNamesOne() {
    assertThat(WorkspaceLocation.resolve(null, Map.of("PATH", "/usr/bin"), HOME))
        .isEqualTo(Path.of("/home/ana/.dyadscope"));
  }

  @Test
  void relativeExplicitFolderIsMadeAbsolute() {
    assertThat(WorkspaceLocation.resolve(Path.of("ws/../ws2"), Map.of(), HOME))
        .isEqualTo(Path.of("").toAbsolutePath().resolve("ws2"));
  }
}
