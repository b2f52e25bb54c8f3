-- One counter per data area (a module's id, 'org'): a change moves it on in its own transaction, and what a node keeps
-- in memory is used only while the counters it was computed under are still the committed ones (DataVersions).
-- Rows are created at an area's first change.
CREATE TABLE CORE_DATA_VERSION (
  AREA VARCHAR(64) NOT NULL,
  VERSION BIGINT NOT NULL,
  CONSTRAINT PK_CORE_DATA_VERSION PRIMARY KEY (AREA)
);
