package org.citemeta.ingest;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.citemeta.extract.EntityExtractor;
import org.citemeta.extract.citation.ReferenceParser;

/** The framework-free extraction engine (entities, references) as beans: its knowledge base loads once, it is thread-safe after that. */
public class EngineProducer {

    @Produces
    @Singleton
    EntityExtractor entityExtractor() {
        return new EntityExtractor();
    }

    @Produces
    @Singleton
    ReferenceParser referenceParser() {
        return new ReferenceParser();
    }
}
