package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.citemeta.support.Reliability;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.citemeta.support.Contract.documentCount;
import static org.citemeta.support.Reliability.api;
import static org.citemeta.support.Reliability.invalidRequest;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever scripts throw at the service: each hostile body or parameter gets a problem+json 4xx (or is ingested
 * whole) within a bounded time, the database holds the whole document or nothing, and no query is changed.
 */
@QuarkusTest
@Tag("reliability")
class HostileInputTest {

    /** Generous bound for one request on a loaded 2-core machine: the point is "no hang", not speed. */
    static final Duration BOUND = Duration.ofSeconds(60);


    /** Posts a body that must be refused with {@code status}; nothing may be stored. */
    static void refused(String contentType, byte[] body, int status, String detailPart) {
        Reliability.caseTried();
        long before = documentCount(api());
        long t0 = System.nanoTime();
        invalidRequest().contentType(contentType).body(body).when().post("/documents").then().statusCode(status)
                .contentType("application/problem+json").body("detail", containsString(detailPart));
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(BOUND) < 0, "answered within " + BOUND);
        long after = documentCount(api());
        Reliability.documentsLost(0);
        assertEquals(before, after, "a refused body stores nothing");
    }

    /** Posts a text that must be stored whole (201), within the bound; answers the document id. */
    static long storedWhole(String text) {
        Reliability.caseTried();
        long before = documentCount(api());
        long t0 = System.nanoTime();
        long id = api().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(BOUND) < 0, "answered within " + BOUND);
        String stored = api().queryParam("include", "text").when().get("/documents/" + id).then().statusCode(200)
                .extract().jsonPath().getString("text");
        if (!text.equals(stored)) {
            Reliability.documentsLost(1);
        }
        assertEquals(text, stored, "the whole text is stored");
        assertEquals(before + 1, documentCount(api()));
        return id;
    }

    @Test
    void binaryInvalidAndMixedEncodingsAreRefused() {
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[10] = 0;
        refused("text/plain", binary, 400, "");
        refused("text/plain; charset=UTF-8", new byte[] {'o', 'k', ' ', (byte) 0xFF, (byte) 0xFE, 'x'}, 400, "not valid UTF-8");
        refused("text/plain; charset=UTF-8", "text with a NUL \u0000 inside".getBytes(StandardCharsets.UTF_8), 400, "NUL");
        byte[] utf8 = "Universit\u00e9 de Gen\u00e8ve, ".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Universit\u00e9 de Lausanne".getBytes(StandardCharsets.ISO_8859_1);
        byte[] mixed = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);
        refused("text/plain; charset=UTF-8", mixed, 400, "not valid UTF-8");
        refused("application/json", "{\"text\": \"ok \\u0000 nul\"}".getBytes(StandardCharsets.UTF_8), 400, "NUL");
    }

    @Test
    void wrongContentTypesOversizedBodiesAndDeepJsonAreRefused() {
        refused("application/xml", "<doc>text</doc>".getBytes(StandardCharsets.UTF_8), 415, "Content-Type");
        refused("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 415, "Content-Type");
        refused("text/plain; charset=x-no-such-charset", "text".getBytes(StandardCharsets.UTF_8), 415, "charset");
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        refused("text/plain; charset=UTF-8", big, 413, "max-bytes");
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        refused("application/json", deep.getBytes(StandardCharsets.UTF_8), 400, "JSON");
        String deepText = "{\"text\": \"t\", \"metadata\": " + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}";
        refused("application/json", deepText.getBytes(StandardCharsets.UTF_8), 400, "JSON");
    }

    @Test
    void aMegabyteLineWithoutSpacesIsStoredWhole() {
        String line = UUID.randomUUID() + "x".repeat(1024 * 1024);
        long id = storedWhole(line);
        api().when().get("/documents/" + id + "/entities").then().statusCode(200);
        api().when().delete("/documents/" + id).then().statusCode(204);
    }

    @Test
    void oneHundredThousandReferenceLookalikesAreStoredWithinTheCaps() {
        String text = UUID.randomUUID() + "\n" + "(A. B. et al. X 1, 1\u20132; 2000) ".repeat(100_000);
        long id = storedWhole(text);
        JsonPath doc = api().when().get("/documents/" + id).then().statusCode(200).extract().jsonPath();
        long mentions = api().queryParam("per_page", 1).when().get("/documents/" + id + "/citations").then().statusCode(200)
                .extract().jsonPath().getLong("meta.count");
        assertTrue(mentions <= 5000, "references capped: " + mentions);
        Map<String, Object> truncated = doc.getMap("extracted.truncated");
        if (truncated != null) {
            assertTrue(((Number) truncated.get("mentionsFound")).longValue() > 20_000
                    || ((Number) truncated.get("referencesFound")).longValue() > 5_000, truncated.toString());
        }
        api().when().delete("/documents/" + id).then().statusCode(204);
    }

    @Test
    void hostileQueryParametersAre400AndChangeNoQuery() {
        long before = documentCount(api());
        List<String[]> bad = List.of(
                new String[] {"/documents", "sort", "createdAt; DROP TABLE document; --"},
                new String[] {"/documents", "per_page", "-1"},
                new String[] {"/documents", "per_page", "100000000000000000000"},
                new String[] {"/documents", "page", "0"},
                new String[] {"/documents", "cursor", "' OR 1=1 --"},
                new String[] {"/documents", "cursor", "YzF8Y3JlYXRlZEF0fHh8eA"},
                new String[] {"/documents", "workId", "1 OR 1=1"},
                new String[] {"/documents", "filter", "x"},
                new String[] {"/entities", "type", "PERSON' OR '1'='1"},
                new String[] {"/entities", "country", "C'"},
                new String[] {"/entities", "sort", "name; DELETE FROM entity"},
                new String[] {"/entities", "group_by", "type, (SELECT 1)"},
                new String[] {"/entities", "documentId", "1;"},
                new String[] {"/citations", "year", "2000' OR '1'='1"},
                new String[] {"/citations", "sort", "year:desc, id"},
                new String[] {"/citations", "doi", "'; DROP TABLE citation; --"});
        for (String[] b : bad) {
            Reliability.caseTried();
            invalidRequest().queryParam(b[1], b[2]).when().get(b[0]).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        // metacharacters in free-text filters are data, never SQL: they match nothing and break nothing
        for (String q : List.of("'; DROP TABLE entity; --", "%", "_", "\\", "\" OR \"\"=\"", "$1", "%' OR '1'='1")) {
            Reliability.caseTried();
            api().queryParam("q", q).when().get("/entities").then().statusCode(200);
            api().queryParam("q", q).when().get("/citations").then().statusCode(200);
            api().queryParam("author", q).queryParam("container", q).when().get("/citations").then().statusCode(200);
        }
        api().queryParam("q", "%").when().get("/entities").then().statusCode(200)
                .body("meta.count", org.hamcrest.Matchers.equalTo(0));
        assertEquals(before, documentCount(api()), "nothing changed");
        api().when().get("/entities?per_page=1").then().statusCode(200);
        api().when().get("/citations?per_page=1").then().statusCode(200);
        assertEquals(0, Reliability.serverErrors(), "no 5xx");
    }
}
