package io.dyadscope.cli;

import io.dyadscope.app.WorkspaceAccess;
import java.nio.file.Path;
import java.time.Duration;

/** Test helper run as its own process: holds a workspace open for writing for a while, as a long import does. */
public final class HoldWorkspace {

  private HoldWorkspace() {}

  public static void main(String[] args) throws InterruptedException {
    WorkspaceAccess access = new WorkspaceAccess(Path.of(args[0]), Duration.ZERO, null);
    long millis = Long.parseLong(args[1]);
    access.write(ws -> {
      System.out.print("ready\n");
      System.out.flush();
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    });
  }
}
