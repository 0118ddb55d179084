-- text corpus: corpus_documents with metadata and text, their segments, codings and memos
CREATE TABLE corpus_documents (
  id VARCHAR NOT NULL,
  sha256 VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  publisher VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  date VARCHAR NOT NULL,
  language VARCHAR NOT NULL,
  source_id VARCHAR NOT NULL,
  url VARCHAR NOT NULL,
  licence VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  imported_at TIMESTAMP NOT NULL,
  text VARCHAR NOT NULL);

CREATE TABLE corpus_segments (
  document_id VARCHAR NOT NULL,
  unit VARCHAR NOT NULL,
  ordinal INTEGER NOT NULL,
  start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL);

CREATE TABLE corpus_codings (
  document_id VARCHAR NOT NULL,
  start_char INTEGER NOT NULL,
  end_char INTEGER NOT NULL,
  code_id VARCHAR NOT NULL,
  coder VARCHAR NOT NULL,
  origin VARCHAR NOT NULL,
  rule VARCHAR NOT NULL,
  quote VARCHAR NOT NULL,
  coded_at TIMESTAMP NOT NULL);

CREATE TABLE corpus_memos (
  target_kind VARCHAR NOT NULL,
  target VARCHAR NOT NULL,
  author VARCHAR NOT NULL,
  text VARCHAR NOT NULL,
  written_at TIMESTAMP NOT NULL);
