package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.citemeta.support.Reliability;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.citemeta.support.Contract.documentCount;
import static org.citemeta.support.Reliability.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One document cannot stall the service: with one extraction thread, a queue of one and a short time limit, a
 * document too long to extract in time is refused with 422 and frees its thread, and a burst beyond the queue is
 * refused with 503; nothing is stored for either.
 */
@QuarkusTest
@TestProfile(ExtractionLimitsTest.Profile.class)
@Tag("reliability")
class ExtractionLimitsTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of(
                    "citemeta.extraction.timeout", "1s",
                    "citemeta.extraction.threads", "1",
                    "citemeta.extraction.queue-size", "1",
                    "citemeta.seeds.enabled", "false");
        }
    }

    /**
     * About 4 MB of distinct reference look-alikes: every one is parsed (about 18 s of extraction on the project's
     * machine), far beyond the 1 s limit, and the parser stops within milliseconds of an interruption.
     */
    static byte[] longDocument() {
        StringBuilder b = new StringBuilder(UUID.randomUUID().toString()).append('\n');
        for (int i = 0; b.length() < 4_000_000; i++) {
            b.append("(A. B. et al. X ").append(i).append(", ").append(i).append('\u2013').append(i + 1).append("; 2000) ");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }


    static Response post(byte[] body) {
        return api().contentType("text/plain; charset=UTF-8").body(body).when().post("/documents").then().extract().response();
    }

    @Test
    void aDocumentBeyondTheTimeLimitIs422AndFreesTheThread() {
        Reliability.caseTried();
        long before = documentCount(api());
        post(longDocument()).then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", containsString("citemeta.extraction.timeout"));
        assertEquals(before, documentCount(api()), "nothing stored");
        // the only extraction thread was given back: a short document right after is extracted and stored
        long id = post(("A short note " + UUID.randomUUID() + " about SESAME in Jordan.").getBytes(StandardCharsets.UTF_8))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        api().when().delete("/documents/" + id).then().statusCode(204);
    }

    /**
     * {@code POST /citations/parse} runs on the extraction pool under the same limit: 1,000 strings of 2,000 characters
     * (about 35 s of parsing) are refused with 422 after the 1 s limit, and the thread is given back between two
     * strings, so a short request right after is answered (within a few tries, while the abandoned string ends).
     */
    @Test
    void aParseBeyondTheTimeLimitIs422AndFreesTheThread() throws Exception {
        Reliability.caseTried();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            body.append("Rev. ".repeat(400)).append(i).append('\n');
        }
        long t0 = System.nanoTime();
        api().contentType("text/plain; charset=UTF-8").body(body.toString())
                .when().post("/citations/parse")
                .then().statusCode(422).contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", containsString("citemeta.extraction.timeout"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 20_000, "the limit answered after " + ms + " ms, not after about 1 s");
        int status = 0;
        for (int attempt = 0; attempt < 10 && status != 200; attempt++) {
            if (attempt > 0) {
                Thread.sleep(300);
            }
            status = api().contentType("application/json")
                    .body("\"X. Yang et al. Science 379, 240\u2013243 (2023).\"")
                    .when().post("/citations/parse")
                    .then().extract().statusCode();
        }
        assertEquals(200, status, "the parsing thread was given back");
        api().contentType("application/json")
                .body("\"X. Yang et al. Science 379, 240\u2013243 (2023).\"")
                .when().post("/citations/parse")
                .then().statusCode(200).body("results[0].volume", equalTo("379"));
    }

    @Test
    void aBurstBeyondTheQueueIs503AndStoresNothing() throws Exception {
        Reliability.caseTried();
        long before = documentCount(api());
        int clients = 6;
        byte[][] bodies = new byte[clients][];
        for (int i = 0; i < clients; i++) {
            bodies[i] = longDocument();
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CyclicBarrier start = new CyclicBarrier(clients);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                byte[] body = bodies[i];
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(body);
                }));
            }
            for (Future<Response> f : answers) {
                Response r = f.get();
                statuses.add(r.statusCode());
                if (r.statusCode() >= 400) {
                    assertEquals("application/problem+json", r.contentType().split(";")[0]);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(statuses.contains(503), "a burst beyond the queue is refused: " + statuses);
        assertTrue(statuses.stream().allMatch(s -> s == 503 || s == 422), "each is 503 or 422: " + statuses);
        assertEquals(before, documentCount(api()), "nothing stored");
    }
}
