package io.dyadscope.app;

import io.dyadscope.evidence.UserError;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the files users name. */
public final class UserFiles {

  private UserFiles() {}

  /** @throws UserError when {@code p} is not a readable regular file */
  public static void requireFile(Path p) {
    if (!Files.isRegularFile(p)) {
      throw new UserError("no such file: " + p);
    }
    if (!Files.isReadable(p)) {
      throw new UserError("cannot read " + p + ": permission denied");
    }
  }
}
