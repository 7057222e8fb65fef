package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.citemeta.support.Reliability;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.citemeta.support.Contract.documentCount;
import static org.citemeta.support.Reliability.api;
import static org.citemeta.support.Reliability.invalidRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing through HTTP: random bodies (text from scholarly fragments and noise, random bytes, random JSON, random
 * content types and charsets) and random query parameters on every list endpoint. Invariants: never a 5xx, every
 * error is problem+json whose status matches the answer (the contract filter checks every response), a 201 stores
 * exactly the text sent, and the document count moves by exactly the number of 201s. Bounded budget; the seed is
 * printed and can be replayed with {@code -DfuzzSeed=N}.
 */
@QuarkusTest
@Tag("reliability")
class ApiFuzzTest {

    static final int REQUESTS = 160;
    static final Set<Integer> BODY_STATUSES = Set.of(200, 201, 400, 413, 415, 422);
    static final Set<Integer> QUERY_STATUSES = Set.of(200, 400, 404);

    static final String[] FRAGMENTS = {"CERN", "SESAME", "the Sirius synchrotron", "Chinese Academy of Sciences (CAS)",
            "(X. Yang et al. Science 379, 240\u2013243; 2023)", "References\n1. ", "[1]", "\u00e9", "\u4e2d\u56fd", "\ud83d\ude80",
            "*Science* **379**", "\"", "\\", "{", "}", "'", ";", "--", "%", "\n", "\u0001", "\u0000", "\ufffd", "\u202e"};
    static final String[] CONTENT_TYPES = {"text/plain", "text/plain; charset=UTF-8", "text/plain; charset=ISO-8859-1",
            "text/markdown", "application/json", "application/json; charset=UTF-16", "text/html", "application/octet-stream",
            "text/plain; charset=nope", "multipart/form-data; boundary=x"};
    static final String[][] QUERY = {
            {"/documents", "page", "per_page", "sort", "cursor", "workId", "include"},
            {"/entities", "type", "q", "country", "documentId", "sort", "group_by", "page", "per_page", "cursor"},
            {"/citations", "documentId", "year", "container", "author", "doi", "q", "sort", "page", "per_page", "cursor"}};


    static String text(Random r, int parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            if (r.nextInt(3) == 0) {
                for (int j = r.nextInt(8); j > 0; j--) {
                    b.append((char) (0x20 + r.nextInt(0x5f)));
                }
            } else {
                b.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            }
            b.append(r.nextBoolean() ? " " : "");
        }
        return b.toString();
    }

    static String value(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> Integer.toString(r.nextInt(2000) - 500);
            case 1 -> Long.toString(r.nextLong());
            case 2 -> "*";
            case 3 -> List.of("name", "id:desc", "mentions:desc", "year", "year:desc", "cited:desc", "relevance", "created_at")
                    .get(r.nextInt(8));
            case 4 -> List.of("PERSON", "ORGANIZATION", "FACILITY", "LOCATION", "CH", "CN", "type", "country", "text").get(r.nextInt(9));
            case 5 -> r.nextInt(2100) + "-" + r.nextInt(2100);
            default -> text(r, 1 + r.nextInt(3));
        };
    }

    @Test
    void randomBodiesAndParametersNeverBreakTheServiceOrLoseText() {
        long seed = Long.getLong("fuzzSeed", 20261129L);
        System.out.println("[fuzz] seed " + seed + " (replay with -DfuzzSeed=" + seed + ")");
        Random r = new Random(seed);
        long before = documentCount(api());
        List<Long> created = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            Reliability.caseTried();
            String context = "[fuzz] seed " + seed + " request " + i;
            if (r.nextBoolean()) {
                String contentType = CONTENT_TYPES[r.nextInt(CONTENT_TYPES.length)];
                byte[] body;
                String sent = null;
                switch (r.nextInt(4)) {
                    case 0 -> {
                        body = new byte[r.nextInt(300)];
                        r.nextBytes(body);
                    }
                    case 1 -> {
                        sent = "{\"text\": \"" + text(r, 1 + r.nextInt(20)).replace("\\", "\\\\").replace("\"", "\\\"")
                                + "\"" + (r.nextBoolean() ? ", \"title\": \"t" + i + "\"" : "") + (r.nextInt(5) == 0 ? ", \"x\": 1" : "") + "}";
                        body = sent.getBytes(StandardCharsets.UTF_8);
                        sent = null; // a JSON body's text is its decoded field, checked through the plain-text cases
                    }
                    default -> {
                        sent = "Fuzz " + seed + "-" + i + " " + text(r, 1 + r.nextInt(40));
                        body = sent.getBytes(StandardCharsets.UTF_8);
                    }
                }
                Response res = invalidRequest().contentType(contentType).body(body).when().post("/documents");
                int status = res.statusCode();
                seen.merge("POST " + status, 1, Integer::sum);
                assertTrue(BODY_STATUSES.contains(status), context + ": status " + status + " " + res.asString());
                if (status >= 400) {
                    assertEquals("application/problem+json", res.contentType().split(";")[0], context);
                    assertEquals(status, res.jsonPath().getInt("status"), context);
                } else if (status == 201) {
                    long id = res.jsonPath().getLong("id");
                    created.add(id);
                    if (sent != null && contentType.startsWith("text/plain") && !contentType.contains("ISO-8859-1")) {
                        String stored = api().queryParam("include", "text").when().get("/documents/" + id).then()
                                .statusCode(200).extract().jsonPath().getString("text");
                        if (!sent.equals(stored)) {
                            Reliability.documentsLost(1);
                        }
                        assertEquals(sent, stored, context + ": the text is stored as sent");
                    }
                }
            } else {
                String[] endpoint = QUERY[r.nextInt(QUERY.length)];
                var req = invalidRequest();
                for (int k = r.nextInt(4); k > 0; k--) {
                    req = req.queryParam(endpoint[1 + r.nextInt(endpoint.length - 1)], value(r));
                }
                Response res = req.when().get(endpoint[0]);
                int status = res.statusCode();
                seen.merge("GET " + status, 1, Integer::sum);
                assertTrue(QUERY_STATUSES.contains(status), context + ": status " + status + " " + res.asString());
                if (status >= 400) {
                    assertEquals("application/problem+json", res.contentType().split(";")[0], context);
                }
            }
        }
        System.out.println("[fuzz] answers " + seen);
        for (String kind : List.of("POST 201", "POST 400", "POST 415", "GET 200", "GET 400")) {
            assertTrue(seen.containsKey(kind), "the fuzzer reached " + kind + ": " + seen);
        }
        assertEquals(before + created.size(), documentCount(api()), "the count moved by exactly the number of 201s");
        for (long id : created) {
            api().when().delete("/documents/" + id).then().statusCode(204);
        }
        assertEquals(before, documentCount(api()));
        assertEquals(0, Reliability.serverErrors(), "no 5xx");
    }
}
