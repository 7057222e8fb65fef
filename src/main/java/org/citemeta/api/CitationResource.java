package org.citemeta.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.citemeta.api.CitationViews.CitationView;
import org.citemeta.api.CitationViews.CitingDocumentView;
import org.citemeta.error.ErrorKind;
import org.citemeta.error.ServiceException;
import org.citemeta.store.CitationRow;
import org.citemeta.store.CitationStore;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /citations}: the works the documents cite, one record per work, as JSON or, by {@code Accept}, CSL-JSON,
 * BibTeX or RIS.
 */
@Path("/citations")
public class CitationResource {

    private static final Set<String> LIST_PARAMS = Set.of("documentId", "year", "container", "author", "doi", "q", "sort",
            "page", "per_page", "cursor");
    private static final Set<String> PAGE_PARAMS = Set.of("page", "per_page", "cursor");
    private static final Pattern YEARS = Pattern.compile("(\\d{1,4})?(-)?(\\d{1,4})?");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?i)(https?://(dx\\.)?doi\\.org/|doi:)");

    private final CitationStore citations;
    private final ObjectMapper json;

    public CitationResource(CitationStore citations, ObjectMapper json) {
        this.citations = citations;
        this.json = json;
    }

    @GET
    public Response list(@Context UriInfo uri, @Context HttpHeaders headers) {
        String format = format(headers);
        QueryParams q = QueryParams.of(uri, LIST_PARAMS);
        Long documentId = q.has("documentId") ? q.integer("documentId", 1, Long.MAX_VALUE, 0) : null;
        CitationStore.Filter filter = filter(q, documentId);
        ListEnvelope<CitationView> page = page(citations, q, filter);
        if (format.equals(CitationFormats.JSON)) {
            return Response.ok(page, MediaType.APPLICATION_JSON).build();
        }
        Response.ResponseBuilder answer = export(format, page.results());
        String next = nextLink(uri, q, page.meta());
        if (next != null) {
            answer.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return answer.header("X-Total-Count", page.meta().count()).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
        String format = format(headers);
        QueryParams.of(uri, Set.of());
        CitationView view = CitationView.of(citation(id));
        if (format.equals(CitationFormats.JSON)) {
            return Response.ok(view, MediaType.APPLICATION_JSON).build();
        }
        if (format.equals(CitationFormats.CSL_JSON)) {
            return Response.ok(write(CitationFormats.csl(view)), CitationFormats.CSL_JSON).build();
        }
        return export(format, List.of(view)).build();
    }

    @GET
    @Path("{id}/citing-documents")
    @Produces(MediaType.APPLICATION_JSON)
    public ListEnvelope<CitingDocumentView> citingDocuments(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParams q = QueryParams.of(uri, PAGE_PARAMS);
        long citation = citation(id).id();
        return Paging.offsetPage(q, "citing", (start, limit) -> citations.citingDocuments(citation, start, limit),
                citations.citingDocumentCount(citation), CitingDocumentView::of);
    }

    static ListEnvelope<CitationView> page(CitationStore citations, QueryParams q, CitationStore.Filter filter) {
        CitationStore.Sort sort = sort(q.string("sort"), filter.q() != null);
        return Paging.offsetPage(q, sort.name(), (start, limit) -> citations.list(filter, sort, start, limit),
                citations.count(filter), CitationView::of);
    }

    /** A list or item in one of the export formats (not JSON). */
    private Response.ResponseBuilder export(String format, List<CitationView> views) {
        return switch (format) {
            case CitationFormats.CSL_JSON -> Response.ok(write(views.stream().map(CitationFormats::csl).toList()), format);
            case CitationFormats.BIBTEX -> Response.ok(CitationFormats.bibtex(views), format + ";charset=UTF-8");
            case CitationFormats.RIS -> Response.ok(CitationFormats.ris(views), format + ";charset=UTF-8");
            default -> throw new IllegalStateException("not an export format: " + format);
        };
    }

    /** The served media type the client prefers; 406 when it accepts none. */
    static String format(HttpHeaders headers) {
        String format = CitationFormats.negotiate(headers.getAcceptableMediaTypes());
        if (format == null) {
            throw new ServiceException(ErrorKind.NOT_ACCEPTABLE, "Citations are served as " + CitationFormats.describe()
                    + "; the Accept header asks for none of them.");
        }
        return format;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unwritable CSL-JSON", e);
        }
    }

    private static String nextLink(UriInfo uri, QueryParams q, ListEnvelope.Meta meta) {
        if (meta.nextCursor() != null) {
            return uri.getRequestUriBuilder().replaceQueryParam("cursor", meta.nextCursor()).build().toString();
        }
        if (meta.page() != null && (long) meta.page() * meta.perPage() < meta.count()) {
            return uri.getRequestUriBuilder().replaceQueryParam("page", meta.page() + 1).build().toString();
        }
        return null;
    }

    private CitationRow citation(String id) {
        long citationId = QueryParams.parseInteger("Citation id", id, 1, Long.MAX_VALUE);
        return citations.find(citationId).orElseThrow(() -> ServiceException.notFound("No citation with id " + citationId + "."));
    }

    static CitationStore.Filter filter(QueryParams q, Long documentId) {
        Integer from = null;
        Integer to = null;
        String year = q.string("year");
        if (year != null) {
            Matcher m = YEARS.matcher(year.strip());
            if (!m.matches() || (m.group(1) == null && m.group(3) == null) || (m.group(2) == null && m.group(3) != null)) {
                throw ServiceException.invalid("year takes a year (2023) or a range (2000-2010, 2000-, -2010), not '"
                        + QueryParams.abbreviate(year) + "'.");
            }
            from = m.group(1) == null ? null : Integer.valueOf(m.group(1));
            to = m.group(2) == null ? from : m.group(3) == null ? null : Integer.valueOf(m.group(3));
            if (from != null && to != null && from > to) {
                throw ServiceException.invalid("year range " + year.strip() + " ends before it starts.");
            }
        }
        String doi = text(q, "doi", 300);
        if (doi != null) {
            doi = DOI_PREFIX.matcher(doi).replaceFirst("");
            if (!doi.startsWith("10.")) {
                throw ServiceException.invalid("doi takes a DOI such as 10.1126/science.abc1234, not '" + QueryParams.abbreviate(doi) + "'.");
            }
        }
        return new CitationStore.Filter(documentId, from, to, text(q, "container", 300), text(q, "author", 200), doi,
                text(q, "q", 200));
    }

    private static String text(QueryParams q, String name, int max) {
        String text = q.string(name);
        if (text == null) {
            return null;
        }
        text = text.strip();
        if (text.isEmpty() || text.length() > max) {
            throw ServiceException.invalid(name + " takes 1 to " + max + " characters.");
        }
        if (text.indexOf('\0') >= 0) {
            throw ServiceException.invalid(name + " contains a NUL character.");
        }
        return text;
    }

    private static CitationStore.Sort sort(String value, boolean hasQuery) {
        if (value == null) {
            return hasQuery ? CitationStore.Sort.RELEVANCE : CitationStore.Sort.ID_ASC;
        }
        return switch (value) {
            case "id", "id:asc" -> CitationStore.Sort.ID_ASC;
            case "year:desc" -> CitationStore.Sort.YEAR_DESC;
            case "year", "year:asc" -> CitationStore.Sort.YEAR_ASC;
            case "cited:desc", "cited" -> CitationStore.Sort.CITED_DESC;
            case "author", "author:asc" -> CitationStore.Sort.AUTHOR_ASC;
            case "relevance" -> {
                if (!hasQuery) {
                    throw ServiceException.invalid("sort=relevance needs a q.");
                }
                yield CitationStore.Sort.RELEVANCE;
            }
            default -> throw ServiceException.invalid("Unknown sort '" + QueryParams.abbreviate(value)
                    + "'; citations sort by id, year, year:desc, cited:desc, author or relevance (with q).");
        };
    }
}
