package org.citemeta.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.citemeta.store.DocumentRow;

import java.time.OffsetDateTime;
import java.util.Map;

/** A document as clients see it; {@code text} only when asked for. */
public record DocumentView(long id, long workId, String title, String source, String mediaType, String contentHash,
                           int length, Map<String, Object> metadata, Map<String, Object> extracted,
                           OffsetDateTime createdAt,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

    static DocumentView of(DocumentRow row, String text) {
        return new DocumentView(row.id(), row.workId(), row.title(), row.source(), row.mediaType(),
                "sha256:" + row.contentHash(), row.length(), row.metadata(), row.extracted(), row.createdAt(), text);
    }
}
