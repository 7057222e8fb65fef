package org.citemeta.extract;

import java.util.List;

/** Everything extracted from one document. Immutable. */
public record Extraction(DocumentMetadata metadata, List<Mention> mentions, List<Entity> entities,
                         List<Relation> relations) {
    public Extraction {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }
}
