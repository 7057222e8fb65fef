package org.citemeta.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.citemeta.extract.citation.CitationAuthor;
import org.citemeta.extract.citation.CitationKeys;
import org.citemeta.extract.citation.CitationMarker;
import org.citemeta.extract.citation.FoundReference;
import org.citemeta.extract.citation.ParsedReference;
import org.hibernate.Session;

import java.io.IOException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Citations (one row per cited work, keyed by {@link FoundReference#key()}) and their occurrences in documents.
 * Writes are upserts on the key, so the same work cited by two documents, even ingested at once, is one row;
 * fields a later reference adds fill the gaps of the stored row. Callers own the transaction.
 */
@ApplicationScoped
public class CitationStore {

    private static final TypeReference<List<CitationRow.Author>> AUTHORS = new TypeReference<>() { };
    private static final TypeReference<List<MarkerRow>> MARKERS = new TypeReference<>() { };

    /** Columns of a citation row, for every read below. */
    private static final String SUMMARY = "c.id, c.key, c.type, c.authors::text, c.et_al, c.title, c.container_title,"
            + " c.volume, c.issue, c.page_first, c.page_last, c.year, c.doi, c.arxiv, c.url, c.publisher,"
            + " c.editors::text, c.publisher_place,"
            + " (SELECT count(DISTINCT o.document_id) FROM citation_occurrence o WHERE o.citation_id = c.id),"
            + " (SELECT count(*) FROM citation_occurrence o WHERE o.citation_id = c.id)";
    private static final int SUMMARY_COLUMNS = 20;

    private final EntityManager em;
    private final ObjectMapper json;

    public CitationStore(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Stores the references of a document whose earlier references (if any) were removed. */
    public void save(long documentId, List<FoundReference> references) {
        if (references.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            List<Long> ids = new ArrayList<>(references.size());
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO citation (key, type, authors, et_al, title,"
                    + " container_title, volume, issue, page_first, page_last, year, doi, arxiv, url, publisher, author_families,"
                    + " editors, publisher_place)"
                    + " VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (key) DO UPDATE SET"
                    + " authors = CASE WHEN jsonb_array_length(citation.authors) = 0 THEN EXCLUDED.authors ELSE citation.authors END,"
                    + " author_families = CASE WHEN cardinality(citation.author_families) = 0 THEN EXCLUDED.author_families"
                    + " ELSE citation.author_families END,"
                    + " et_al = citation.et_al OR EXCLUDED.et_al,"
                    + " title = coalesce(citation.title, EXCLUDED.title),"
                    + " container_title = coalesce(citation.container_title, EXCLUDED.container_title),"
                    + " volume = coalesce(citation.volume, EXCLUDED.volume), issue = coalesce(citation.issue, EXCLUDED.issue),"
                    + " page_first = coalesce(citation.page_first, EXCLUDED.page_first),"
                    + " page_last = coalesce(citation.page_last, EXCLUDED.page_last), year = coalesce(citation.year, EXCLUDED.year),"
                    + " doi = coalesce(citation.doi, EXCLUDED.doi), arxiv = coalesce(citation.arxiv, EXCLUDED.arxiv),"
                    + " url = coalesce(citation.url, EXCLUDED.url), publisher = coalesce(citation.publisher, EXCLUDED.publisher),"
                    + " editors = CASE WHEN jsonb_array_length(citation.editors) = 0 THEN EXCLUDED.editors ELSE citation.editors END,"
                    + " publisher_place = coalesce(citation.publisher_place, EXCLUDED.publisher_place)"
                    + " RETURNING id")) {
                for (FoundReference r : references) {
                    ParsedReference p = r.parsed();
                    upsert.setString(1, r.key());
                    upsert.setString(2, p.type() == null ? "article" : p.type());
                    upsert.setString(3, authorsJson(p.authors()));
                    upsert.setBoolean(4, p.etAl());
                    upsert.setString(5, p.title());
                    upsert.setString(6, p.containerTitle());
                    upsert.setString(7, p.volume());
                    upsert.setString(8, p.issue());
                    upsert.setString(9, p.pageFirst());
                    upsert.setString(10, p.pageLast());
                    if (p.year() == null) {
                        upsert.setNull(11, Types.INTEGER);
                    } else {
                        upsert.setInt(11, p.year());
                    }
                    upsert.setString(12, p.doi());
                    upsert.setString(13, p.arxiv());
                    upsert.setString(14, p.url());
                    upsert.setString(15, p.publisher());
                    Array families = c.createArrayOf("text", p.authors().stream().map(a -> CitationKeys.fold(a.family())).toArray());
                    upsert.setArray(16, families);
                    upsert.setString(17, authorsJson(p.editors()));
                    upsert.setString(18, p.publisherPlace());
                    try (ResultSet rs = upsert.executeQuery()) {
                        rs.next();
                        ids.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement occurrence = c.prepareStatement("INSERT INTO citation_occurrence (citation_id, document_id,"
                    + " ordinal, kind, label, raw, start_offset, end_offset, context, markers)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
                for (int i = 0; i < references.size(); i++) {
                    FoundReference r = references.get(i);
                    occurrence.setLong(1, ids.get(i));
                    occurrence.setLong(2, documentId);
                    occurrence.setInt(3, i);
                    occurrence.setString(4, r.kind().name());
                    occurrence.setString(5, r.label());
                    occurrence.setString(6, r.raw());
                    occurrence.setInt(7, r.start());
                    occurrence.setInt(8, Math.max(r.end(), r.start() + 1));
                    occurrence.setString(9, r.context());
                    occurrence.setString(10, markersJson(r.markers()));
                    occurrence.addBatch();
                }
                occurrence.executeBatch();
            }
        });
    }

    /** Removes a document's citation occurrences, then the citations no document cites any more. */
    public void removeExtraction(long documentId) {
        @SuppressWarnings("unchecked")
        List<Long> touched = em.createNativeQuery("SELECT DISTINCT citation_id FROM citation_occurrence WHERE document_id = ?1",
                Long.class).setParameter(1, documentId).getResultList();
        em.createNativeQuery("DELETE FROM citation_occurrence WHERE document_id = ?1").setParameter(1, documentId).executeUpdate();
        deleteOrphans(touched);
    }

    /** Deletes those of {@code candidates} that no document cites any more. */
    public void deleteOrphans(List<Long> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        em.createNativeQuery("DELETE FROM citation c WHERE c.id IN (?1)"
                + " AND NOT EXISTS (SELECT 1 FROM citation_occurrence o WHERE o.citation_id = c.id)")
                .setParameter(1, candidates).executeUpdate();
    }

    public List<Long> citationsOf(long documentId) {
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("SELECT DISTINCT citation_id FROM citation_occurrence WHERE document_id = ?1",
                Long.class).setParameter(1, documentId).getResultList();
        return ids;
    }

    // ---- reads ------------------------------------------------------------------------------------------

    /**
     * Filters of a citation list; null means no filter. {@code yearFrom}/{@code yearTo} are inclusive; {@code author}
     * matches a family name, {@code container} the whole container title, both ignoring case, accents and punctuation.
     */
    public record Filter(Long documentId, Integer yearFrom, Integer yearTo, String container, String author, String doi,
                         String q) {
    }

    public enum Sort { ID_ASC, YEAR_DESC, YEAR_ASC, CITED_DESC, AUTHOR_ASC, RELEVANCE }

    public List<CitationRow> list(Filter f, Sort sort, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        String order = switch (sort) {
            case ID_ASC -> "s.id";
            case YEAR_DESC -> "s.year DESC NULLS LAST, s.id";
            case YEAR_ASC -> "s.year ASC NULLS LAST, s.id";
            case CITED_DESC -> "s.documents DESC, s.occurrences DESC, s.id";
            case AUTHOR_ASC -> "s.first_author NULLS LAST, s.year NULLS LAST, s.id";
            case RELEVANCE -> "s.score DESC, s.id";
        };
        String score = f.q() == null ? "0" : "word_similarity(cm_fold(:q), " + SEARCH_TEXT + ")";
        String sql = "SELECT * FROM (SELECT " + SUMMARY + ", c.author_families[1], " + score + " FROM citation c " + where
                + ") s(id, key, type, authors, et_al, title, container_title, volume, issue, page_first, page_last, year, doi,"
                + " arxiv, url, publisher, editors, publisher_place, documents, occurrences, first_author, score)"
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit).setParameter("offset", offset);
        return rows(query);
    }

    public long count(Filter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query query = em.createNativeQuery("SELECT count(*) FROM citation c " + where(f, params));
        params.forEach(query::setParameter);
        return n(query.getSingleResult());
    }

    public Optional<CitationRow> find(long id) {
        return rows(em.createNativeQuery("SELECT " + SUMMARY + " FROM citation c WHERE c.id = ?1").setParameter(1, id))
                .stream().findFirst();
    }

    /** An in-text marker pointing at a list entry, as stored. */
    public record MarkerRow(String text, int start, int end, String context) {
    }

    /** One place a document cites a work. */
    public record OccurrenceRow(long documentId, int order, String kind, String label, String raw, int start, int end,
                                String context, List<MarkerRow> markers) {
    }

    /** A document citing a work, with where it does. */
    public record CitingDocumentRow(long documentId, String title, String source, Long workId,
                                    List<OccurrenceRow> occurrences) {
    }

    public List<CitingDocumentRow> citingDocuments(long citationId, long offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> docs = em.createNativeQuery("SELECT d.id, d.title, d.source, d.work_id FROM document d"
                        + " WHERE d.id IN (SELECT o.document_id FROM citation_occurrence o WHERE o.citation_id = ?1)"
                        + " ORDER BY d.id LIMIT ?2 OFFSET ?3")
                .setParameter(1, citationId).setParameter(2, limit).setParameter(3, offset).getResultList();
        if (docs.isEmpty()) {
            return List.of();
        }
        List<Long> docIds = docs.stream().map(r -> n(r[0])).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> occ = em.createNativeQuery("SELECT " + OCCURRENCE + " FROM citation_occurrence o"
                        + " WHERE o.citation_id = ?1 AND o.document_id IN (?2) ORDER BY o.document_id, o.ordinal")
                .setParameter(1, citationId).setParameter(2, docIds).getResultList();
        Map<Long, List<OccurrenceRow>> byDoc = new LinkedHashMap<>();
        for (Object[] r : occ) {
            OccurrenceRow o = occurrence(r, 0);
            byDoc.computeIfAbsent(o.documentId(), k -> new ArrayList<>()).add(o);
        }
        List<CitingDocumentRow> out = new ArrayList<>();
        for (Object[] d : docs) {
            long id = n(d[0]);
            out.add(new CitingDocumentRow(id, (String) d[1], (String) d[2], d[3] == null ? null : n(d[3]),
                    byDoc.getOrDefault(id, List.of())));
        }
        return out;
    }

    public long citingDocumentCount(long citationId) {
        return n(em.createNativeQuery("SELECT count(DISTINCT document_id) FROM citation_occurrence WHERE citation_id = ?1")
                .setParameter(1, citationId).getSingleResult());
    }

    /** A citation as a document cites it: the occurrence and the cited work. */
    public record DocumentCitationRow(OccurrenceRow occurrence, CitationRow citation) {
    }

    /** The citations of a document in document order. */
    public List<DocumentCitationRow> documentCitations(long documentId, long offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + SUMMARY + ", " + OCCURRENCE
                        + " FROM citation_occurrence o JOIN citation c ON c.id = o.citation_id WHERE o.document_id = ?1"
                        + " ORDER BY o.ordinal LIMIT ?2 OFFSET ?3")
                .setParameter(1, documentId).setParameter(2, limit).setParameter(3, offset).getResultList();
        List<DocumentCitationRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new DocumentCitationRow(occurrence(r, SUMMARY_COLUMNS), citation(r)));
        }
        return out;
    }

    public long documentCitationCount(long documentId) {
        return n(em.createNativeQuery("SELECT count(*) FROM citation_occurrence WHERE document_id = ?1")
                .setParameter(1, documentId).getSingleResult());
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static final String SEARCH_TEXT =
            "cm_fold(coalesce(c.title, '') || ' ' || coalesce(c.container_title, ''))";
    private static final String OCCURRENCE = "o.document_id, o.ordinal, o.kind, o.label, o.raw, o.start_offset,"
            + " o.end_offset, o.context, o.markers::text";

    private static String where(Filter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.documentId() != null) {
            clauses.add("EXISTS (SELECT 1 FROM citation_occurrence o WHERE o.citation_id = c.id AND o.document_id = :documentId)");
            params.put("documentId", f.documentId());
        }
        if (f.yearFrom() != null) {
            clauses.add("c.year >= :yearFrom");
            params.put("yearFrom", f.yearFrom());
        }
        if (f.yearTo() != null) {
            clauses.add("c.year <= :yearTo");
            params.put("yearTo", f.yearTo());
        }
        if (f.container() != null) {
            clauses.add("regexp_replace(cm_fold(c.container_title), '[^[:alnum:]]+', '', 'g') = :container");
            params.put("container", CitationKeys.fold(f.container()));
        }
        if (f.author() != null) {
            clauses.add("c.author_families @> ARRAY[CAST(:author AS text)]");
            params.put("author", CitationKeys.fold(f.author()));
        }
        if (f.doi() != null) {
            clauses.add("lower(c.doi) = :doi");
            params.put("doi", f.doi().toLowerCase(Locale.ROOT));
        }
        if (f.q() != null) {
            String like = "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            clauses.add("(" + SEARCH_TEXT + " LIKE cm_fold(:like) OR cm_fold(:q) <% " + SEARCH_TEXT
                    + " OR c.author_families @> ARRAY[CAST(:qfold AS text)])");
            params.put("q", f.q());
            params.put("like", like);
            params.put("qfold", CitationKeys.fold(f.q()));
        }
        return clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses);
    }

    private String authorsJson(List<CitationAuthor> authors) {
        List<CitationRow.Author> rows = authors.stream().map(a -> new CitationRow.Author(a.family(), a.given())).toList();
        return write(rows);
    }

    private String markersJson(List<CitationMarker> markers) {
        return write(markers.stream().map(m -> new MarkerRow(m.text(), m.start(), m.end(), m.context())).toList());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unwritable citation value", e);
        }
    }

    private List<CitationRow> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<CitationRow> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(citation(r));
        }
        return out;
    }

    private CitationRow citation(Object[] r) {
        try {
            return new CitationRow(n(r[0]), (String) r[1], (String) r[2], json.readValue((String) r[3], AUTHORS),
                    (Boolean) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                    (String) r[10], r[11] == null ? null : (int) n(r[11]), (String) r[12], (String) r[13], (String) r[14],
                    (String) r[15], json.readValue((String) r[16], AUTHORS), (String) r[17], n(r[18]), n(r[19]));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable citation row", e);
        }
    }

    private OccurrenceRow occurrence(Object[] r, int at) {
        try {
            return new OccurrenceRow(n(r[at]), (int) n(r[at + 1]), (String) r[at + 2], (String) r[at + 3],
                    (String) r[at + 4], (int) n(r[at + 5]), (int) n(r[at + 6]), (String) r[at + 7],
                    json.readValue((String) r[at + 8], MARKERS));
        } catch (IOException e) {
            throw new IllegalStateException("unreadable citation occurrence", e);
        }
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
