package org.citemeta.ingest;

import org.citemeta.store.DocumentRow;

/** The stored document and whether this call created it (false: the same content was already stored). */
public record IngestResult(DocumentRow document, boolean created) {
}
