package org.citemeta.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.citemeta.error.ServiceException;
import org.citemeta.extract.EntityExtractor;
import org.citemeta.extract.EntityType;
import org.citemeta.extract.kb.KbEntry;
import org.citemeta.kb.LinkCandidate;
import org.citemeta.kb.OrgLinker;
import org.citemeta.kb.OrgRecord;
import org.citemeta.kb.RorDumpReader;
import org.citemeta.kb.RorFormatException;
import org.citemeta.store.OrganizationStore;
import org.citemeta.store.OrganizationStore.LinkableEntity;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The knowledge base in the service: imports ROR dumps (one transaction per import), keeps the framework-free
 * {@link OrgLinker} built over the imported organisations, and links organisation and facility entities to them
 * (at ingestion, and all of them again after an import). The built-in base of the engine is kept in the same
 * tables (ids {@code kb:...}) at start-up.
 */
@ApplicationScoped
public class KnowledgeBaseService {

    private static final Logger LOG = Logger.getLogger(KnowledgeBaseService.class);
    /** An import of the full ROR dump may take minutes on a slow disk: well above the default 60 s. */
    private static final int IMPORT_TIMEOUT_SECONDS = 3600;

    private final OrganizationStore organizations;
    private final EntityExtractor extractor;
    private volatile OrgLinker linker;

    public KnowledgeBaseService(OrganizationStore organizations, EntityExtractor extractor) {
        this.organizations = organizations;
        this.extractor = extractor;
    }

    /** Before the seeds are ingested (default observer priority), so that they are linked too. */
    void onStart(@Observes @Priority(1000) StartupEvent event) {
        syncBuiltIn();
        rebuildLinker();
    }

    public OrgLinker linker() {
        OrgLinker l = linker;
        if (l == null) {
            synchronized (this) {
                if (linker == null) {
                    rebuildLinker();
                }
                l = linker;
            }
        }
        return l;
    }

    /** The engine's built-in organisations and facilities, written to the knowledge-base tables. */
    void syncBuiltIn() {
        List<OrgRecord> records = new ArrayList<>();
        for (KbEntry e : extractor.knowledgeBase().entries()) {
            if ((e.type() != EntityType.ORGANIZATION && e.type() != EntityType.FACILITY) || e.isJournal()) {
                continue;
            }
            List<OrgRecord.Name> names = new ArrayList<>();
            names.add(new OrgRecord.Name(e.name(), "label", null));
            for (String a : e.aliases()) {
                boolean acronym = a.length() <= 10 && a.equals(a.toUpperCase(Locale.ROOT)) && !a.contains(" ");
                names.add(new OrgRecord.Name(a, acronym ? "acronym" : "alias", null));
            }
            String id = "kb:" + e.id().substring(e.id().indexOf(':') + 1);
            records.add(new OrgRecord(id, e.name(), "active", e.country(), null, null, null,
                    List.of(e.type() == EntityType.FACILITY ? "facility" : e.kind()), names, List.of(), List.of(), "builtin"));
        }
        QuarkusTransaction.requiringNew().run(() -> organizations.importRecords("built-in", true, sink -> {
            records.forEach(sink);
            return new RorDumpReader.Stats(records.size(), 0, 0, 0);
        }, n -> { }));
    }

    /** Builds the linker again from every ROR organisation stored. */
    public synchronized void rebuildLinker() {
        long t0 = System.nanoTime();
        OrgLinker.Builder b = OrgLinker.builder(extractor.knowledgeBase());
        QuarkusTransaction.requiringNew().timeout(IMPORT_TIMEOUT_SECONDS).run(() -> organizations.forEachRorOrganization(b::add));
        OrgLinker built = b.build();
        linker = built;
        if (built.size() > 0) {
            LOG.infof("Linker ready: %,d organisations, %,d names (%.1f s)", built.size(), built.nameCount(),
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /**
     * Imports a ROR dump file (zip, JSON array or JSON Lines, gzipped or not) in one transaction, then rebuilds the
     * linker and links every organisation and facility entity again. A malformed dump imports nothing.
     */
    public synchronized ImportReport importDump(Path file, String source) {
        long t0 = System.nanoTime();
        LOG.infof("ROR import from %s started", source);
        RorDumpReader.Stats stats;
        try {
            stats = QuarkusTransaction.requiringNew().timeout(IMPORT_TIMEOUT_SECONDS).call(() ->
                    organizations.importRecords(source, false, sink -> RorDumpReader.read(file, sink),
                            n -> LOG.infof("ROR import from %s: %,d records staged", source, n)));
        } catch (RorFormatException e) {
            LOG.warnf("ROR import from %s refused, nothing imported: %s", source, e.getMessage());
            throw ServiceException.invalid("Not a ROR dump, nothing imported: " + e.getMessage());
        }
        LOG.infof("ROR import from %s: %,d records (%,d schema v2, %,d schema v1, %,d v1 skipped) in %.1f s", source,
                stats.records(), stats.v2(), stats.v1(), stats.skipped(), (System.nanoTime() - t0) / 1e9);
        rebuildLinker();
        long linked = relinkAll();
        long total = QuarkusTransaction.requiringNew().call(() -> organizations.count("ror"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        LOG.infof("ROR import from %s done: %,d organisations in the base, %,d entities linked, %.1f s", source, total,
                linked, seconds);
        return new ImportReport(source, stats.records(), stats.v2(), stats.v1(), stats.skipped(), total, linked,
                Math.round(seconds * 100) / 100.0);
    }

    /** Links every organisation and facility entity again; returns how many carry a ROR id. */
    public long relinkAll() {
        OrgLinker l = linker();
        return QuarkusTransaction.requiringNew().timeout(IMPORT_TIMEOUT_SECONDS).call(() -> {
            long linked = 0;
            for (LinkableEntity e : organizations.linkableEntities(null)) {
                linked += link(l, e) ? 1 : 0;
            }
            return linked;
        });
    }

    /** Links the given entities (in the caller's transaction): the organisations and facilities among them. */
    public void linkEntities(Collection<Long> entityIds) {
        OrgLinker l = linker();
        if (l.size() == 0 || entityIds.isEmpty()) {
            return;
        }
        for (LinkableEntity e : organizations.linkableEntities(entityIds)) {
            link(l, e);
        }
    }

    private boolean link(OrgLinker l, LinkableEntity e) {
        LinkCandidate c = l.linkEntity(e.name(), e.aliases(), e.country(), new HashSet<>(e.contextCountries()));
        String orgId = c == null ? null : c.org().id();
        if (orgId == null && e.organizationId() == null) {
            return false;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        if (c != null) {
            ids.put("ror", orgId);
            for (String scheme : List.of("wikidata", "grid", "isni", "fundref")) {
                String v = c.org().externalId(scheme);
                if (v != null) {
                    ids.put(scheme, v);
                }
            }
        }
        organizations.setLink(e.id(), orgId, ids);
        return orgId != null;
    }

    /** Candidates for a raw affiliation string (or a mention). */
    public List<LinkCandidate> match(String affiliation) {
        return linker().match(affiliation);
    }

    /** Entity ids linked to these organisations. */
    public Map<String, Long> entitiesLinkedTo(Collection<String> organizationIds) {
        return QuarkusTransaction.joiningExisting().call(() -> organizations.entitiesLinkedTo(organizationIds));
    }
}
