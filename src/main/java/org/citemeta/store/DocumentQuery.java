package org.citemeta.store;

import java.time.OffsetDateTime;

/**
 * One page of a document list: an optional filter, an order, and either an offset or a keyset position
 * (the last row of the previous page) to continue after.
 */
public record DocumentQuery(Long workId, DocumentSort sort, long offset, int limit, After after) {

    /** The sort key and id of the last row already served. */
    public record After(OffsetDateTime createdAt, long id) {
    }
}
