package org.citemeta.store;

import java.util.List;

/** A cited work as stored, with how many documents cite it and how many times. */
public record CitationRow(long id, String key, String type, List<Author> authors, boolean etAl, String title,
                          String containerTitle, String volume, String issue, String pageFirst, String pageLast,
                          Integer year, String doi, String arxiv, String url, String publisher,
                          List<Author> editors, String publisherPlace, long documentCount, long occurrenceCount) {

    /** An author as stored: CSL family and given names. */
    public record Author(String family, String given) {
    }
}
