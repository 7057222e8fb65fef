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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    /** The linker in service; null until the first build is done. */
    private volatile OrgLinker linker;
    /** The background build that makes the first linker (start-up); null before it starts. */
    private volatile CompletableFuture<OrgLinker> firstBuild;
    private volatile long buildStartedNanos;
    private volatile double lastBuildSeconds;

    public KnowledgeBaseService(OrganizationStore organizations, EntityExtractor extractor) {
        this.organizations = organizations;
        this.extractor = extractor;
    }

    /**
     * Before the seeds are ingested (default observer priority). The linker is built in the background: the service
     * is ready at once, {@code /entities/match} answers 503 with Retry-After until the linker is ready, and
     * ingestion waits for it (so that new documents' organisations are linked).
     */
    void onStart(@Observes @Priority(1000) StartupEvent event) {
        syncBuiltIn();
        buildLinkerInBackground();
    }

    /**
     * Drops the linker and builds it again from the database on a background thread (start-up); the future
     * completes with the new linker. While it runs, {@link #readyLinker()} is empty.
     */
    public synchronized CompletableFuture<OrgLinker> buildLinkerInBackground() {
        linker = null;
        buildStartedNanos = System.nanoTime();
        CompletableFuture<OrgLinker> f = new CompletableFuture<>();
        firstBuild = f;
        Thread t = new Thread(() -> {
            try {
                f.complete(buildIfMissing());
            } catch (RuntimeException | Error e) {
                LOG.errorf(e, "Building the ROR linker failed; it is built again on first use: %s", e.getMessage());
                f.completeExceptionally(e);
            }
        }, "ror-linker-build");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /**
     * The linker built by someone else meanwhile (an import that got the lock first, as the ror-import command
     * does), else a new one: no second build, and none against a database the command is closing.
     */
    private synchronized OrgLinker buildIfMissing() {
        OrgLinker l = linker;
        return l != null ? l : rebuildLinker();
    }

    /** The linker when it is ready; empty while the first build runs. Never blocks. */
    public Optional<OrgLinker> readyLinker() {
        return Optional.ofNullable(linker);
    }

    /** How long the running first build has taken so far, in seconds (0 when none runs). */
    public double buildingSeconds() {
        return linker != null ? 0 : (System.nanoTime() - buildStartedNanos) / 1e9;
    }

    /** Wall time of the last linker build, in seconds. */
    public double lastBuildSeconds() {
        return lastBuildSeconds;
    }

    /** The linker, waiting for the first build when it still runs (building it here if that build failed). */
    public OrgLinker linker() {
        OrgLinker l = linker;
        if (l != null) {
            return l;
        }
        CompletableFuture<OrgLinker> f = firstBuild;
        if (f != null) {
            try {
                f.join();
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                // logged by the build; built again below
            }
        }
        synchronized (this) {
            if (linker == null) {
                rebuildLinker();
            }
            return linker;
        }
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
        QuarkusTransaction.requiringNew().run(() -> organizations.importRecords("built-in", true, false, sink -> {
            records.forEach(sink);
            return new RorDumpReader.Stats(records.size(), 0, 0, 0);
        }, n -> { }));
    }

    /** Builds the linker again from every ROR organisation stored (all statuses: the linker never chooses the others). */
    public synchronized OrgLinker rebuildLinker() {
        long t0 = System.nanoTime();
        OrgLinker.Builder b = OrgLinker.builder(extractor.knowledgeBase());
        long[] readNanos = new long[1];
        QuarkusTransaction.requiringNew().timeout(IMPORT_TIMEOUT_SECONDS).run(() -> {
            organizations.forEachRorOrganization(b::add);
            readNanos[0] = System.nanoTime() - t0;
        });
        OrgLinker built = b.build();
        linker = built;
        double seconds = (System.nanoTime() - t0) / 1e9;
        lastBuildSeconds = seconds;
        LOG.infof("Linker ready: %,d organisations, %,d names (%.1f s: %.1f s reading the database, %.1f s indexing)",
                built.size(), built.nameCount(), seconds, readNanos[0] / 1e9, seconds - readNanos[0] / 1e9);
        return built;
    }

    /**
     * Imports a ROR dump file (zip, JSON array or JSON Lines, gzipped or not) in one transaction, then rebuilds the
     * linker and links every organisation and facility entity again. A malformed dump imports nothing. With
     * {@code full} the dump is taken for the whole registry: ROR organisations it does not hold are withdrawn.
     */
    public synchronized ImportReport importDump(Path file, String source, boolean full) {
        long t0 = System.nanoTime();
        LOG.infof("ROR import from %s started (%s)", source, full ? "full dump: organisations absent from it are withdrawn"
                : "partial: organisations absent from it are kept");
        OrganizationStore.ImportCounts counts;
        try {
            counts = QuarkusTransaction.requiringNew().timeout(IMPORT_TIMEOUT_SECONDS).call(() ->
                    organizations.importRecords(source, false, full, sink -> RorDumpReader.read(file, sink),
                            n -> LOG.infof("ROR import from %s: %,d records staged", source, n)));
        } catch (RorFormatException e) {
            LOG.warnf("ROR import from %s refused, nothing imported: %s", source, e.getMessage());
            throw ServiceException.invalid("Not a ROR dump, nothing imported: " + e.getMessage());
        } catch (OrganizationStore.EmptyFullDumpException e) {
            LOG.warnf("ROR import from %s refused, nothing imported: %s", source, e.getMessage());
            throw ServiceException.invalid("Nothing imported: " + e.getMessage());
        }
        RorDumpReader.Stats stats = counts.stats();
        LOG.infof("ROR import from %s: %,d records (%,d schema v2, %,d schema v1, %,d v1 skipped): %,d new, %,d updated,"
                        + " %,d unchanged, %,d withdrawn as absent, in %.1f s", source, stats.records(), stats.v2(),
                stats.v1(), stats.skipped(), counts.inserted(), counts.updated(), counts.unchanged(), counts.withdrawn(),
                (System.nanoTime() - t0) / 1e9);
        rebuildLinker();
        long linked = relinkAll();
        Map<String, Long> byStatus = QuarkusTransaction.requiringNew().call(organizations::countByStatus);
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        double seconds = (System.nanoTime() - t0) / 1e9;
        LOG.infof("ROR import from %s done: %,d organisations in the base %s, %,d entities linked, %.1f s", source, total,
                byStatus, linked, seconds);
        return new ImportReport(source, full, stats.records(), stats.v2(), stats.v1(), stats.skipped(), counts.inserted(),
                counts.updated(), counts.unchanged(), counts.withdrawn(), total, byStatus.getOrDefault("active", 0L), linked,
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

    /**
     * Links the given entities (in the caller's transaction) with {@code l}: the organisations and facilities among
     * them. Callers get the linker with {@link #linker()} before they open the transaction, since it may wait.
     */
    public void linkEntities(OrgLinker l, Collection<Long> entityIds) {
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

    /** The stored ROR organisation with this bare id, whatever its status. */
    public Optional<OrganizationStore.StoredOrganization> organization(String rorId) {
        return QuarkusTransaction.joiningExisting().call(() -> organizations.findRor(rorId));
    }

    /** Entity ids linked to these organisations. */
    public Map<String, Long> entitiesLinkedTo(Collection<String> organizationIds) {
        return QuarkusTransaction.joiningExisting().call(() -> organizations.entitiesLinkedTo(organizationIds));
    }
}
