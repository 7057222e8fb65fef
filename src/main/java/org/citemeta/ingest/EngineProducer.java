package org.citemeta.ingest;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.citemeta.extract.EntityExtractor;

/** The framework-free extraction engine as a bean: its knowledge base loads once, it is thread-safe after that. */
public class EngineProducer {

    @Produces
    @Singleton
    EntityExtractor entityExtractor() {
        return new EntityExtractor();
    }
}
