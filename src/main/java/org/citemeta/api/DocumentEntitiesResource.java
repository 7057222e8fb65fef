package org.citemeta.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.citemeta.api.EntityViews.EntityView;
import org.citemeta.error.ServiceException;
import org.citemeta.store.DocumentStore;
import org.citemeta.store.EntityStore;

import java.util.Set;

/**
 * {@code /documents/{id}/entities}. A root resource of its own: JAX-RS picks the root class before the method,
 * so a method for this path on any other class would be shadowed by {@link DocumentResource}'s {@code /documents}.
 */
@Path("/documents/{id}/entities")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentEntitiesResource {

    private static final Set<String> PARAMS = Set.of("type", "q", "country", "ror", "sort", "page", "per_page", "cursor");

    private final EntityStore entities;
    private final DocumentStore documents;

    public DocumentEntitiesResource(EntityStore entities, DocumentStore documents) {
        this.entities = entities;
        this.documents = documents;
    }

    @GET
    public ListEnvelope<EntityView> list(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParams q = QueryParams.of(uri, PARAMS);
        long documentId = QueryParams.parseInteger("Document id", id, 1, Long.MAX_VALUE);
        if (documents.findRow(documentId).isEmpty()) {
            throw ServiceException.notFound("No document with id " + documentId + ".");
        }
        return EntityResource.page(entities, q, EntityResource.filter(q, documentId));
    }
}
