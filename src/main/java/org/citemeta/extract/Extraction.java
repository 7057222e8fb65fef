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

    /**
     * A copy holding at most {@code maxMentions} mentions and {@code maxReferences} references (the first ones in
     * document order), with only the entities and relations the kept mentions still support. This instance when
     * both fit.
     */
    public Extraction capped(int maxMentions, int maxReferences) {
        if (mentions.size() <= maxMentions && references.size() <= maxReferences) {
            return this;
        }
        List<Mention> keptMentions = mentions.size() <= maxMentions ? mentions : mentions.stream()
                .sorted(java.util.Comparator.comparingInt(Mention::start)).limit(maxMentions).toList();
        java.util.Set<String> keys = new java.util.HashSet<>();
        keptMentions.forEach(m -> keys.add(m.entityKey()));
        List<Entity> keptEntities = entities.stream().filter(e -> keys.contains(e.key())).toList();
        List<Relation> keptRelations = relations.stream()
                .filter(r -> keys.contains(r.subjectKey()) && keys.contains(r.objectKey())).toList();
        List<FoundReference> keptReferences = references.size() <= maxReferences ? references
                : references.subList(0, maxReferences);
        return new Extraction(metadata, keptMentions, keptEntities, keptRelations, keptReferences);
    }

    /** A copy with {@code references} replaced. */
    public Extraction withReferences(List<FoundReference> references) {
        return new Extraction(metadata, mentions, entities, relations, references);
    }
}
