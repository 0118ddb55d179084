package io.dyadscope.cli;

import io.dyadscope.app.WorkspaceAccess;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Test helper run as its own process: holds a workspace open for a while, for writing as a long
 * import does, or for reading ({@code read} as third argument) as a long report does.
 */
public final class HoldWorkspace {

  private HoldWorkspace() {}

  public static void main(String[] args) throws InterruptedException {
    WorkspaceAccess access = new WorkspaceAccess(Path.of(args[0]), Duration.ZERO, null);
    long millis = Long.parseLong(args[1]);
    WorkspaceAccess.Use<Void, RuntimeException> hold = ws -> {
      System.out.print("ready\n");
      System.out.flush();
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    };
    if (args.length > 2 && args[2].equals("read")) {
      access.read(hold);
    } else {
      access.write(hold);
    }
  }
}
