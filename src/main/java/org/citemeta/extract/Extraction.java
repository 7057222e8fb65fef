package org.citemeta.extract;

import java.util.List;
import org.citemeta.extract.citation.FoundReference;

/**
 * Everything extracted from one document. Immutable.
 *
 * @param references references found in the document (in-text and list entries), in document order
 */
public record Extraction(DocumentMetadata metadata, List<Mention> mentions, List<Entity> entities,
                         List<Relation> relations, List<FoundReference> references) {
    public Extraction {
        mentions = List.copyOf(mentions);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** Without references (the shape before references were extracted). */
    public Extraction(DocumentMetadata metadata, List<Mention> mentions, List<Entity> entities,
                      List<Relation> relations) {
        this(metadata, mentions, entities, relations, List.of());
    }

    /** A copy with {@code references} replaced. */
    public Extraction withReferences(List<FoundReference> references) {
        return new Extraction(metadata, mentions, entities, relations, references);
    }
}
