-- corpus documents record the countries they concern (ISO alpha-3 codes separated by ';'; empty: not recorded)
ALTER TABLE corpus_documents ADD COLUMN countries VARCHAR DEFAULT '';
