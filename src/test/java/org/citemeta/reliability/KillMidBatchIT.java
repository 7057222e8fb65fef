package org.citemeta.reliability;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.citemeta.extract.Entity;
import org.citemeta.extract.EntityExtractor;
import org.citemeta.extract.Extraction;
import org.citemeta.support.Reliability;
import org.citemeta.support.ServiceProcess;
import org.citemeta.support.WithOwnDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged service killed with SIGKILL while four clients post a batch of distinct documents. After a
 * restart every stored document is whole (text and extraction), every document the service acknowledged with 201
 * is there, and posting the whole batch again completes it without a duplicate.
 */
@Tag("reliability")
class KillMidBatchIT extends WithOwnDatabase {

    private static final int BATCH = 60;
    private static final int CLIENTS = 4;
    /** Acknowledged documents after which the process is killed: well inside the batch. */
    private static final int KILL_AFTER = 20;

    private ServiceProcess service;

    @Test
    void killedMidBatchLosesNothingAcknowledgedAndLeavesNothingPartial() throws Exception {
        Reliability.caseTried();
        startDatabase();
        // an external database, so that the kill hits the service alone; seeds off so the batch is all there is
        service = newService("citemeta.seeds.enabled=false");
        service.launch().awaitReady(Duration.ofSeconds(120));

        List<String> texts = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            texts.add(document(i));
        }
        Map<Integer, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        List<String> unexpected = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < BATCH; i = next.getAndIncrement()) {
                        HttpRequest post = HttpRequest.newBuilder(service.uri("/documents?title=batch-" + i))
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "text/plain; charset=UTF-8")
                                .header("X-API-Key", ServiceProcess.WRITE_KEY)
                                .POST(HttpRequest.BodyPublishers.ofString(texts.get(i), StandardCharsets.UTF_8))
                                .build();
                        try {
                            HttpResponse<String> r = http.send(post, HttpResponse.BodyHandlers.ofString());
                            Reliability.countRequest(r.statusCode());
                            if (r.statusCode() == 201) {
                                acknowledged.put(i, JsonPath.from(r.body()).getLong("id"));
                            } else {
                                synchronized (unexpected) {
                                    unexpected.add(i + ": " + r.statusCode() + " " + r.body());
                                }
                            }
                        } catch (IOException e) {
                            Reliability.countRequest(0); // sent, never answered: the process died under it
                            unanswered.incrementAndGet();
                            return null; // the service is gone; this client stops
                        }
                    }
                    return null;
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < KILL_AFTER && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(acknowledged.size() >= KILL_AFTER, "the batch made progress before the kill");
            service.kill();
            Reliability.faultInjected();
            clients.shutdown();
            assertTrue(clients.awaitTermination(90, TimeUnit.SECONDS), "every client saw the end of the service");
        } finally {
            clients.shutdownNow();
        }
        assertTrue(unexpected.isEmpty(), "before the kill every post was stored: " + unexpected);
        Map<Integer, Long> acked = new HashMap<>(acknowledged);
        assertTrue(acked.size() < BATCH, "the kill came in the middle of the batch (" + acked.size() + " acknowledged)");

        // below the API, before the restart: nothing half-written survived the kill
        assertNothingPartial();

        service.launch().awaitReady(Duration.ofSeconds(120));
        JsonPath list = service.api().when().get("/documents?per_page=200").then().statusCode(200).extract().jsonPath();
        Map<Integer, Long> stored = new HashMap<>();
        for (Map<String, Object> d : list.<Map<String, Object>>getList("results")) {
            String title = (String) d.get("title");
            assertTrue(title != null && title.startsWith("batch-"), "only batch documents: " + d);
            assertNotNull(d.get("extracted"), "extraction stored with the document: " + d);
            stored.put(Integer.parseInt(title.substring("batch-".length())), ((Number) d.get("id")).longValue());
        }
        assertEquals(stored.size(), list.getInt("meta.count"));
        assertTrue(stored.size() < BATCH, "the batch was interrupted");

        long lost = acked.entrySet().stream().filter(e -> !e.getValue().equals(stored.get(e.getKey()))).count();
        Reliability.documentsLost(lost);
        assertEquals(0, lost, "acknowledged " + acked + ", stored after restart " + stored);

        // every stored document is whole: its text as sent, and its extraction, as one extraction of that text
        EntityExtractor engine = new EntityExtractor();
        for (Map.Entry<Integer, Long> e : stored.entrySet()) {
            long id = e.getValue();
            String text = texts.get(e.getKey());
            JsonPath doc = service.api().when().get("/documents/" + id + "?include=text").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(text, doc.getString("text"), "document " + id + " text");
            assertNotNull(doc.get("extracted"), "document " + id + " extracted");
            Extraction x = engine.extract(text);
            Set<String> keys = x.entities().stream().map(Entity::key).collect(Collectors.toSet());
            long mentions = x.mentions().stream().filter(m -> keys.contains(m.entityKey()) && m.end() > m.start()).count();
            long entities = x.mentions().stream().filter(m -> keys.contains(m.entityKey()) && m.end() > m.start())
                    .map(m -> m.entityKey()).distinct().count();
            assertTrue(entities > 0 && !x.references().isEmpty(), "the test documents have entities and references");
            assertEquals(entities, service.api().when().get("/documents/" + id + "/entities?per_page=200").then()
                    .statusCode(200).extract().jsonPath().getLong("meta.count"), "document " + id + " entities");
            assertEquals(x.references().size(), service.api().when().get("/documents/" + id + "/citations?per_page=200")
                    .then().statusCode(200).extract().jsonPath().getLong("meta.count"), "document " + id + " citations");
            assertEquals(mentions, db.count("SELECT count(*) FROM mention WHERE document_id = " + id), "document " + id + " mentions");
        }

        // the interrupted work repeated: 200 for what is stored (same id), 201 for the rest, no duplicate
        int created = 0;
        for (int i = 0; i < BATCH; i++) {
            Response r = service.write().contentType("text/plain; charset=UTF-8").queryParam("title", "batch-" + i)
                    .body(texts.get(i).getBytes(StandardCharsets.UTF_8)).when().post("/documents")
                    .then().extract().response();
            Long before = stored.get(i);
            if (before != null) {
                assertEquals(200, r.statusCode(), "batch-" + i + " was stored: " + r.asString());
                assertEquals(before, r.jsonPath().getLong("id"), "batch-" + i + " is the stored document");
            } else {
                assertEquals(201, r.statusCode(), "batch-" + i + " was missing: " + r.asString());
                created++;
            }
        }
        assertEquals(BATCH - stored.size(), created);
        assertEquals(BATCH, service.api().when().get("/documents?per_page=1").then().statusCode(200).extract()
                .jsonPath().getInt("meta.count"), "exactly the batch, no duplicate");
        assertEquals(BATCH, db.count("SELECT count(DISTINCT content_hash) FROM document"));
        assertNothingPartial();
        System.out.printf("[reliability] kill mid-batch: %d acknowledged before the kill, %d requests cut off, %d stored"
                + " after restart, %d completed by the repeat%n", acked.size(), unanswered.get(), stored.size(), created);
    }

    /** Rows that only a half-written document would leave. */
    private void assertNothingPartial() {
        assertEquals(0, db.count("SELECT count(*) FROM document WHERE extracted IS NULL"), "document without extraction");
        assertEquals(0, db.count("SELECT count(*) FROM document d WHERE NOT EXISTS"
                + " (SELECT 1 FROM document_band b WHERE b.document_id = d.id)"), "document without its LSH bands");
        assertEquals(0, db.count("SELECT count(*) FROM document d WHERE NOT EXISTS"
                + " (SELECT 1 FROM mention m WHERE m.document_id = d.id)"), "document without its mentions");
        assertEquals(0, db.count("SELECT count(*) FROM document d WHERE NOT EXISTS"
                + " (SELECT 1 FROM citation_occurrence o WHERE o.document_id = d.id)"), "document without its citations");
        assertEquals(0, db.count("SELECT count(*) FROM work w WHERE NOT EXISTS"
                + " (SELECT 1 FROM document d WHERE d.work_id = w.id)"), "work without documents");
        assertEquals(0, db.count("SELECT count(*) FROM entity e WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = e.id)"
                + " AND NOT EXISTS (SELECT 1 FROM relation r WHERE r.subject_id = e.id OR r.object_id = e.id)"),
                "entity that nothing mentions");
    }

    /** A distinct document of a few KB naming organisations and places, with a reference list. */
    static String document(int i) {
        Random random = new Random(7919L * i + 17);
        String[] words = {"beam", "detector", "quiet", "night", "steady", "archive", "sample", "signal", "noise",
                "cooling", "magnet", "vacuum", "shift", "run", "calibration", "record", "window", "energy", "track",
                "cluster", "trigger", "readout", "crystal", "field", "pulse", "drift", "gain", "offset", "module"};
        StringBuilder b = new StringBuilder();
        b.append("Field report ").append(i).append(". Physicists at CERN, located in Geneva, Switzerland, compared their")
                .append(" detector notes with colleagues at the Chinese Academy of Sciences in Beijing. Maria Lopez, a")
                .append(" researcher at the University of Oxford, said the results agree with earlier work [1].\n\n");
        for (int p = 0; p < 6; p++) {
            b.append("Observation log ").append(i).append('.').append(p).append(':');
            for (int w = 0; w < 70; w++) {
                b.append(' ').append(words[random.nextInt(words.length)]);
                if (w % 12 == 11) {
                    b.append('.');
                }
            }
            b.append(".\n\n");
        }
        b.append("References\n1. X. Yang et al. Science 379, 240–243 (2023).\n2. A. Smith and B. Jones. Nature 601, ")
                .append(10 + i).append("–").append(15 + i).append(" (2022).\n");
        return b.toString();
    }
}
