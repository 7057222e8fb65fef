package org.citemeta.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.citemeta.kb.LinkCandidate;
import org.citemeta.kb.OrgRecord;
import org.citemeta.store.EntityRow;
import org.citemeta.store.EntityStore;

import java.util.List;
import java.util.Map;

/** What clients see of entities, their mentions, relations and co-mentioned entities. */
final class EntityViews {

    private EntityViews() {
    }

    record EntityView(long id, String type, String name, List<String> aliases, Map<String, Object> identifiers,
                      String country, long mentionCount, long documentCount,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<RelationView> relations) {

        static EntityView of(EntityRow r, List<RelationView> relations) {
            return new EntityView(r.id(), r.type(), r.name(), r.aliases(), r.identifiers(), r.country(), r.mentionCount(),
                    r.documentCount(), relations);
        }
    }

    record Ref(long id, String name) {
    }

    record RelationView(String type, Ref subject, Ref object, long documentCount, String evidence, long documentId) {
        static RelationView of(EntityStore.RelationRow r) {
            return new RelationView(r.type(), new Ref(r.subjectId(), r.subjectName()), new Ref(r.objectId(), r.objectName()),
                    r.documentCount(), r.evidence(), r.documentId());
        }
    }

    record MentionView(long id, long documentId, int start, int end, String text, String snippet, String method,
                       double confidence) {
        static MentionView of(EntityStore.MentionRow m) {
            return new MentionView(m.id(), m.documentId(), m.start(), m.end(), m.text(), m.sentence(), m.method(), m.confidence());
        }
    }

    record RelatedView(EntityView entity, long documentCount, long mentionCount) {
    }

    record GroupView(String key, long count) {
    }

    /** An organisation of the knowledge base, in ROR's terms. */
    record OrganizationView(String id, String ror, String name, String status, List<String> types, String country,
                            String city, List<String> acronyms, List<String> aliases) {
        static OrganizationView of(OrgRecord o) {
            List<String> acronyms = o.names().stream().filter(n -> n.kind().equals("acronym")).map(OrgRecord.Name::value)
                    .distinct().toList();
            List<String> aliases = o.names().stream().filter(n -> !n.kind().equals("acronym"))
                    .map(OrgRecord.Name::value).filter(v -> !v.equals(o.name())).distinct().toList();
            return new OrganizationView("https://ror.org/" + o.id(), o.id(), o.name(), o.status(), o.types(), o.country(),
                    o.city(), acronyms, aliases);
        }
    }

    /** A linking candidate (ROR's affiliation-matching item) with the entity citemeta keeps for it, if any. */
    record MatchView(double score, String matchingType, boolean chosen, String substring, OrganizationView organization,
                     @JsonInclude(JsonInclude.Include.NON_NULL) EntityView entity) {
        static MatchView of(LinkCandidate c, EntityView entity) {
            return new MatchView(c.score(), c.matchingType().name(), c.chosen(), c.substring(),
                    OrganizationView.of(c.org()), entity);
        }
    }
}
