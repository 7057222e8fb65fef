package org.citemeta.ingest;

import java.util.Map;

/** A document as a client or a seed file gives it, decoded but not yet validated. */
public record DocumentInput(String text, String title, String source, String mediaType, Map<String, Object> metadata) {

    public static final String PLAIN = "text/plain";
    public static final String MARKDOWN = "text/markdown";
}
