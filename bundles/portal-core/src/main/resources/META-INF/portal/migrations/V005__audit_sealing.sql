-- Audit entries are written in the transaction of the change or read they describe (CORE_AUDIT_PENDING, one insert,
-- no lock) and sealed into the keyed chain (CORE_AUDIT) in commit order by one sealer at a time, which takes the
-- CORE_AUDIT_HEAD row's lock. SCHEME 1: the chain before this version (unkeyed SHA-256); the portal verifies it and
-- seals it with the key once, then sets 2. Pending entries get random ids from the portal: an identity column here made
-- Derby refuse concurrent first inserts (40XL1, contention on the identity's sequence), failing the caller's change.
CREATE TABLE CORE_AUDIT_PENDING (
  ID CHAR(32) NOT NULL,
  EVENT_TIME TIMESTAMP NOT NULL,
  ACTOR_ID BIGINT NOT NULL,
  ACTOR VARCHAR(64) NOT NULL,
  AUDIT_ACTION VARCHAR(32) NOT NULL,
  MODULE_ID VARCHAR(32) NOT NULL,
  RECORD_TYPE VARCHAR(64),
  RECORD_ID VARCHAR(64),
  RECORD_IDS VARCHAR(30000),
  ORG_NODE_ID BIGINT,
  DETAIL VARCHAR(2000),
  CONSTRAINT PK_CORE_AUDIT_PENDING PRIMARY KEY (ID)
);
ALTER TABLE CORE_AUDIT ADD COLUMN RECORD_IDS VARCHAR(30000);
CREATE TABLE CORE_AUDIT_HEAD (
  ID INTEGER NOT NULL,
  SEQ BIGINT NOT NULL,
  HASH VARCHAR(64) NOT NULL,
  SCHEME INTEGER NOT NULL,
  CONSTRAINT PK_CORE_AUDIT_HEAD PRIMARY KEY (ID)
);
INSERT INTO CORE_AUDIT_HEAD (ID, SEQ, HASH, SCHEME) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 1);
