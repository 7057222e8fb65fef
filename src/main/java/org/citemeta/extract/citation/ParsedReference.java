package org.citemeta.extract.citation;

import java.util.List;

/**
 * The structured fields of one reference string, named after CSL variables. Every field may be null
 * (lists empty) when the string does not carry it.
 *
 * @param authors        authors in order
 * @param etAl           the author list was cut with "et al." (or "and others")
 * @param title          title of the cited item
 * @param containerTitle journal, book or proceedings title, full or abbreviated as written
 * @param volume         volume
 * @param issue          issue / number
 * @param pageFirst      first page or article number ("240", "e1002", "102301")
 * @param pageLast       last page, expanded ("240–3" gives "243"); null for a single page or article number
 * @param year           year of issue
 * @param doi            DOI without resolver prefix, as written (case kept)
 * @param arxiv          arXiv identifier ("2101.01234", "hep-th/9901001")
 * @param url            URL other than a DOI resolver link
 * @param publisher      publisher
 * @param publisherPlace the publisher's place ("Berlin" of "Berlin: Springer")
 * @param editors        editors in order (of the book or proceedings a chapter or paper is in, or of an edited book)
 * @param type           CSL type: article-journal, book, chapter, paper-conference, report, thesis, webpage, article
 */
public record ParsedReference(List<CitationAuthor> authors, boolean etAl, String title, String containerTitle,
                              String volume, String issue, String pageFirst, String pageLast, Integer year,
                              String doi, String arxiv, String url, String publisher, String publisherPlace,
                              List<CitationAuthor> editors, String type) {
    public ParsedReference {
        authors = authors == null ? List.of() : List.copyOf(authors);
        editors = editors == null ? List.of() : List.copyOf(editors);
    }

    /** Pages as CSL writes them: "240-243", "240" or null. */
    public String pages() {
        if (pageFirst == null) {
            return null;
        }
        return pageLast == null ? pageFirst : pageFirst + "-" + pageLast;
    }

    // Copies with one field changed, for the parser's post-processing steps (package-private: not part of the
    // contract with the service).

    ParsedReference withTitle(String title) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }

    ParsedReference withContainerTitle(String containerTitle) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }

    ParsedReference withAuthors(List<CitationAuthor> authors, boolean etAl) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }

    ParsedReference withEditors(List<CitationAuthor> editors) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }

    ParsedReference withVolumeAndIssue(String volume, String issue) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }

    ParsedReference withVolume(String volume) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }

    ParsedReference withPublisher(String publisher) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }

    ParsedReference withPublisherAndPlace(String publisher, String publisherPlace) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }

    ParsedReference withPages(String pageFirst, String pageLast) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }

    ParsedReference withYear(Integer year) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }

    ParsedReference withType(String type) {
        return new ParsedReference(authors, etAl, title, containerTitle, volume, issue, pageFirst, pageLast, year, doi,
                arxiv, url, publisher, publisherPlace, editors, type);
    }
}
