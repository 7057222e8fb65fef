package org.citemeta.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.citemeta.extract.citation.CitationAuthor;
import org.citemeta.extract.citation.ParsedReference;
import org.citemeta.store.CitationRow;
import org.citemeta.store.CitationStore;

import java.util.List;

/** What clients see of citations, where documents cite them, and parsed reference strings. */
final class CitationViews {

    private CitationViews() {
    }

    record AuthorView(String family, String given) {
    }

    /**
     * A cited work. {@code id}, {@code documentCount} and {@code occurrenceCount} are absent for a reference parsed
     * by {@code POST /citations/parse}, which carries its {@code raw} string instead.
     */
    record CitationView(@JsonInclude(JsonInclude.Include.NON_NULL) Long id, String key, String type,
                        List<AuthorView> authors, boolean etAl, String title, String containerTitle, String volume,
                        String issue, String page, String pageFirst, String pageLast, Integer year, String doi,
                        String arxiv, String url, String publisher, String publisherPlace, List<AuthorView> editors,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long documentCount,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long occurrenceCount,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String raw) {

        static CitationView of(CitationRow r) {
            return new CitationView(r.id(), r.key(), r.type(),
                    r.authors().stream().map(a -> new AuthorView(a.family(), a.given())).toList(), r.etAl(), r.title(),
                    r.containerTitle(), r.volume(), r.issue(), pages(r.pageFirst(), r.pageLast()), r.pageFirst(),
                    r.pageLast(), r.year(), r.doi(), r.arxiv(), r.url(), r.publisher(), r.publisherPlace(),
                    r.editors().stream().map(a -> new AuthorView(a.family(), a.given())).toList(), r.documentCount(),
                    r.occurrenceCount(), null);
        }

        static CitationView parsed(String raw, String key, ParsedReference p) {
            List<AuthorView> authors = p.authors().stream().map((CitationAuthor a) -> new AuthorView(a.family(), a.given()))
                    .toList();
            return new CitationView(null, key, p.type() == null ? "article" : p.type(), authors, p.etAl(), p.title(),
                    p.containerTitle(), p.volume(), p.issue(), p.pages(), p.pageFirst(), p.pageLast(), p.year(), p.doi(),
                    p.arxiv(), p.url(), p.publisher(), p.publisherPlace(),
                    p.editors().stream().map((CitationAuthor a) -> new AuthorView(a.family(), a.given())).toList(), null, null,
                    raw);
        }

        private static String pages(String first, String last) {
            return first == null ? null : last == null ? first : first + "-" + last;
        }
    }

    record MarkerView(String text, int start, int end, String context) {
    }

    record OccurrenceView(long documentId, int order, String kind, String label, String raw, int start, int end,
                          String context, List<MarkerView> markers) {
        static OccurrenceView of(CitationStore.OccurrenceRow o) {
            return new OccurrenceView(o.documentId(), o.order(), o.kind(), o.label(), o.raw(), o.start(), o.end(),
                    o.context(), o.markers().stream().map(m -> new MarkerView(m.text(), m.start(), m.end(), m.context()))
                    .toList());
        }
    }

    record DocumentRef(long id, String title, String source, Long workId) {
    }

    /** A document citing a work, with every place it does. */
    record CitingDocumentView(DocumentRef document, List<OccurrenceView> occurrences) {
        static CitingDocumentView of(CitationStore.CitingDocumentRow r) {
            return new CitingDocumentView(new DocumentRef(r.documentId(), r.title(), r.source(), r.workId()),
                    r.occurrences().stream().map(OccurrenceView::of).toList());
        }
    }

    /** A citation as one document makes it: the occurrence, then the cited work. */
    record DocumentCitationView(int order, String kind, String label, String raw, int start, int end, String context,
                                List<MarkerView> markers, CitationView citation) {
        static DocumentCitationView of(CitationStore.DocumentCitationRow r) {
            OccurrenceView o = OccurrenceView.of(r.occurrence());
            return new DocumentCitationView(o.order(), o.kind(), o.label(), o.raw(), o.start(), o.end(), o.context(),
                    o.markers(), CitationView.of(r.citation()));
        }
    }
}
