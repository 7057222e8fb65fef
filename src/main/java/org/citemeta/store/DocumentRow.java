package org.citemeta.store;

import java.time.OffsetDateTime;
import java.util.Map;

/** What the store tells about a document, without its text. */
public record DocumentRow(long id, long workId, String title, String source, String mediaType, String contentHash,
                          int length, Map<String, Object> metadata, Map<String, Object> extracted,
                          OffsetDateTime createdAt) {
}
