package org.citemeta.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.Optional;

/** Every {@code citemeta.*} property; the README's configuration table lists the same keys. */
@ConfigMapping(prefix = "citemeta")
public interface CitemetaConfig {

    Seeds seeds();

    Documents documents();

    Works works();

    ExtractionLimits extraction();

    Auth auth();

    @WithName("embedded-db")
    EmbeddedDb embeddedDb();

    interface Seeds {
        /** Folder of seed documents ingested at start-up, relative to the working directory. */
        @WithDefault("seeds")
        String dir();

        /** Ingest the seed folder at start-up. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Documents {
        /** Largest accepted document body in bytes; larger bodies get 413. */
        @WithName("max-bytes")
        @WithDefault("5242880")
        long maxBytes();
    }

    interface Works {
        /** Estimated Jaccard similarity of word shingles at or above which documents share a work. */
        @WithName("similarity-threshold")
        @WithDefault("0.6")
        double similarityThreshold();
    }

    interface ExtractionLimits {
        /** Longest a document's extraction may run; a document that takes longer is refused (422), nothing stored. */
        @WithDefault("30s")
        java.time.Duration timeout();

        /** Most entity mentions kept per document (the first ones); the document records that it was truncated. */
        @WithName("max-mentions")
        @WithDefault("20000")
        int maxMentions();

        /** Most references kept per document (the first ones); the document records that it was truncated. */
        @WithName("max-references")
        @WithDefault("5000")
        int maxReferences();

        /** Extractions running at once; 0 means one per processor. */
        @WithDefault("0")
        int threads();

        /** Documents waiting for an extraction thread; beyond that POST /documents answers 503. */
        @WithName("queue-size")
        @WithDefault("64")
        int queueSize();
    }

    interface Auth {
        /** Keys that may write (POST/DELETE of documents, imports, /admin) and read; none configured: writes are refused. */
        @WithName("write-keys")
        Optional<java.util.List<String>> writeKeys();

        /** Keys that may only read (useful when reads require a key). */
        @WithName("read-keys")
        Optional<java.util.List<String>> readKeys();

        /** Whether reads (GET and POST /citations/parse) need a key too. */
        @WithName("reads-require-key")
        @WithDefault("false")
        boolean readsRequireKey();
    }

    interface EmbeddedDb {
        /** Data directory of the embedded PostgreSQL (read by Main before Quarkus starts). */
        @WithName("data-dir")
        Optional<String> dataDir();

        /** Database created and used in the embedded PostgreSQL. */
        @WithDefault("citemeta")
        String database();
    }
}
