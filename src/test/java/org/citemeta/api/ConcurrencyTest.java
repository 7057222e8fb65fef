package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.citemeta.support.Reliability;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.citemeta.support.Contract.documentCount;
import static org.citemeta.support.Reliability.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Real parallel requests: uniqueness comes from database constraints and upserts, not from luck. Every client
 * waits at a barrier so that the requests leave together.
 */
@QuarkusTest
@Tag("reliability")
class ConcurrencyTest {

    static <T> List<T> together(int clients, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CyclicBarrier start = new CyclicBarrier(clients);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static Response post(String text) {
        return api().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/documents").then().extract().response();
    }


    @Test
    void twentyClientsPostingOneDocumentStoreItOnce() throws Exception {
        Reliability.caseTried();
        String text = "Concurrency note " + UUID.randomUUID() + ". Researchers at CERN, located in Switzerland, "
                + "compared notes with colleagues at the Chinese Academy of Sciences.";
        long before = documentCount(api());
        List<Response> answers = together(20, () -> post(text));
        Set<Long> ids = new HashSet<>();
        int created = 0;
        for (Response r : answers) {
            int status = r.statusCode();
            if (status == 201) {
                created++;
            } else {
                assertEquals(200, status, r.asString());
            }
            ids.add(r.jsonPath().getLong("id"));
        }
        assertEquals(1, created, "exactly one 201");
        assertEquals(1, ids.size(), "every answer names the same document");
        long after = documentCount(api());
        Reliability.documentsLost(Math.max(0, before + 1 - after));
        assertEquals(before + 1, after, "exactly one document");
        api().when().delete("/documents/" + ids.iterator().next()).then().statusCode(204);
    }

    @Test
    void twoDocumentsNamingOneNewOrganisationAtOnceMakeOneEntity() throws Exception {
        Reliability.caseTried();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String org = "Quetzalcoatl Institute for Lattice Studies";
        String[] texts = {
                "Field report " + tag + " one. Physicists at the " + org + " published new lattice results this week.",
                "Field report " + tag + " two, a different text. The " + org + " hosted a workshop on lattice gauge theory."};
        List<Integer> round = new ArrayList<>(List.of(0, 1));
        List<Response> answers = together(2, () -> {
            int i;
            synchronized (round) {
                i = round.remove(0);
            }
            return post(texts[i]);
        });
        List<Long> docIds = new ArrayList<>();
        for (Response r : answers) {
            assertEquals(201, r.statusCode(), r.asString());
            docIds.add(r.jsonPath().getLong("id"));
        }
        List<Map<String, Object>> found = api().queryParam("q", org).queryParam("type", "ORGANIZATION").when().get("/entities")
                .then().statusCode(200).extract().jsonPath().getList("results");
        List<Map<String, Object>> exact = found.stream().filter(e -> org.equals(e.get("name"))).toList();
        assertEquals(1, exact.size(), "one entity: " + found);
        assertEquals(2, ((Number) exact.get(0).get("documentCount")).intValue());
        for (long id : docIds) {
            api().when().delete("/documents/" + id).then().statusCode(204);
        }
    }
}
