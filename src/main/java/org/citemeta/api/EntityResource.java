package org.citemeta.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.citemeta.api.EntityViews.EntityView;
import org.citemeta.api.EntityViews.GroupView;
import org.citemeta.api.EntityViews.MatchView;
import org.citemeta.ingest.KnowledgeBaseService;
import org.citemeta.kb.LinkCandidate;
import org.citemeta.kb.OrgLinker;
import org.citemeta.api.EntityViews.MentionView;
import org.citemeta.api.EntityViews.RelatedView;
import org.citemeta.api.EntityViews.RelationView;
import org.citemeta.error.ServiceException;
import org.citemeta.store.EntityRow;
import org.citemeta.store.EntityStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

/** {@code /entities}: who and what the documents talk about, across documents. */
@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
public class EntityResource {

    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "FACILITY", "LOCATION", "OTHER");
    private static final Set<String> LIST_PARAMS =
            Set.of("type", "q", "country", "documentId", "ror", "sort", "page", "per_page", "cursor", "group_by");
    private static final Set<String> PAGE_PARAMS = Set.of("page", "per_page", "cursor");

    private static final int MAX_AFFILIATION = 2000;

    private final EntityStore entities;
    private final KnowledgeBaseService knowledgeBase;

    public EntityResource(EntityStore entities, KnowledgeBaseService knowledgeBase) {
        this.entities = entities;
        this.knowledgeBase = knowledgeBase;
    }

    /** Retry-After of the 503 answered while the linker is built at start-up. */
    static final int LINKER_RETRY_AFTER_SECONDS = 5;

    /**
     * Links a raw affiliation string (or a mention) to the knowledge base: candidates with score, matching type and
     * at most one chosen, each with the organisation (its ROR id) and the entity citemeta keeps for it, if any.
     * Active organisations only unless {@code all_status=true} (as ROR's matcher); the others are never chosen.
     * 503 with Retry-After while the linker is being built at start-up.
     */
    @GET
    @Path("match")
    public ListEnvelope<MatchView> match(@Context UriInfo uri) {
        QueryParams q = QueryParams.of(uri, Set.of("affiliation", "all_status"));
        boolean allStatus = q.bool("all_status", false);
        String affiliation = q.string("affiliation");
        if (affiliation == null || affiliation.isBlank()) {
            throw ServiceException.invalid("affiliation is required: the affiliation string or name to link.");
        }
        if (affiliation.length() > MAX_AFFILIATION) {
            throw ServiceException.invalid("affiliation takes at most " + MAX_AFFILIATION + " characters.");
        }
        if (affiliation.indexOf('\0') >= 0) {
            throw ServiceException.invalid("affiliation contains a NUL character.");
        }
        OrgLinker linker = knowledgeBase.readyLinker().orElseThrow(() -> ServiceException.unavailable(String.format(
                java.util.Locale.ROOT, "The ROR linker is being built from the knowledge base (started %.0f s ago);"
                        + " try again in a few seconds.", knowledgeBase.buildingSeconds()), LINKER_RETRY_AFTER_SECONDS));
        List<LinkCandidate> candidates = linker.match(affiliation).stream()
                .filter(c -> allStatus || c.org().active()).toList();
        Map<String, Long> linked = knowledgeBase.entitiesLinkedTo(
                candidates.stream().map(c -> c.org().id()).collect(Collectors.toSet()));
        List<MatchView> results = candidates.stream().map(c -> MatchView.of(c,
                linked.containsKey(c.org().id()) ? entities.find(linked.get(c.org().id())).map(r -> EntityView.of(r, null))
                        .orElse(null) : null)).toList();
        return new ListEnvelope<>(new ListEnvelope.Meta(results.size(), null, results.size(), null), results);
    }

    @GET
    public ListEnvelope<?> list(@Context UriInfo uri) {
        QueryParams q = QueryParams.of(uri, LIST_PARAMS);
        Long documentId = q.has("documentId") ? q.integer("documentId", 1, Long.MAX_VALUE, 0) : null;
        EntityStore.Filter filter = filter(q, documentId);
        String groupBy = q.string("group_by");
        if (groupBy != null) {
            if (!groupBy.equals("type") && !groupBy.equals("country")) {
                throw ServiceException.invalid("group_by takes type or country, not '" + QueryParams.abbreviate(groupBy) + "'.");
            }
            if (q.has("page") || q.has("cursor") || q.has("per_page") || q.has("sort")) {
                throw ServiceException.invalid("group_by answers every group at once: leave out page, per_page, cursor and sort.");
            }
            List<GroupView> groups = new ArrayList<>();
            for (Object[] row : entities.groupBy(filter, groupBy)) {
                groups.add(new GroupView((String) row[0], ((Number) row[1]).longValue()));
            }
            return new ListEnvelope<>(new ListEnvelope.Meta(groups.size(), null, groups.size(), null), groups);
        }
        return page(entities, q, filter);
    }

    @GET
    @Path("{id}")
    public EntityView get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParams.of(uri, Set.of());
        EntityRow row = entity(id);
        List<RelationView> relations = entities.relations(row.id()).stream().map(RelationView::of).toList();
        return EntityView.of(row, relations);
    }

    @GET
    @Path("{id}/mentions")
    public ListEnvelope<MentionView> mentions(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParams q = QueryParams.of(uri, PAGE_PARAMS);
        long entity = entity(id).id();
        return Paging.offsetPage(q, "mentions", (start, limit) -> entities.mentions(entity, start, limit),
                entities.mentionCount(entity), MentionView::of);
    }

    @GET
    @Path("{id}/related")
    public ListEnvelope<RelatedView> related(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParams q = QueryParams.of(uri, PAGE_PARAMS);
        long entity = entity(id).id();
        return Paging.offsetPage(q, "related", (start, limit) -> entities.related(entity, start, limit),
                entities.relatedCount(entity), r -> new RelatedView(EntityView.of(r.entity(), null), r.documents(), r.mentions()));
    }

    static ListEnvelope<EntityView> page(EntityStore entities, QueryParams q, EntityStore.Filter filter) {
        EntityStore.Sort sort = sort(q.string("sort"), filter.q() != null);
        return Paging.offsetPage(q, sort.name(), (start, limit) -> entities.list(filter, sort, start, limit),
                entities.count(filter), r -> EntityView.of(r, null));
    }

    private EntityRow entity(String id) {
        long entityId = QueryParams.parseInteger("Entity id", id, 1, Long.MAX_VALUE);
        return entities.find(entityId).orElseThrow(() -> ServiceException.notFound("No entity with id " + entityId + "."));
    }

    static EntityStore.Filter filter(QueryParams q, Long documentId) {
        String type = q.string("type");
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                throw ServiceException.invalid("type takes one of PERSON, ORGANIZATION, FACILITY, LOCATION, OTHER, not '"
                        + QueryParams.abbreviate(q.string("type")) + "'.");
            }
        }
        String country = q.string("country");
        if (country != null) {
            country = country.toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) {
                throw ServiceException.invalid("country takes an ISO 3166-1 alpha-2 code such as CH, not '"
                        + QueryParams.abbreviate(q.string("country")) + "'.");
            }
        }
        String text = q.string("q");
        if (text != null) {
            text = text.strip();
            if (text.isEmpty() || text.length() > 200) {
                throw ServiceException.invalid("q takes 1 to 200 characters.");
            }
            if (text.indexOf('\0') >= 0) {
                throw ServiceException.invalid("q contains a NUL character.");
            }
        }
        String ror = q.has("ror") ? q.string("ror").strip() : null;
        if (ror != null) {
            String bare = QueryParams.bareRorId(ror);
            if (bare == null) {
                throw ServiceException.invalid("ror takes a ROR id such as 034t30j35 or https://ror.org/034t30j35, not '"
                        + QueryParams.abbreviate(ror) + "'.");
            }
            ror = bare;
        }
        return new EntityStore.Filter(type, text, country, documentId, ror);
    }

    private static EntityStore.Sort sort(String value, boolean hasQuery) {
        if (value == null) {
            return hasQuery ? EntityStore.Sort.RELEVANCE : EntityStore.Sort.MENTIONS_DESC;
        }
        return switch (value) {
            case "mentions:desc", "mentions" -> EntityStore.Sort.MENTIONS_DESC;
            case "mentions:asc" -> EntityStore.Sort.MENTIONS_ASC;
            case "name", "name:asc" -> EntityStore.Sort.NAME_ASC;
            case "name:desc" -> EntityStore.Sort.NAME_DESC;
            case "id", "id:asc" -> EntityStore.Sort.ID_ASC;
            case "relevance" -> {
                if (!hasQuery) {
                    throw ServiceException.invalid("sort=relevance needs a q.");
                }
                yield EntityStore.Sort.RELEVANCE;
            }
            default -> throw ServiceException.invalid("Unknown sort '" + QueryParams.abbreviate(value)
                    + "'; entities sort by mentions:desc, mentions:asc, name, name:desc, id or relevance (with q).");
        };
    }
}
