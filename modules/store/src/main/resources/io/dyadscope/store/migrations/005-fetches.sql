-- fetches: the API answers behind fetched observations and events
CREATE TABLE fetches (
  id INTEGER PRIMARY KEY,
  api VARCHAR NOT NULL,
  dyad VARCHAR NOT NULL,
  query VARCHAR NOT NULL,
  retrieved_at TIMESTAMP NOT NULL,
  sha256 VARCHAR NOT NULL,
  bytes BIGINT NOT NULL,
  import_kind VARCHAR NOT NULL,
  import_id INTEGER NOT NULL,
  recorded_at TIMESTAMP NOT NULL);
