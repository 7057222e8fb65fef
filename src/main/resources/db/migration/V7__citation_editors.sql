-- The editors of a cited work (of the book or proceedings a chapter or paper is in, or of an edited book) and the
-- publisher's place ("Berlin" of "Berlin: Springer"), as the reference parser gives them since 7 Dec 2026.
-- Stored documents are extracted again at start-up (EXTRACTION_VERSION), which fills them.
ALTER TABLE citation
    ADD COLUMN editors         JSONB NOT NULL DEFAULT '[]'::jsonb,
    ADD COLUMN publisher_place TEXT;
