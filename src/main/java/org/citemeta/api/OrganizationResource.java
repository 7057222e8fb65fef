package org.citemeta.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.citemeta.api.EntityViews.EntityView;
import org.citemeta.api.EntityViews.OrganizationView;
import org.citemeta.error.ServiceException;
import org.citemeta.ingest.KnowledgeBaseService;
import org.citemeta.store.EntityStore;
import org.citemeta.store.OrganizationStore.StoredOrganization;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * {@code /organizations/{ror}}: an imported ROR organisation by its id, whatever its status: inactive and withdrawn
 * organisations are never chosen by the linker but stay visible here.
 */
@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final KnowledgeBaseService knowledgeBase;
    private final EntityStore entities;

    public OrganizationResource(KnowledgeBaseService knowledgeBase, EntityStore entities) {
        this.knowledgeBase = knowledgeBase;
        this.entities = entities;
    }

    /** The organisation, since when a full-dump import found it absent (if it did), and the entity linked to it. */
    record OrganizationDetail(OrganizationView organization, OffsetDateTime absentSince,
                              @JsonInclude(JsonInclude.Include.NON_NULL) EntityView entity) {
    }

    @GET
    @Path("{id}")
    public OrganizationDetail get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParams.of(uri, Set.of());
        String bare = QueryParams.bareRorId(id);
        if (bare == null) {
            throw ServiceException.invalid("An organisation is named by its ROR id such as 034t30j35, not '"
                    + QueryParams.abbreviate(id) + "'.");
        }
        StoredOrganization o = knowledgeBase.organization(bare)
                .orElseThrow(() -> ServiceException.notFound("No ROR organisation " + bare + " in the knowledge base."));
        Long entityId = knowledgeBase.entitiesLinkedTo(List.of(bare)).get(bare);
        EntityView entity = entityId == null ? null : entities.find(entityId).map(r -> EntityView.of(r, null)).orElse(null);
        return new OrganizationDetail(OrganizationView.of(o.record()), o.absentSince(), entity);
    }
}
