package org.citemeta.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.citemeta.config.CitemetaConfig;
import org.citemeta.error.ServiceException;
import org.citemeta.kb.OrgLinker;
import org.citemeta.extract.Author;
import org.citemeta.extract.DocumentMetadata;
import org.citemeta.extract.Extraction;
import org.citemeta.extract.similarity.MinHash;
import org.citemeta.store.CitationStore;
import org.citemeta.store.EntityStore;
import org.citemeta.store.DocumentRow;
import org.citemeta.store.DocumentStore;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
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

    /**
     * Version of what extraction stores; documents extracted by another version are extracted again at start-up.
     * 2: citations (V3). 3: citation keys with the title where nothing locates the work (two books of one author and
     * year were one record under version 2), and references parsed again by the parser of 6 Dec 2026 (trained labeller and rules).
     * 4: persons and journals of reference lists as the reference parser reads them, surnames of author-year
     * citations, no journal read from an address ("Box 118, 221 00 Lund"), authors whose affiliation markers are in
     * parentheses ("Maria Quist (1), Ken Abe (1, 2)") and their "(1) ..." lines (seventh session of 6 Dec 2026).
     * 5: the gazetteer, subdivisions, given names and name-boundary rules (eighth session of 7 Dec 2026).
     * 6: organisations without a head word (international organisations, statistical offices, databases, companies),
     * "Bureau", "Service" and "Bank" as head words, named surveys, registries and databases as OTHER, companies' legal
     * forms, instruments, organisations in numbered affiliation lines, libraries, museums, parks, field stations,
     * Romance-language head words of public bodies, and parsed fields that keep the bracket they opened
     * ("... (abstract)") (ninth session of 7 Dec 2026).
     * 7: the names an acknowledgement thanks, given names of many cultures, hyphenated surnames written again, a unit
     * of its parent as two names, national observatories as organisations, places in more contexts (islands, "the island
     * of X", datelines of the gazetteer, Romanian spellings), organisations without a head word found by their context,
     * suppliers given with their address, ships after "RV", and the reference parser's container rules of that session
     * (tenth session of 7 Dec 2026).
     * 8: the gazetteer's towns of 1,000 inhabitants or more, places no list knows found by their context, head words of
     * other languages, programmes, prizes, instruments and data names, beamline codes, periodicals named in prose, an
     * academy's institutes, the UK research councils and the EU's funds in the base, and the reference parser's
     * glued journal names (eleventh session of 7 Dec 2026).
     * 9: companies named after a company noun, "X said" a person only as a given name and not after "of", and the
     * reference parser's container, title and volume rules of the twelfth session of 7 Dec 2026.
     * 10: references from numbered notes sections, "Ibid." no reference, layouts of reference lists (other headings,
     * bullets, "1)", page numbers and running headers, HTML lists, BibTeX labels, an author-year list at the end),
     * no "(1)" marker in author or affiliation lines, datelines with a date or agency, coordinated facilities, German
     * articles and genitives, and the reference parser's rules of the thirteenth session of 7 Dec 2026.
     * 11: places, organisations, tools and infrastructures from context (PlaceCues, OrganisationCues,
     * ToolAndInfrastructureNames), IEEE bylines and "is with" notes, a single author's line, citation markers after a
     * place, elided articles in French and Italian, and family names of several words in references (fourteenth
     * session of 7 Dec 2026).
     * 12: editors and the publisher's place of references (stored in the citation table's new columns), GeoNames'
     * main names of gazetteer cities, and the rules of the fifteenth session of 7 Dec 2026.
     */
    public static final int EXTRACTION_VERSION = 13;

    private final DocumentStore store;
    private final EntityStore entities;
    private final CitationStore citations;
    private final BoundedExtraction extractor;
    private final CitemetaConfig config;
    private final KnowledgeBaseService knowledgeBase;

    public IngestService(DocumentStore store, EntityStore entities, CitationStore citations, BoundedExtraction extractor,
                         CitemetaConfig config, KnowledgeBaseService knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.store = store;
        this.entities = entities;
        this.citations = citations;
        this.extractor = extractor;
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
        Optional<DocumentRow> known = store.findByHash(hash);
        if (known.isPresent()) {
            return new IngestResult(known.get(), false); // no extraction work for content already stored
        }
        int[] signature = MinHash.signature(text);
        long[] bands = MinHash.bands(signature);
        // The CPU-bound work happens before the transaction opens.
        BoundedExtraction.Result result = extractor.extract(text);
        Extraction extraction = result.extraction();
        Map<String, Object> extracted = metadataJson(result);
        String effectiveTitle = title != null ? title : extraction.metadata().title();
        OrgLinker linker = knowledgeBase.linker(); // waits while the linker is built at start-up, before any lock
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
            long id = store.insert(workId, effectiveTitle, source, mediaType, hash, text,
                    text.codePointCount(0, text.length()), input.metadata(), extracted, EXTRACTION_VERSION, signature, bands);
            entities.save(id, extraction);
            knowledgeBase.linkEntities(linker, entities.entitiesOf(id));
            citations.save(id, extraction.references());
            return new IngestResult(store.findRow(id).orElseThrow(), true);
        });
    }

    @Transactional
    public void delete(long id) {
        store.lockGrouping();
        List<Long> touched = entities.entitiesOf(id);
        List<Long> cited = citations.citationsOf(id);
        if (!store.delete(id)) {
            throw ServiceException.notFound("No document with id " + id + ".");
        }
        entities.deleteOrphans(touched);
        citations.deleteOrphans(cited);
    }

    /**
     * Extracts again every document stored by another engine version (older databases, engine upgrades), one
     * transaction per document. Returns how many were extracted.
     */
    public int reextractStale() {
        int n = 0;
        for (long id : store.staleExtractions(EXTRACTION_VERSION)) {
            Optional<String> text = QuarkusTransaction.requiringNew().call(() -> store.findText(id));
            if (text.isEmpty()) {
                continue; // deleted meanwhile
            }
            BoundedExtraction.Result result;
            try {
                result = extractor.extract(text.get()); // outside the transaction and the grouping lock
            } catch (ServiceException e) {
                LOG.warnf("Document %d keeps its earlier extraction: %s", id, e.getMessage());
                continue;
            }
            OrgLinker linker = knowledgeBase.linker();
            QuarkusTransaction.requiringNew().run(() -> {
                store.lockGrouping();
                if (store.findText(id).isPresent()) {
                    entities.removeExtraction(id);
                    citations.removeExtraction(id);
                    entities.save(id, result.extraction());
                    knowledgeBase.linkEntities(linker, entities.entitiesOf(id));
                    citations.save(id, result.extraction().references());
                    store.setExtraction(id, metadataJson(result), EXTRACTION_VERSION);
                }
            });
            n++;
        }
        return n;
    }

    /** Document metadata as stored in the {@code extracted} column and served as {@code extracted}. */
    static Map<String, Object> metadataJson(BoundedExtraction.Result result) {
        Map<String, Object> out = metadataJson(result.extraction().metadata());
        if (result.truncated()) {
            out.put("truncated", Map.of("mentionsFound", result.mentionsFound(), "referencesFound", result.referencesFound()));
        }
        return out;
    }

    static Map<String, Object> metadataJson(DocumentMetadata m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", m.title());
        out.put("standfirst", m.standfirst());
        List<Map<String, Object>> authors = new ArrayList<>();
        for (Author a : m.authors()) {
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("name", a.name());
            author.put("role", a.role());
            author.put("affiliations", a.affiliations());
            author.put("location", a.location());
            author.put("emails", a.emails());
            authors.add(author);
        }
        out.put("authors", authors);
        out.put("emails", m.emails());
        return out;
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
