-- A full-dump import withdraws the ROR organisations the new dump no longer holds: their status becomes
-- 'withdrawn' and absent_since says when (null for a status read from a ROR record). A later import that holds
-- the record again takes its status from the record and clears absent_since.
ALTER TABLE organization ADD COLUMN absent_since TIMESTAMPTZ;

-- What each import did, beyond what the reader saw.
ALTER TABLE kb_import ADD COLUMN full_dump BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE kb_import ADD COLUMN inserted  BIGINT  NOT NULL DEFAULT 0;
ALTER TABLE kb_import ADD COLUMN updated   BIGINT  NOT NULL DEFAULT 0;
ALTER TABLE kb_import ADD COLUMN withdrawn BIGINT  NOT NULL DEFAULT 0;
