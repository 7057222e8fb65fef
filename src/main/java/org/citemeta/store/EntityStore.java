package org.citemeta.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.citemeta.extract.Entity;
import org.citemeta.extract.Extraction;
import org.citemeta.extract.Mention;
import org.citemeta.extract.Relation;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entities, their aliases, mentions and relations in PostgreSQL. Writes are upserts keyed by the entity key, so
 * two documents naming the same new organisation at once still make one entity. Callers own the transaction.
 */
@ApplicationScoped
public class EntityStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    /** Columns of an entity summary, for every read below. */
    private static final String SUMMARY = "e.id, e.type, e.name, e.country, e.identifiers::text,"
            + " (SELECT coalesce(json_agg(a.alias ORDER BY a.alias), '[]'::json)::text FROM entity_alias a WHERE a.entity_id = e.id),"
            + " (SELECT count(*) FROM mention m WHERE m.entity_id = e.id),"
            + " (SELECT count(DISTINCT m.document_id) FROM mention m WHERE m.entity_id = e.id)";

    private final EntityManager em;
    private final ObjectMapper json;

    public EntityStore(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Stores an extraction for a document whose earlier extraction (if any) was removed. */
    public void save(long documentId, Extraction extraction) {
        Map<String, Long> ids = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement upsert = c.prepareStatement(
                    "INSERT INTO entity (key, type, name, country, kb_id) VALUES (?, ?, ?, ?, ?)"
                            + " ON CONFLICT (key) DO UPDATE SET country = coalesce(entity.country, EXCLUDED.country),"
                            + " kb_id = coalesce(entity.kb_id, EXCLUDED.kb_id) RETURNING id")) {
                for (Entity e : extraction.entities()) {
                    upsert.setString(1, e.key());
                    upsert.setString(2, e.type().name());
                    upsert.setString(3, e.name());
                    upsert.setString(4, e.countryCode());
                    upsert.setString(5, e.kbId());
                    try (ResultSet rs = upsert.executeQuery()) {
                        rs.next();
                        ids.put(e.key(), rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement alias = c.prepareStatement(
                    "INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (Entity e : extraction.entities()) {
                    for (String a : e.aliases()) {
                        if (!a.isBlank() && !a.equals(e.name())) {
                            alias.setLong(1, ids.get(e.key()));
                            alias.setString(2, a);
                            alias.addBatch();
                        }
                    }
                }
                alias.executeBatch();
            }
            try (PreparedStatement mention = c.prepareStatement("INSERT INTO mention (document_id, entity_id, start_offset,"
                    + " end_offset, text, sentence, method, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Mention m : extraction.mentions()) {
                    Long entity = ids.get(m.entityKey());
                    if (entity == null || m.end() <= m.start()) {
                        continue;
                    }
                    mention.setLong(1, documentId);
                    mention.setLong(2, entity);
                    mention.setInt(3, m.start());
                    mention.setInt(4, m.end());
                    mention.setString(5, m.text());
                    mention.setString(6, m.sentence());
                    mention.setString(7, m.method().name());
                    mention.setFloat(8, (float) Math.max(0, Math.min(1, m.confidence())));
                    mention.addBatch();
                }
                mention.executeBatch();
            }
            try (PreparedStatement relation = c.prepareStatement("INSERT INTO relation (document_id, type, subject_id,"
                    + " object_id, evidence, start_offset, end_offset, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Relation r : extraction.relations()) {
                    Long subject = ids.get(r.subjectKey());
                    Long object = ids.get(r.objectKey());
                    if (subject == null || object == null) {
                        continue;
                    }
                    relation.setLong(1, documentId);
                    relation.setString(2, r.type().name());
                    relation.setLong(3, subject);
                    relation.setLong(4, object);
                    relation.setString(5, r.evidence());
                    relation.setInt(6, r.start());
                    relation.setInt(7, r.end());
                    relation.setFloat(8, (float) r.confidence());
                    relation.addBatch();
                }
                relation.executeBatch();
            }
        });
    }

    /** Removes a document's mentions and relations, then the entities no document mentions any more. */
    public void removeExtraction(long documentId) {
        @SuppressWarnings("unchecked")
        List<Long> touched = em.createNativeQuery("SELECT DISTINCT entity_id FROM mention WHERE document_id = ?1", Long.class)
                .setParameter(1, documentId).getResultList();
        em.createNativeQuery("DELETE FROM mention WHERE document_id = ?1").setParameter(1, documentId).executeUpdate();
        em.createNativeQuery("DELETE FROM relation WHERE document_id = ?1").setParameter(1, documentId).executeUpdate();
        deleteOrphans(touched);
    }

    /** Deletes those of {@code candidates} that nothing mentions or relates to any more. */
    public void deleteOrphans(List<Long> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        em.createNativeQuery("DELETE FROM entity e WHERE e.id IN (?1)"
                        + " AND NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = e.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM relation r WHERE r.subject_id = e.id OR r.object_id = e.id)")
                .setParameter(1, candidates).executeUpdate();
    }

    public List<Long> entitiesOf(long documentId) {
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("SELECT DISTINCT entity_id FROM mention WHERE document_id = ?1", Long.class)
                .setParameter(1, documentId).getResultList();
        return ids;
    }

    // ---- reads ------------------------------------------------------------------------------------------

    /** Filters of an entity list; null means no filter. */
    public record Filter(String type, String q, String country, Long documentId, String ror) {
        public Filter(String type, String q, String country, Long documentId) {
            this(type, q, country, documentId, null);
        }
    }

    public enum Sort { MENTIONS_DESC, MENTIONS_ASC, NAME_ASC, NAME_DESC, ID_ASC, RELEVANCE }

    public List<EntityRow> list(Filter f, Sort sort, long offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        String order = switch (sort) {
            case MENTIONS_DESC -> "mentions DESC, s.id";
            case MENTIONS_ASC -> "mentions ASC, s.id";
            case NAME_ASC -> "lower(s.name), s.id";
            case NAME_DESC -> "lower(s.name) DESC, s.id";
            case ID_ASC -> "s.id";
            case RELEVANCE -> "score DESC, mentions DESC, s.id";
        };
        String score = f.q() == null ? "0" : "greatest(word_similarity(cm_fold(:q), cm_fold(e.name)),"
                + " coalesce((SELECT max(word_similarity(cm_fold(:q), cm_fold(a.alias))) FROM entity_alias a WHERE a.entity_id = e.id), 0),"
                + " CASE WHEN EXISTS (SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id AND cm_fold(a.alias) = cm_fold(:q))"
                + " OR cm_fold(e.name) = cm_fold(:q) THEN 2 ELSE 0 END)";
        String sql = "SELECT * FROM (SELECT " + SUMMARY + ", " + score + " FROM entity e " + where
                + ") s(id, type, name, country, identifiers, aliases, mentions, documents, score)"
                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset";
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("limit", limit).setParameter("offset", offset);
        return rows(query);
    }

    public long count(Filter f) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query query = em.createNativeQuery("SELECT count(*) FROM entity e " + where(f, params));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** {@code key, count} rows of the filtered entities grouped by type or country. */
    public List<Object[]> groupBy(Filter f, String column) {
        Map<String, Object> params = new LinkedHashMap<>();
        Query query = em.createNativeQuery("SELECT e." + (column.equals("country") ? "country" : "type") + " AS key, count(*)"
                + " FROM entity e " + where(f, params) + " GROUP BY 1 ORDER BY 2 DESC, 1 NULLS LAST");
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    public Optional<EntityRow> find(long id) {
        Query query = em.createNativeQuery("SELECT " + SUMMARY + " FROM entity e WHERE e.id = ?1").setParameter(1, id);
        return rows(query).stream().findFirst();
    }

    /** A relation between two entities, with how many documents state it and one evidence sentence. */
    public record RelationRow(String type, long subjectId, String subjectName, long objectId, String objectName,
                              long documentCount, String evidence, long documentId) {
    }

    public List<RelationRow> relations(long entityId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.type, r.subject_id, s.name, r.object_id, o.name,"
                        + " count(DISTINCT r.document_id), min(r.evidence), min(r.document_id)"
                        + " FROM relation r JOIN entity s ON s.id = r.subject_id JOIN entity o ON o.id = r.object_id"
                        + " WHERE r.subject_id = ?1 OR r.object_id = ?1"
                        + " GROUP BY r.type, r.subject_id, s.name, r.object_id, o.name ORDER BY r.type, s.name, o.name")
                .setParameter(1, entityId).getResultList();
        List<RelationRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new RelationRow((String) r[0], n(r[1]), (String) r[2], n(r[3]), (String) r[4], n(r[5]), (String) r[6], n(r[7])));
        }
        return out;
    }

    /** A mention as stored. */
    public record MentionRow(long id, long documentId, int start, int end, String text, String sentence, String method,
                             double confidence) {
    }

    public List<MentionRow> mentions(long entityId, long offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, document_id, start_offset, end_offset, text, sentence, method,"
                        + " confidence FROM mention WHERE entity_id = ?1 ORDER BY document_id, start_offset, id LIMIT ?2 OFFSET ?3")
                .setParameter(1, entityId).setParameter(2, limit).setParameter(3, offset).getResultList();
        List<MentionRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new MentionRow(n(r[0]), n(r[1]), (int) n(r[2]), (int) n(r[3]), (String) r[4], (String) r[5],
                    (String) r[6], ((Number) r[7]).doubleValue()));
        }
        return out;
    }

    public long mentionCount(long entityId) {
        return n(em.createNativeQuery("SELECT count(*) FROM mention WHERE entity_id = ?1").setParameter(1, entityId).getSingleResult());
    }

    /** An entity co-mentioned with another: in how many documents, with how many mentions. */
    public record RelatedRow(EntityRow entity, long documents, long mentions) {
    }

    public List<RelatedRow> related(long entityId, long offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("WITH docs AS (SELECT DISTINCT document_id FROM mention WHERE entity_id = ?1),"
                        + " co AS (SELECT m.entity_id, count(DISTINCT m.document_id) AS documents, count(*) AS mentions"
                        + " FROM mention m JOIN docs d ON d.document_id = m.document_id WHERE m.entity_id <> ?1 GROUP BY m.entity_id)"
                        + " SELECT co.entity_id, co.documents, co.mentions FROM co"
                        + " ORDER BY co.documents DESC, co.mentions DESC, co.entity_id LIMIT ?2 OFFSET ?3")
                .setParameter(1, entityId).setParameter(2, limit).setParameter(3, offset).getResultList();
        List<RelatedRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new RelatedRow(find(n(r[0])).orElseThrow(), n(r[1]), n(r[2])));
        }
        return out;
    }

    public long relatedCount(long entityId) {
        return n(em.createNativeQuery("SELECT count(DISTINCT m.entity_id) FROM mention m WHERE m.entity_id <> ?1"
                        + " AND m.document_id IN (SELECT document_id FROM mention WHERE entity_id = ?1)")
                .setParameter(1, entityId).getSingleResult());
    }

    private static String where(Filter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.type() != null) {
            clauses.add("e.type = :type");
            params.put("type", f.type());
        }
        if (f.country() != null) {
            clauses.add("e.country = :country");
            params.put("country", f.country());
        }
        if (f.ror() != null) {
            clauses.add("e.identifiers ->> 'ror' = :ror");
            params.put("ror", f.ror());
        }
        if (f.documentId() != null) {
            clauses.add("EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = e.id AND m.document_id = :documentId)");
            params.put("documentId", f.documentId());
        }
        if (f.q() != null) {
            String like = "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            clauses.add("(cm_fold(e.name) LIKE cm_fold(:like) OR cm_fold(:q) <% cm_fold(e.name)"
                    + " OR EXISTS (SELECT 1 FROM entity_alias a WHERE a.entity_id = e.id"
                    + " AND (cm_fold(a.alias) LIKE cm_fold(:like) OR cm_fold(:q) <% cm_fold(a.alias))))");
            params.put("q", f.q());
            params.put("like", like);
        }
        return clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses);
    }

    private List<EntityRow> rows(Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<EntityRow> out = new ArrayList<>(rows.size());
        try {
            for (Object[] r : rows) {
                out.add(new EntityRow(n(r[0]), (String) r[1], (String) r[2], (String) r[3],
                        json.readValue((String) r[4], OBJECT), json.readValue((String) r[5], STRINGS), n(r[6]), n(r[7])));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable entity row", e);
        }
        return out;
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
