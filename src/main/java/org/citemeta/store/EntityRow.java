package org.citemeta.store;

import java.util.List;
import java.util.Map;

/** An entity with its aliases and how often it is mentioned, across all documents. */
public record EntityRow(long id, String type, String name, String country, Map<String, Object> identifiers,
                        List<String> aliases, long mentionCount, long documentCount) {
}
