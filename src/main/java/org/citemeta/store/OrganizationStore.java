package org.citemeta.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.citemeta.kb.OrgRecord;
import org.citemeta.kb.RorDumpReader;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * The organisations of the knowledge base in PostgreSQL. An import streams records into temporary staging tables
 * with COPY, a few thousand at a time, then merges them in a few statements: a re-import updates, never
 * duplicates. Callers own the transaction, so a dump that turns out malformed half-way leaves nothing behind.
 */
@ApplicationScoped
public class OrganizationStore {

    /** Records staged per COPY round: bounds the memory an import holds. */
    static final int CHUNK = 5_000;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final EntityManager em;
    private final ObjectMapper json;

    public OrganizationStore(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /**
     * What an import changed: the reader's statistics, organisations new to the base, organisations already in it
     * whose record changed (updated in place) or did not (left as they were), and, for a full dump, organisations
     * the dump no longer holds, now withdrawn.
     */
    public record ImportCounts(RorDumpReader.Stats stats, long inserted, long updated, long unchanged, long withdrawn) {
    }

    /**
     * Imports what {@code read} feeds to the consumer it is given; {@code progress} hears the number of records
     * staged after every chunk. With {@code full} (the dump is the whole registry) every ROR organisation that the
     * dump does not hold is marked withdrawn (absent_since set); a partial dump never touches the others.
     */
    public ImportCounts importRecords(String source, boolean builtIn, boolean full,
                                      Function<Consumer<OrgRecord>, RorDumpReader.Stats> read,
                                      LongConsumer progress) {
        RorDumpReader.Stats[] stats = new RorDumpReader.Stats[1];
        long[] counts = new long[4];
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE s_org (seq BIGINT, id TEXT, name TEXT, status TEXT, country TEXT,"
                        + " city TEXT, established INTEGER, schema_version TEXT, record_hash TEXT) ON COMMIT DROP");
                st.execute("CREATE TEMP TABLE s_name (seq BIGINT, id TEXT, ord INTEGER, name TEXT, kind TEXT, lang TEXT) ON COMMIT DROP");
                st.execute("CREATE TEMP TABLE s_type (seq BIGINT, id TEXT, type TEXT) ON COMMIT DROP");
                st.execute("CREATE TEMP TABLE s_ident (seq BIGINT, id TEXT, scheme TEXT, value TEXT, preferred BOOLEAN) ON COMMIT DROP");
                st.execute("CREATE TEMP TABLE s_rel (seq BIGINT, id TEXT, type TEXT, related_id TEXT, label TEXT) ON COMMIT DROP");
            }
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            Staging staging = new Staging(copy, progress);
            stats[0] = read.apply(staging::add);
            staging.flush();
            try (Statement st = c.createStatement()) {
                // temporary tables are never analysed by autovacuum: statistics let the merge's joins be planned on
                // the staged sizes (the minutes-long hang once blamed on them was the foreign-key plan fixed by the
                // ANALYZE organization in merge)
                st.execute("ANALYZE s_org, s_name, s_type, s_ident, s_rel");
            }
            if (full && staging.seq == 0) {
                throw new EmptyFullDumpException();
            }
            merge(c, builtIn ? "builtin" : "ror", counts);
            if (full && !builtIn) {
                try (Statement st = c.createStatement()) {
                    // the registry no longer holds them: withdrawn, not deleted (entities and old links keep their id)
                    counts[3] = st.executeUpdate("UPDATE organization o SET status = 'withdrawn', absent_since = now(),"
                            + " record_hash = NULL, updated_at = now() WHERE o.source = 'ror' AND o.status <> 'withdrawn'"
                            + " AND NOT EXISTS (SELECT 1 FROM s_last l WHERE l.id = o.id)");
                }
            }
            if (!builtIn) {
                try (PreparedStatement log = c.prepareStatement("INSERT INTO kb_import (source, records, v2, v1, skipped,"
                        + " full_dump, inserted, updated, withdrawn, unchanged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    log.setString(1, source);
                    log.setLong(2, stats[0].records());
                    log.setLong(3, stats[0].v2());
                    log.setLong(4, stats[0].v1());
                    log.setLong(5, stats[0].skipped());
                    log.setBoolean(6, full);
                    log.setLong(7, counts[0]);
                    log.setLong(8, counts[1]);
                    log.setLong(9, counts[3]);
                    log.setLong(10, counts[2]);
                    log.executeUpdate();
                }
            }
        });
        return new ImportCounts(stats[0], counts[0], counts[1], counts[2], counts[3]);
    }

    /** A full import whose dump holds no importable record: it would withdraw every organisation. */
    public static final class EmptyFullDumpException extends RuntimeException {
        EmptyFullDumpException() {
            super("The dump holds no importable record: as a full dump it would withdraw every organisation.");
        }
    }

    /**
     * Merges the staged records: the last record staged for each id, written only when it is new or differs from the
     * stored one (its hash or source); {@code counts[0]}, {@code [1]} and {@code [2]} receive the inserted, updated
     * and unchanged counts. {@code s_last} keeps every id staged (a full dump withdraws the others).
     */
    private static void merge(Connection c, String source, long[] counts) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE s_last ON COMMIT DROP AS SELECT id, max(seq) AS seq FROM s_org GROUP BY id");
            st.execute("ALTER TABLE s_last ADD PRIMARY KEY (id, seq)");
            st.execute("ANALYZE s_last");
            // the records to write, and whether their organisation exists
            st.execute("CREATE TEMP TABLE s_write ON COMMIT DROP AS SELECT l.id, l.seq, x.id IS NOT NULL AS known"
                    + " FROM s_last l JOIN s_org o USING (id, seq) LEFT JOIN organization x ON x.id = l.id"
                    + " WHERE x.id IS NULL OR x.record_hash IS DISTINCT FROM o.record_hash OR x.source <> '" + source + "'"
                    + " OR x.absent_since IS NOT NULL");
            st.execute("ALTER TABLE s_write ADD PRIMARY KEY (id, seq)");
            st.execute("ANALYZE s_write");
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM s_last),"
                    + " count(*) FILTER (WHERE NOT known), count(*) FILTER (WHERE known) FROM s_write")) {
                rs.next();
                counts[0] = rs.getLong(2);
                counts[1] = rs.getLong(3);
                counts[2] = rs.getLong(1) - counts[0] - counts[1];
            }
            st.executeUpdate("INSERT INTO organization (id, source, name, status, country, city, established, schema_version,"
                    + " record_hash) SELECT o.id, '" + source + "', o.name, o.status, o.country, o.city, o.established,"
                    + " o.schema_version, o.record_hash FROM s_org o JOIN s_write l USING (id, seq)"
                    + " ON CONFLICT (id) DO UPDATE SET source = EXCLUDED.source, name = EXCLUDED.name,"
                    + " status = EXCLUDED.status, country = EXCLUDED.country, city = EXCLUDED.city,"
                    + " established = EXCLUDED.established, schema_version = EXCLUDED.schema_version, updated_at = now(),"
                    + " absent_since = NULL, record_hash = EXCLUDED.record_hash");
            // Statistics of the organisations just written (ANALYZE sees this transaction's rows): the foreign-key
            // checks of the inserts below reuse a plan made when the table was small, a sequential scan per row
            // (a verify run spent minutes on the subset's names), until new statistics invalidate it.
            st.execute("ANALYZE organization");
            for (String t : List.of("organization_name", "organization_type", "organization_identifier", "organization_relation")) {
                st.executeUpdate("DELETE FROM " + t + " x USING s_write l WHERE x.organization_id = l.id");
            }
            st.executeUpdate("INSERT INTO organization_name (organization_id, ord, name, kind, lang)"
                    + " SELECT n.id, n.ord, n.name, n.kind, n.lang FROM s_name n JOIN s_write l USING (id, seq)");
            st.executeUpdate("INSERT INTO organization_type (organization_id, type)"
                    + " SELECT t.id, t.type FROM s_type t JOIN s_write l USING (id, seq) ON CONFLICT DO NOTHING");
            st.executeUpdate("INSERT INTO organization_identifier (organization_id, scheme, value, preferred)"
                    + " SELECT i.id, i.scheme, i.value, bool_or(i.preferred) FROM s_ident i JOIN s_write l USING (id, seq)"
                    + " GROUP BY 1, 2, 3");
            st.executeUpdate("INSERT INTO organization_relation (organization_id, type, related_id, label)"
                    + " SELECT r.id, r.type, r.related_id, min(r.label) FROM s_rel r JOIN s_write l USING (id, seq)"
                    + " WHERE r.type IN ('parent', 'child', 'related', 'predecessor', 'successor') GROUP BY 1, 2, 3");
        }
    }

    /**
     * A digest of everything the base keeps of a record (the record's fields, names, types, identifiers and
     * relations, in order): equal for an unchanged record, whatever file it came from.
     */
    static String hash(OrgRecord r) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(r.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }

    /** Rows of the staging tables, sent with COPY every {@link #CHUNK} records. */
    private static final class Staging {
        private final CopyManager copy;
        private final LongConsumer progress;
        private final StringBuilder org = new StringBuilder();
        private final StringBuilder name = new StringBuilder();
        private final StringBuilder type = new StringBuilder();
        private final StringBuilder ident = new StringBuilder();
        private final StringBuilder rel = new StringBuilder();
        private long seq;
        private int pending;

        Staging(CopyManager copy, LongConsumer progress) {
            this.copy = copy;
            this.progress = progress;
        }

        void add(OrgRecord r) {
            seq++;
            row(org, seq, r.id(), r.name(), r.status(), r.country(), r.city(),
                    r.established() == null ? null : r.established().toString(), r.schema(), hash(r));
            int ord = 0;
            for (OrgRecord.Name n : r.names()) {
                row(name, seq, r.id(), String.valueOf(ord++), n.value(), n.kind(), n.lang());
            }
            for (String t : r.types()) {
                row(type, seq, r.id(), t);
            }
            for (OrgRecord.ExternalId e : r.externalIds()) {
                row(ident, seq, r.id(), e.scheme(), e.value(), e.preferred() ? "t" : "f");
            }
            for (OrgRecord.Relation x : r.relations()) {
                row(rel, seq, r.id(), x.type(), x.id(), x.label());
            }
            if (++pending >= CHUNK) {
                flush();
            }
        }

        void flush() {
            if (pending == 0) {
                return;
            }
            try {
                send("s_org", org);
                send("s_name", name);
                send("s_type", type);
                send("s_ident", ident);
                send("s_rel", rel);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into the staging tables failed: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pending = 0;
            progress.accept(seq);
        }

        private void send(String table, StringBuilder rows) throws SQLException, IOException {
            if (rows.length() > 0) {
                copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows.toString()));
                rows.setLength(0);
            }
        }

        /** One line of COPY's text format: tab-separated, \N for null, backslash escapes. */
        private static void row(StringBuilder b, long seq, String... values) {
            b.append(seq);
            for (String v : values) {
                b.append('\t');
                if (v == null) {
                    b.append("\\N");
                    continue;
                }
                for (int i = 0; i < v.length(); i++) {
                    char ch = v.charAt(i);
                    switch (ch) {
                        case '\\' -> b.append("\\\\");
                        case '\t' -> b.append("\\t");
                        case '\n' -> b.append("\\n");
                        case '\r' -> b.append("\\r");
                        case '\0' -> { }
                        default -> b.append(ch);
                    }
                }
            }
            b.append('\n');
        }
    }

    /** Every organisation imported from ROR (not the built-in ones), to build the linker from. */
    public void forEachRorOrganization(Consumer<OrgRecord> sink) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_ALL_ROR)) {
                ps.setFetchSize(2_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(record(rs));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An organisation's record (columns 1-11 as {@link #record} reads them), its source and absent_since (12, 13). */
    private static final String SELECT_RECORD = "SELECT o.id, o.name, o.status, o.country, o.city, o.established,"
            + " o.schema_version,"
            + " (SELECT json_agg(json_build_array(n.name, n.kind, n.lang) ORDER BY n.ord) FROM organization_name n WHERE n.organization_id = o.id)::text,"
            + " (SELECT json_agg(t.type ORDER BY t.type) FROM organization_type t WHERE t.organization_id = o.id)::text,"
            + " (SELECT json_agg(json_build_array(i.scheme, i.value, i.preferred)) FROM organization_identifier i WHERE i.organization_id = o.id)::text,"
            + " (SELECT json_agg(json_build_array(r.type, r.related_id, r.label)) FROM organization_relation r WHERE r.organization_id = o.id)::text,"
            + " o.source, o.absent_since"
            + " FROM organization o";

    /**
     * The same columns for every ROR organisation: each child table aggregated in one pass and joined (1.2-1.9 s for
     * the 51,370 organisations of the subset, against 2.9 s with four correlated sub-queries per row).
     */
    private static final String SELECT_ALL_ROR = "WITH"
            + " n AS (SELECT organization_id AS id, json_agg(json_build_array(name, kind, lang) ORDER BY ord)::text AS j"
            + "   FROM organization_name GROUP BY 1),"
            + " t AS (SELECT organization_id AS id, json_agg(type ORDER BY type)::text AS j FROM organization_type GROUP BY 1),"
            + " i AS (SELECT organization_id AS id, json_agg(json_build_array(scheme, value, preferred))::text AS j"
            + "   FROM organization_identifier GROUP BY 1),"
            + " r AS (SELECT organization_id AS id, json_agg(json_build_array(type, related_id, label))::text AS j"
            + "   FROM organization_relation GROUP BY 1)"
            + " SELECT o.id, o.name, o.status, o.country, o.city, o.established, o.schema_version, n.j, t.j, i.j, r.j,"
            + " o.source, o.absent_since FROM organization o LEFT JOIN n USING (id) LEFT JOIN t USING (id)"
            + " LEFT JOIN i USING (id) LEFT JOIN r USING (id) WHERE o.source = 'ror' ORDER BY o.id";

    /** A stored organisation: its record, and since when a full-dump import found it absent (null otherwise). */
    public record StoredOrganization(OrgRecord record, java.time.OffsetDateTime absentSince) {
    }

    /** The ROR organisation with this bare id, whatever its status. */
    public java.util.Optional<StoredOrganization> findRor(String id) {
        StoredOrganization[] found = new StoredOrganization[1];
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT_RECORD + " WHERE o.id = ? AND o.source = 'ror'")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        found[0] = new StoredOrganization(record(rs), rs.getObject(13, java.time.OffsetDateTime.class));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return java.util.Optional.ofNullable(found[0]);
    }

    /** ROR organisations by status (active, inactive, withdrawn). */
    public Map<String, Long> countByStatus() {
        Map<String, Long> out = new java.util.TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, count(*) FROM organization WHERE source = 'ror'"
                + " GROUP BY status").getResultList();
        for (Object[] r : rows) {
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    private OrgRecord record(ResultSet rs) throws SQLException, IOException {
        List<OrgRecord.Name> names = new ArrayList<>();
        for (JsonNode n : tree(rs.getString(8))) {
            names.add(new OrgRecord.Name(n.get(0).asText(), n.get(1).asText(), n.get(2).isNull() ? null : n.get(2).asText()));
        }
        List<String> types = rs.getString(9) == null ? List.of() : json.readValue(rs.getString(9), STRINGS);
        List<OrgRecord.ExternalId> ids = new ArrayList<>();
        for (JsonNode n : tree(rs.getString(10))) {
            ids.add(new OrgRecord.ExternalId(n.get(0).asText(), n.get(1).asText(), n.get(2).asBoolean()));
        }
        List<OrgRecord.Relation> rels = new ArrayList<>();
        for (JsonNode n : tree(rs.getString(11))) {
            rels.add(new OrgRecord.Relation(n.get(0).asText(), n.get(1).asText(), n.get(2).isNull() ? null : n.get(2).asText()));
        }
        int est = rs.getInt(6);
        Integer established = rs.wasNull() ? null : est;
        return new OrgRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), null, rs.getString(5),
                established, types, names, ids, rels, rs.getString(7));
    }

    private JsonNode tree(String s) throws IOException {
        return s == null ? json.createArrayNode() : json.readTree(s);
    }

    public long count(String source) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM organization WHERE source = ?1")
                .setParameter(1, source).getSingleResult()).longValue();
    }

    // ---- entity links -------------------------------------------------------------------------------------

    /** An organisation or facility entity with what linking needs: its names, its country, its documents' countries. */
    public record LinkableEntity(long id, String name, List<String> aliases, String country, String organizationId,
                                 List<String> contextCountries) {
    }

    /** Organisation and facility entities; all of them when {@code ids} is null. */
    public List<LinkableEntity> linkableEntities(Collection<Long> ids) {
        List<LinkableEntity> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.name, e.country, e.organization_id,"
                    + " (SELECT coalesce(json_agg(a.alias ORDER BY a.alias), '[]'::json) FROM entity_alias a WHERE a.entity_id = e.id)::text,"
                    + " (SELECT coalesce(json_agg(DISTINCT l.country), '[]'::json) FROM mention m"
                    + "   JOIN mention m2 ON m2.document_id = m.document_id JOIN entity l ON l.id = m2.entity_id"
                    + "   WHERE m.entity_id = e.id AND l.type = 'LOCATION' AND l.country IS NOT NULL)::text"
                    + " FROM entity e WHERE e.type IN ('ORGANIZATION', 'FACILITY')"
                    + (ids == null ? "" : " AND e.id = ANY (?)") + " ORDER BY e.id")) {
                if (ids != null) {
                    ps.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new LinkableEntity(rs.getLong(1), rs.getString(2), json.readValue(rs.getString(5), STRINGS),
                                rs.getString(3), rs.getString(4), json.readValue(rs.getString(6), STRINGS)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    /**
     * Links an entity to an organisation (null: unlinked): the ROR id and the organisation's preferred external
     * ids replace those the entity carried.
     */
    public void setLink(long entityId, String organizationId, Map<String, String> identifiers) {
        try {
            em.createNativeQuery("UPDATE entity SET organization_id = ?1, identifiers = (identifiers - 'ror' - 'wikidata'"
                            + " - 'grid' - 'isni' - 'fundref') || cast(?2 AS jsonb) WHERE id = ?3")
                    .setParameter(1, organizationId).setParameter(2, json.writeValueAsString(identifiers))
                    .setParameter(3, entityId).executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Entity ids linked to each of these organisations. */
    public Map<String, Long> entitiesLinkedTo(Collection<String> organizationIds) {
        Map<String, Long> out = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return out;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT organization_id, min(id) FROM entity WHERE organization_id IN (?1)"
                + " GROUP BY organization_id").setParameter(1, List.copyOf(organizationIds)).getResultList();
        for (Object[] r : rows) {
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }
}
