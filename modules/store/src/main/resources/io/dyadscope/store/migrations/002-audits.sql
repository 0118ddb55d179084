-- saved audits: documents, claims, audit_findings
CREATE TABLE documents (
  id VARCHAR PRIMARY KEY,
  path VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL UNIQUE,
  dyad VARCHAR NOT NULL,
  saved_at TIMESTAMP NOT NULL,
  text VARCHAR NOT NULL);

CREATE TABLE claims (
  document_id VARCHAR NOT NULL,
  line INTEGER NOT NULL,
  excerpt VARCHAR NOT NULL,
  indicator VARCHAR NOT NULL,
  subject VARCHAR NOT NULL,
  period VARCHAR NOT NULL,
  value DOUBLE NOT NULL,
  unit VARCHAR NOT NULL,
  status VARCHAR NOT NULL);

CREATE TABLE audit_findings (
  document_id VARCHAR NOT NULL,
  check_id VARCHAR NOT NULL,
  severity VARCHAR NOT NULL,
  line INTEGER NOT NULL,
  excerpt VARCHAR NOT NULL,
  message VARCHAR NOT NULL);
