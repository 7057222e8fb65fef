package org.citemeta.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
}
