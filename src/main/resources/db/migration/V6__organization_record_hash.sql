-- The hash of the record an organisation was last imported from: a re-import skips records whose hash (and source)
-- did not change, and reports them as unchanged rather than updated. Null for rows written before this column and
-- for organisations withdrawn as absent from a full dump (so the record coming back is written again).
ALTER TABLE organization ADD COLUMN record_hash TEXT;

ALTER TABLE kb_import ADD COLUMN unchanged BIGINT NOT NULL DEFAULT 0;
