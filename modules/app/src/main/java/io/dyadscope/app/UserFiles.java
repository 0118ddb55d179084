package io.dyadscope.app;

import io.dyadscope.evidence.UserError;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks on the files users name. */
public final class UserFiles {

  private UserFiles() {}

  /** A reader of one kind of file a user gives (rules, lexicons...). */
  @FunctionalInterface
  public interface FileReader<T> {
    T read(Reader reader) throws IOException;
  }

  /**
   * Reads a file the user named with {@code reader}; any problem becomes a user error naming the
   * file ({@code rules.json: unknown metric 'x' in rule 'y'}).
   */
  public static <T> T read(Path file, FileReader<T> reader) {
    requireFile(file);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return reader.read(r);
    } catch (IOException | RuntimeException e) {
      throw new UserError(file + ": " + e.getMessage(), e);
    }
  }

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
