package org.citemeta.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.citemeta.config.CitemetaConfig;
import org.citemeta.error.ServiceException;
import org.citemeta.extract.similarity.MinHash;
import org.citemeta.store.DocumentRow;
import org.citemeta.store.DocumentStore;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores documents: one transaction per document, idempotent by content hash, near-duplicates grouped into
 * one work. A document that fails validation stores nothing.
 */
@ApplicationScoped
public class IngestService {

    public static final int MAX_TITLE = 1000;
    public static final int MAX_SOURCE = 2000;
    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final DocumentStore store;
    private final CitemetaConfig config;

    public IngestService(DocumentStore store, CitemetaConfig config) {
        this.store = store;
        this.config = config;
    }

    public IngestResult ingest(DocumentInput input) {
        String text = input.text();
        TextDecoder.checkText(text);
        String title = field("title", input.title(), MAX_TITLE);
        String source = field("source", input.source(), MAX_SOURCE);
        String mediaType = input.mediaType() == null ? DocumentInput.PLAIN : input.mediaType();
        if (!mediaType.equals(DocumentInput.PLAIN) && !mediaType.equals(DocumentInput.MARKDOWN)) {
            throw ServiceException.invalid("mediaType must be text/plain or text/markdown, not '" + mediaType + "'.");
        }
        MetadataCheck.check(input.metadata());
        String hash = sha256(text);
        int[] signature = MinHash.signature(text);
        long[] bands = MinHash.bands(signature);
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<DocumentRow> existing = store.findByHash(hash);
            if (existing.isPresent()) {
                return new IngestResult(existing.get(), false);
            }
            store.lockGrouping();
            existing = store.findByHash(hash); // another transaction may have stored it while this one waited
            if (existing.isPresent()) {
                return new IngestResult(existing.get(), false);
            }
            long workId = similarWork(signature, bands).orElseGet(store::createWork);
            long id = store.insert(workId, title, source, mediaType, hash, text,
                    text.codePointCount(0, text.length()), input.metadata(), signature, bands);
            return new IngestResult(store.findRow(id).orElseThrow(), true);
        });
    }

    @Transactional
    public void delete(long id) {
        store.lockGrouping();
        if (!store.delete(id)) {
            throw ServiceException.notFound("No document with id " + id + ".");
        }
    }

    private Optional<Long> similarWork(int[] signature, long[] bands) {
        List<DocumentStore.Signed> candidates = store.nearDuplicateCandidates(bands);
        double best = 0;
        Long work = null;
        for (DocumentStore.Signed c : candidates) {
            double s = MinHash.similarity(signature, c.minhash());
            if (s >= config.works().similarityThreshold()
                    && (work == null || s > best || (s == best && c.workId() < work))) {
                best = s;
                work = c.workId();
            }
        }
        if (work != null) {
            LOG.debugf("near-duplicate of work %s (similarity %.2f)", work, (Object) best);
        }
        return Optional.ofNullable(work);
    }

    private static String field(String name, String value, int max) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw ServiceException.invalid(name + " is longer than " + max + " characters.");
        }
        if (v.indexOf('\0') >= 0) {
            throw ServiceException.invalid(name + " contains a NUL character.");
        }
        return v;
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PostgreSQL's jsonb cannot hold the NUL character; refuse it up front instead of failing at insert. */
    static final class MetadataCheck {
        private MetadataCheck() {
        }

        static void check(Object value) {
            if (value instanceof String s && s.indexOf('\0') >= 0) {
                throw ServiceException.invalid("metadata contains a NUL character (\\u0000), which cannot be stored.");
            } else if (value instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    check(e.getKey());
                    check(e.getValue());
                }
            } else if (value instanceof List<?> l) {
                for (Object o : l) {
                    check(o);
                }
            }
        }
    }
}
