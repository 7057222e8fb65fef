package org.citemeta.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** The list envelope shared by every collection (design.md §3). */
public record ListEnvelope<T>(Meta meta, List<T> results) {

    public record Meta(long count, Integer page, @JsonProperty("per_page") int perPage,
                       @JsonProperty("next_cursor") String nextCursor) {
    }
}
