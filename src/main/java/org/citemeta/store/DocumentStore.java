package org.citemeta.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Documents and works in PostgreSQL. Callers own the transaction. */
@ApplicationScoped
public class DocumentStore implements PanacheRepositoryBase<DocumentEntity, Long> {

    /**
     * Key of the transaction-scoped advisory lock that serialises grouping documents into works, so that two
     * near-duplicates ingested at the same moment cannot both open a new work, and a work is not deleted while
     * a document is being added to it.
     */
    private static final long GROUPING_LOCK = 0x63697465_6D657461L; // "citemeta"

    private static final String ROW = "select new org.citemeta.store.DocumentRow(d.id, d.work.id, d.title, d.source,"
            + " d.mediaType, d.contentHash, d.length, d.metadata, d.extracted, d.createdAt) from DocumentEntity d";

    /** Candidates sharing at least one LSH band with a signature, the most shared first. */
    private static final String BAND_CANDIDATES;

    static {
        StringBuilder sql = new StringBuilder(
                "SELECT b.document_id FROM document_band b WHERE ");
        for (int i = 0; i < org.citemeta.extract.similarity.MinHash.BANDS; i++) {
            if (i > 0) {
                sql.append(" OR ");
            }
            sql.append("(b.band = ").append(i).append(" AND b.hash = ?").append(i + 1).append(')');
        }
        sql.append(" GROUP BY b.document_id ORDER BY count(*) DESC, b.document_id LIMIT 50");
        BAND_CANDIDATES = sql.toString();
    }

    /** Takes the grouping lock until the end of the current transaction. */
    public void lockGrouping() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, GROUPING_LOCK)
                .getSingleResult();
    }

    public Optional<DocumentRow> findByHash(String contentHash) {
        return em().createQuery(ROW + " where d.contentHash = :hash", DocumentRow.class)
                .setParameter("hash", contentHash)
                .getResultStream().findFirst();
    }

    public Optional<DocumentRow> findRow(long id) {
        return em().createQuery(ROW + " where d.id = :id", DocumentRow.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Optional<String> findText(long id) {
        return em().createQuery("select d.text from DocumentEntity d where d.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** A document and its signature, as candidates for grouping are compared. */
    public record Signed(long id, long workId, int[] minhash) {
    }

    /** Stored documents that share a band with {@code bands}, with their signatures. */
    public List<Signed> nearDuplicateCandidates(long[] bands) {
        var query = em().createNativeQuery(BAND_CANDIDATES, Long.class);
        for (int i = 0; i < bands.length; i++) {
            query.setParameter(i + 1, bands[i]);
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em().createQuery(
                        "select d.id, d.work.id, d.minhash from DocumentEntity d where d.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        List<Signed> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Signed((Long) r[0], (Long) r[1], (int[]) r[2]));
        }
        return out;
    }

    /** Ids of documents whose extraction was made by another engine version than {@code version}. */
    public List<Long> staleExtractions(int version) {
        return em().createQuery("select d.id from DocumentEntity d where d.extractionVersion <> :v order by d.id", Long.class)
                .setParameter("v", version).getResultList();
    }

    public void setExtraction(long id, Map<String, Object> extracted, int version) {
        em().createQuery("update DocumentEntity d set d.extracted = :e, d.extractionVersion = :v where d.id = :id")
                .setParameter("e", extracted).setParameter("v", version).setParameter("id", id).executeUpdate();
    }

    public long createWork() {
        WorkEntity work = new WorkEntity();
        em().persist(work);
        em().flush();
        return work.id;
    }

    /** Inserts a document in an existing work with its LSH bands; returns its id. */
    public long insert(long workId, String title, String source, String mediaType, String contentHash, String text,
                       int length, Map<String, Object> metadata, Map<String, Object> extracted, int extractionVersion,
                       int[] minhash, long[] bands) {
        DocumentEntity d = new DocumentEntity();
        d.work = em().getReference(WorkEntity.class, workId);
        d.title = title;
        d.source = source;
        d.mediaType = mediaType;
        d.contentHash = contentHash;
        d.text = text;
        d.length = length;
        d.metadata = metadata;
        d.minhash = minhash;
        d.extracted = extracted;
        d.extractionVersion = extractionVersion;
        persistAndFlush(d);
        var insertBand = em().createNativeQuery(
                "INSERT INTO document_band (band, hash, document_id) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
        for (int i = 0; i < bands.length; i++) {
            insertBand.setParameter(1, (short) i).setParameter(2, bands[i]).setParameter(3, d.id).executeUpdate();
        }
        return d.id;
    }

    /**
     * Deletes a document (its bands and, through foreign keys, everything extracted from it); a work left
     * empty goes with it. Returns false when there was no such document.
     */
    public boolean delete(long id) {
        Optional<DocumentRow> row = findRow(id);
        if (row.isEmpty()) {
            return false;
        }
        deleteById(id);
        flush();
        long workId = row.get().workId();
        if (count("work.id", workId) == 0) {
            em().createQuery("delete from WorkEntity w where w.id = :id").setParameter("id", workId).executeUpdate();
        }
        return true;
    }

    public long count(Long workId) {
        return workId == null ? count() : count("work.id = :w", Parameters.with("w", workId));
    }

    public List<DocumentRow> list(DocumentQuery q) {
        StringBuilder jpql = new StringBuilder(ROW).append(" where 1 = 1");
        if (q.workId() != null) {
            jpql.append(" and d.work.id = :workId");
        }
        DocumentSort sort = q.sort();
        String cmp = sort.descending() ? "<" : ">";
        if (q.after() != null) {
            if (sort.byCreated()) {
                jpql.append(" and (d.createdAt ").append(cmp).append(" :afterCreated or (d.createdAt = :afterCreated and d.id ")
                        .append(cmp).append(" :afterId))");
            } else {
                jpql.append(" and d.id ").append(cmp).append(" :afterId");
            }
        }
        String dir = sort.descending() ? " desc" : " asc";
        jpql.append(" order by ");
        if (sort.byCreated()) {
            jpql.append("d.createdAt").append(dir).append(", ");
        }
        jpql.append("d.id").append(dir);

        TypedQuery<DocumentRow> query = em().createQuery(jpql.toString(), DocumentRow.class);
        if (q.workId() != null) {
            query.setParameter("workId", q.workId());
        }
        if (q.after() != null) {
            query.setParameter("afterId", q.after().id());
            if (sort.byCreated()) {
                query.setParameter("afterCreated", q.after().createdAt());
            }
        }
        return query.setFirstResult((int) Math.min(Integer.MAX_VALUE, q.offset())).setMaxResults(q.limit()).getResultList();
    }

    private EntityManager em() {
        return getEntityManager();
    }
}
