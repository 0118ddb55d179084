package io.dyadscope.store;

import java.util.List;

/** {@link ImportLog} over the {@code imports} table. */
record SqlImportLog(Database db) implements ImportLog {

  @Override
  public List<ImportRecord> all() {
    return db.list("read the import log", "SELECT id, file_name, sha256, CAST(imported_at AS VARCHAR), added,"
        + " replaced, unchanged FROM imports ORDER BY id", List.of(), r -> new ImportRecord(r.getLong(1), r.getString(2),
            r.getString(3), Timestamps.parseUtc(r.getString(4)), r.getInt(5), r.getInt(6), r.getInt(7)));
  }
}
