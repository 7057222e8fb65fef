package org.citemeta.extract.citation;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw field strings a {@link FieldLabeller} found in one reference, before post-processing (trimming, author
 * splitting, page-range expansion, year parsing). Mutable; confined to one parse call.
 */
final class LabelledFields {
    /** Authors already split by the labeller (it needs the names to find where the author list ends). */
    final List<CitationAuthor> authors = new ArrayList<>();
    boolean etAl;
    String title;
    String container;
    String volume;
    String issue;
    String pageFirst;
    String pageLast;
    String year;
    String doi;
    String arxiv;
    String url;
    String publisher;
    String place;
    String editors;
    /** The names of an edited book's list opening the reference ("Snyder, C. R. (Ed.)."), which has no authors. */
    final List<CitationAuthor> leadEditors = new ArrayList<>();
    /** A CSL type hint from keywords ("thesis", "report", "chapter" ...), or null. */
    String typeHint;
}
