-- The record ids of a list read longer than a few ids are kept once per distinct list, under '@' and the SHA-256 of
-- their encoded form; the entry's RECORD_IDS holds that reference, which the entry's seal covers. The same list read
-- again (a town office opening its person list all day) adds a short entry, not another copy of the list.
CREATE TABLE CORE_AUDIT_IDS (
  REF CHAR(65) NOT NULL,
  RECORD_IDS VARCHAR(30000) NOT NULL,
  CONSTRAINT PK_CORE_AUDIT_IDS PRIMARY KEY (REF)
);
