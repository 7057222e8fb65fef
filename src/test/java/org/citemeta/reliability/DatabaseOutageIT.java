package org.citemeta.reliability;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.citemeta.support.Reliability;
import org.citemeta.support.ServiceProcess;
import org.citemeta.support.WithOwnDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL stopped under the running packaged service, then started again on the same port and data: health
 * says DOWN and requests get a prompt 503 problem+json while it is away, and the service comes back by itself.
 */
@Tag("reliability")
class DatabaseOutageIT extends WithOwnDatabase {

    /** Generous "it did not hang" bound for one answer during the outage (connection acquisition timeout is 5 s). */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(30);

    private ServiceProcess service;

    @Test
    void databaseOutageAnswers503AndTheServiceRecoversByItself() throws Exception {
        Reliability.caseTried();
        startDatabase();
        service = newService("citemeta.seeds.enabled=false");
        service.launch().awaitReady(Duration.ofSeconds(120));

        String before = "Outage note " + UUID.randomUUID() + ". Engineers at CERN, located in Geneva, Switzerland, "
                + "restarted the cooling plant.";
        long id = post(before).then().statusCode(201).extract().jsonPath().getLong("id");
        // several requests at once, so that the pool holds several connections that the outage will break
        assertAll(200, parallelGets(8));

        db.stop();
        Reliability.faultInjected();

        awaitHealth("/q/health", 503, "DOWN", Duration.ofSeconds(30));
        awaitHealth("/q/health/ready", 503, "DOWN", Duration.ofSeconds(30));
        assertEquals(200, health("/q/health/live").statusCode(), "liveness does not depend on the database");

        String during = "Written during the outage " + UUID.randomUUID() + ". The Chinese Academy of Sciences in Beijing "
                + "announced a new facility.";
        assertUnavailable(() -> service.api().when().get("/documents"));
        assertUnavailable(() -> service.api().when().get("/documents/" + id));
        assertUnavailable(() -> service.api().when().get("/documents/" + id + "/entities"));
        assertUnavailable(() -> service.api().when().get("/entities?q=CERN"));
        assertUnavailable(() -> post(during));
        // as many at once as the pool has connections, and more: each still answered, none hangs
        assertAll(503, parallelGets(20));

        db.start(); // same port, same data
        awaitHealth("/q/health", 200, "UP", Duration.ofSeconds(60));
        assertEquals(200, health("/q/health/ready").statusCode());
        // recovered: every answer succeeds now, none is served from a connection the outage broke
        assertAll(200, parallelGets(20));
        JsonPath doc = service.api().when().get("/documents/" + id + "?include=text").then().statusCode(200).extract().jsonPath();
        assertEquals(before, doc.getString("text"), "what was stored before the outage is intact");
        long after = post(during).then().statusCode(201).extract().jsonPath().getLong("id");
        assertTrue(after != id);
        assertEquals(2, service.api().when().get("/documents?per_page=10").then().statusCode(200).extract()
                .jsonPath().getInt("meta.count"), "the post refused during the outage stored nothing; the one after did");
        assertEquals(0, db.count("SELECT count(*) FROM document WHERE text = '" + during.replace("'", "''")
                + "' AND id <> " + after));
    }

    @Test
    void aRestartNoRequestSawLeavesNoBrokenConnectionBehind() throws Exception {
        Reliability.caseTried();
        startDatabase();
        service = newService("citemeta.seeds.enabled=false");
        service.launch().awaitReady(Duration.ofSeconds(120));
        // fill the pool with open connections, then restart the database under them without a request in between
        assertAll(200, parallelGets(16));

        db.stop();
        Reliability.faultInjected();
        db.start();

        // no health probe in between (each probe would drop one dead connection): requests come first, and the
        // connections the restart cut are not handed out to them
        assertAll(200, parallelGets(16));
        assertAll(200, parallelGets(16));
        assertEquals(200, health("/q/health/ready").statusCode());
    }

    private Response post(String text) {
        return service.write().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/documents").then().extract().response();
    }

    /** One request during the outage: a prompt 503 in problem+json that tells nothing of the internals. */
    private void assertUnavailable(Supplier<Response> request) {
        long t0 = System.nanoTime();
        Response r = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertTrue(took.compareTo(ANSWER_BOUND) < 0, "answered within " + ANSWER_BOUND.toSeconds() + " s, took " + took);
        assertEquals(503, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonPath problem = r.jsonPath();
        assertEquals(503, problem.getInt("status"));
        assertEquals("urn:citemeta:problem:unavailable", problem.getString("type"));
        String body = r.asString();
        for (String leak : List.of("Exception", "org.", "java.", "at io.", "PSQL", "jdbc", "SQL")) {
            assertFalse(body.contains(leak), "no internals in the body (" + leak + "): " + body);
        }
    }

    private static void assertAll(int status, List<Integer> statuses) {
        assertTrue(statuses.stream().allMatch(s -> s == status), "every answer " + status + ": " + statuses);
    }

    private List<Integer> parallelGets(int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> service.api().when().get("/documents?per_page=5").then().extract().statusCode()));
            }
            List<Integer> out = new ArrayList<>();
            for (Future<Integer> f : answers) {
                out.add(f.get(ANSWER_BOUND.toSeconds() * 2, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> health(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = service.get(path, ANSWER_BOUND);
        Reliability.countRequest(r.statusCode());
        return r;
    }

    private void awaitHealth(String path, int status, String state, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = health(path);
            if (last.statusCode() == status) {
                assertEquals(state, JsonPath.from(last.body()).getString("status"), last.body());
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not answer " + status + " " + state + " within " + limit.toSeconds()
                + " s; last: " + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }
}
