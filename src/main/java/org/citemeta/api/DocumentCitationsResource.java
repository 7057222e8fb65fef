package org.citemeta.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.citemeta.api.CitationViews.DocumentCitationView;
import org.citemeta.error.ServiceException;
import org.citemeta.store.CitationStore;
import org.citemeta.store.DocumentStore;

import java.util.Set;

/**
 * {@code /documents/{id}/citations}: what a document cites, in document order, each with where and how (raw string,
 * offsets, the sentence around it). A root resource of its own for the reason given on {@link DocumentEntitiesResource}.
 */
@Path("/documents/{id}/citations")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentCitationsResource {

    private static final Set<String> PARAMS = Set.of("page", "per_page", "cursor");

    private final CitationStore citations;
    private final DocumentStore documents;

    public DocumentCitationsResource(CitationStore citations, DocumentStore documents) {
        this.citations = citations;
        this.documents = documents;
    }

    @GET
    public ListEnvelope<DocumentCitationView> list(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParams q = QueryParams.of(uri, PARAMS);
        long documentId = QueryParams.parseInteger("Document id", id, 1, Long.MAX_VALUE);
        if (documents.findRow(documentId).isEmpty()) {
            throw ServiceException.notFound("No document with id " + documentId + ".");
        }
        return Paging.offsetPage(q, "order", (start, limit) -> citations.documentCitations(documentId, start, limit),
                citations.documentCitationCount(documentId), DocumentCitationView::of);
    }
}
