-- evidence: sources, observations, imports
CREATE TABLE sources (
  id VARCHAR PRIMARY KEY,
  citation VARCHAR NOT NULL,
  publisher VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  grade VARCHAR NOT NULL,
  year INTEGER,
  url VARCHAR NOT NULL);

CREATE TABLE observations (
  id VARCHAR PRIMARY KEY,
  indicator VARCHAR NOT NULL,
  dyad VARCHAR NOT NULL,
  subject VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  period_ordinal INTEGER NOT NULL,
  period_annual BOOLEAN NOT NULL,
  value DOUBLE NOT NULL,
  unit VARCHAR NOT NULL,
  status VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  reported_by VARCHAR NOT NULL,
  location VARCHAR NOT NULL,
  note VARCHAR NOT NULL,
  import_id INTEGER);

CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  file_name VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  added INTEGER NOT NULL,
  replaced INTEGER NOT NULL,
  unchanged INTEGER NOT NULL);
