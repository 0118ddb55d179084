package io.dyadscope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * How a workspace folder is opened: the folder created on first use, the database connected under
 * its lock ({@link Locking}: waiting while another process holds the file, then failing naming it),
 * and its schema brought up to date by a writer or checked by a reader ({@link Migrations}); a
 * database written by a newer Dyadscope is refused.
 */
final class WorkspaceOpening {

  private WorkspaceOpening() {}

  /** Opens as {@code access} says; a reader first has a missing or older database made current by a short writing open. */
  static Workspace open(Path dir, Access access) {
    Path folder = dir.toAbsolutePath().normalize();
    if (!access.readOnly()) {
      return open(folder, Migrations.all(), access);
    }
    // A reader cannot create or upgrade: a short writing open does that first.
    if (!Files.exists(folder.resolve(Workspace.DATABASE_FILE))) {
      open(folder, Migrations.all(), access.asWriter()).close();
    }
    try {
      return open(folder, Migrations.all(), access);
    } catch (OutdatedSchemaException e) {
      open(folder, Migrations.all(), access.asWriter()).close();
      return open(folder, Migrations.all(), access);
    }
  }

  /** Opens with {@code migrations} as the schema's history. */
  static Workspace open(Path dir, List<Migration> migrations, Access access) {
    Path folder = dir.toAbsolutePath().normalize();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new WorkspaceException("cannot create workspace folder " + folder + ": " + e.getMessage(), e);
    }
    Path file = folder.resolve(Workspace.DATABASE_FILE);
    Database db = Locking.connect(file, access);
    try {
      int version = access.readOnly() ? Migrations.check(db.connection(), file, migrations)
          : Migrations.upgrade(db.connection(), file, migrations);
      return new Workspace(folder, db, version);
    } catch (SQLException | RuntimeException e) {
      try {
        db.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof WorkspaceException we) {
        throw we;
      }
      throw new WorkspaceException("cannot upgrade workspace " + file + ": " + e.getMessage(), e);
    }
  }
}
