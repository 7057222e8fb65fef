package org.citemeta.extract;

import java.util.List;
import java.util.Objects;
import org.citemeta.extract.citation.FoundReference;
import org.citemeta.extract.citation.ReferenceExtractor;
import org.citemeta.extract.kb.KnowledgeBase;
import org.citemeta.extract.text.NormalizedText;
import org.citemeta.extract.text.TextNormalizer;

/**
 * Facade of the entity extraction engine. Loads the built-in knowledge base once; {@link #extract(String)} is
 * thread-safe and keeps no state between calls.
 */
public final class EntityExtractor {
    private final KnowledgeBase kb;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ReferenceExtractor references = new ReferenceExtractor();

    /** An extractor over the knowledge base shipped with the engine. */
    public EntityExtractor() {
        this(KnowledgeBase.builtIn());
    }

    public EntityExtractor(KnowledgeBase kb) {
        this.kb = Objects.requireNonNull(kb);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Normalisation only (exposed for callers that want the cleaned text and the offset map). */
    public NormalizedText normalize(String text) {
        return normalizer.normalize(text == null ? "" : text);
    }

    /** Extracts metadata, mentions, entities, relations and references; offsets point into {@code text}. */
    public Extraction extract(String text) {
        NormalizedText nt = normalize(text);
        Cancellation.check();
        List<FoundReference> refs = references.extract(nt);
        Cancellation.check();
        Extraction found = new Annotator(kb, nt, refs).run();
        Cancellation.check();
        return found.withReferences(refs);
    }
}
