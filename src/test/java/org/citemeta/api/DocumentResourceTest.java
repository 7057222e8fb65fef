package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.citemeta.support.Contract.api;
import static org.citemeta.support.Contract.invalidRequest;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DocumentResourceTest {

    static final String SEED_PDF = "seeds/000_bf538dcab2ff15f9.txt";
    static final String SEED_WEB = "seeds/001_f47b1dd4f34022c7.txt";

    private static final String[] WORDS = ("beam detector lattice alloy synchrotron team university structure colleagues "
            + "laboratory country year sample calibration result measurement facility europe asia physics chemistry "
            + "protein crystal magnet field energy collider telescope survey galaxy star planet orbit model data "
            + "analysis method theory experiment signal noise spectrum wave particle neutron photon electron ion "
            + "reactor plasma fusion climate ocean ice forest soil river city region nation policy funding grant "
            + "student professor institute academy council society journal article review preprint citation").split(" ");

    /** Forty random words: no two calls are near-duplicates, so tests do not depend on each other's documents. */
    static String uniqueText() {
        java.util.Random r = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
        StringBuilder sb = new StringBuilder("Report");
        for (int i = 0; i < 40; i++) {
            sb.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }

    static ExtractableResponse<Response> postText(String text, int expectedStatus) {
        return api().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/documents")
                .then().statusCode(expectedStatus).contentType(ContentType.JSON).extract();
    }

    static long count() {
        return api().when().get("/documents?per_page=1").then().statusCode(200).extract().jsonPath().getLong("meta.count");
    }

    static String sha256(String text) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldIngestBothSeedsIntoOneWork() {
        List<Map<String, Object>> docs = api().when().get("/documents?per_page=200&sort=id")
                .then().statusCode(200).extract().jsonPath().getList("results");
        Map<String, Object> pdf = docs.stream().filter(d -> SEED_PDF.equals(d.get("source"))).findFirst().orElseThrow();
        Map<String, Object> web = docs.stream().filter(d -> SEED_WEB.equals(d.get("source"))).findFirst().orElseThrow();
        assertEquals(pdf.get("workId"), web.get("workId"), "the two versions of the article share a work");
        assertNotEquals(pdf.get("id"), web.get("id"), "both texts are kept");
        long work = ((Number) pdf.get("workId")).longValue();
        api().when().get("/documents?workId=" + work)
                .then().statusCode(200).body("meta.count", equalTo(2));
        assertEquals(1, docs.stream().filter(d -> SEED_WEB.equals(d.get("source"))).count(), "seeds are stored once");
    }

    @Test
    void shouldCreateDocumentFromPlainTextAndReadItBack() throws Exception {
        String text = uniqueText();
        ExtractableResponse<Response> created = api()
                .contentType("text/plain").queryParam("title", "Beam time report").queryParam("source", "https://example.org/r1")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/documents")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", notNullValue())
                .body("title", equalTo("Beam time report"))
                .body("source", equalTo("https://example.org/r1"))
                .body("mediaType", equalTo("text/plain"))
                .body("contentHash", equalTo(sha256(text)))
                .body("length", equalTo(text.length()))
                .body("metadata", nullValue())
                .body("$", not(hasKey("text")))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertTrue(created.header("Location").endsWith("/documents/" + id), created.header("Location"));

        api().when().get("/documents/" + id)
                .then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("workId", equalTo(created.jsonPath().getInt("workId")))
                .body("createdAt", equalTo(created.jsonPath().getString("createdAt")))
                .body("$", not(hasKey("text")));
        api().queryParam("include", "text").when().get("/documents/" + id)
                .then().statusCode(200).body("text", equalTo(text));
    }

    @Test
    void shouldAnswer200WithTheExistingDocumentWhenTheSameContentIsPostedAgain() {
        String text = uniqueText();
        long id = postText(text, 201).jsonPath().getLong("id");
        long before = count();
        ExtractableResponse<Response> again = api().contentType("text/markdown").queryParam("title", "another title")
                .body(text).when().post("/documents")
                .then().statusCode(200).header("Location", endsWith("/documents/" + id)).extract();
        assertEquals(id, again.jsonPath().getLong("id"));
        assertNull(again.jsonPath().get("title"), "the stored document is unchanged");
        // the same text as JSON is the same content too
        api().contentType(ContentType.JSON).body(Map.of("text", text)).when().post("/documents")
                .then().statusCode(200).body("id", equalTo((int) id));
        assertEquals(before, count(), "no second copy");
    }

    @Test
    void shouldTakeTitleAndSourceFromHeadersAndMarkdownMediaType() {
        String text = "# Notes\n\n**By A. Writer**\n\n" + uniqueText();
        api().contentType("text/markdown; charset=utf-8")
                .header("X-Document-Title", "Header title").header("X-Document-Source", "file:notes.md")
                .body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/documents")
                .then().statusCode(201)
                .body("title", equalTo("Header title"))
                .body("source", equalTo("file:notes.md"))
                .body("mediaType", equalTo("text/markdown"));
    }

    @Test
    void shouldPreferQueryParametersOverHeaders() {
        api().contentType("text/plain").queryParam("title", "From query").header("X-Document-Title", "From header")
                .body(uniqueText()).when().post("/documents")
                .then().statusCode(201).body("title", equalTo("From query"));
    }

    @Test
    void shouldCreateDocumentFromJsonWithMetadata() {
        String text = uniqueText();
        Map<String, Object> body = Map.of("text", text, "title", "JSON doc", "source", "api",
                "mediaType", "text/markdown",
                "metadata", Map.of("doi", "10.1000/xyz", "tags", List.of("a", "b"), "nested", Map.of("n", 3)));
        long id = api().contentType(ContentType.JSON).body(body).when().post("/documents")
                .then().statusCode(201)
                .body("title", equalTo("JSON doc"))
                .body("mediaType", equalTo("text/markdown"))
                .body("metadata.doi", equalTo("10.1000/xyz"))
                .body("metadata.tags[1]", equalTo("b"))
                .body("metadata.nested.n", equalTo(3))
                .extract().jsonPath().getLong("id");
        api().queryParam("include", "text").when().get("/documents/" + id)
                .then().statusCode(200).body("text", equalTo(text)).body("metadata.nested.n", equalTo(3));
    }

    @Test
    void shouldDecodeTheDeclaredCharset() {
        String text = "Université de Genève et École polytechnique fédérale " + UUID.randomUUID();
        long id = api().contentType("text/plain; charset=ISO-8859-1").body(text.getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        api().queryParam("include", "text").when().get("/documents/" + id)
                .then().statusCode(200).body("text", equalTo(text));
    }

    @Test
    void shouldGroupNearDuplicatesIntoOneWorkAndKeepDistinctTextsApart() {
        String base = uniqueText() + " The instrument was calibrated against the reference sample before every run, "
                + "and the results agree with earlier measurements made at other facilities in Europe and Asia.";
        long work = postText(base, 201).jsonPath().getLong("workId");
        // the same article with typographic noise: curly quotes, markdown emphasis, an extra sentence
        String variant = base.replace("The instrument", "**The instrument**").replace("earlier", "*earlier*")
                + " \u201cWe were surprised,\u201d one author said.";
        ExtractableResponse<Response> v = postText(variant, 201);
        assertEquals(work, v.jsonPath().getLong("workId"), "a near-duplicate joins the work");
        ExtractableResponse<Response> other = postText(uniqueText(), 201);
        assertNotEquals(work, other.jsonPath().getLong("workId"), "a different text opens its own work");
        api().queryParam("workId", work).when().get("/documents")
                .then().statusCode(200).body("meta.count", equalTo(2));
    }

    @Test
    void shouldDeleteDocumentAndItsEmptyWork() {
        ExtractableResponse<Response> created = postText(uniqueText(), 201);
        long id = created.jsonPath().getLong("id");
        long work = created.jsonPath().getLong("workId");
        api().when().delete("/documents/" + id).then().statusCode(204);
        api().when().get("/documents/" + id).then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", equalTo("No document with id " + id + "."));
        api().when().delete("/documents/" + id).then().statusCode(404).contentType("application/problem+json");
        api().queryParam("workId", work).when().get("/documents").then().statusCode(200).body("meta.count", equalTo(0));
    }

    @Test
    void shouldKeepTheWorkWhenOneOfItsDocumentsIsDeleted() {
        String base = uniqueText() + " Both groups used the same detector geometry and the same analysis chain for the data.";
        ExtractableResponse<Response> first = postText(base, 201);
        ExtractableResponse<Response> second = postText(base + " A short note was added.", 201);
        long work = first.jsonPath().getLong("workId");
        assertEquals(work, second.jsonPath().getLong("workId"));
        api().when().delete("/documents/" + first.jsonPath().getLong("id")).then().statusCode(204);
        api().when().get("/documents/" + second.jsonPath().getLong("id"))
                .then().statusCode(200).body("workId", equalTo((int) work));
        // a document posted after the deletion still finds the surviving member of the work
        assertEquals(work, postText(base + " Another short note.", 201).jsonPath().getLong("workId"));
    }

    @Test
    void shouldPageByNumber() {
        for (int i = 0; i < 3; i++) {
            postText(uniqueText(), 201);
        }
        long total = count();
        List<Integer> page1 = api().queryParam("per_page", 2).queryParam("page", 1).when().get("/documents")
                .then().statusCode(200)
                .body("meta.count", equalTo((int) total)).body("meta.page", equalTo(1)).body("meta.per_page", equalTo(2))
                .body("meta.next_cursor", nullValue())
                .extract().jsonPath().getList("results.id");
        List<Integer> page2 = api().queryParam("per_page", 2).queryParam("page", 2).when().get("/documents")
                .then().statusCode(200).body("meta.page", equalTo(2)).extract().jsonPath().getList("results.id");
        assertEquals(2, page1.size());
        assertEquals(2, page2.size());
        assertTrue(page1.get(1) < page2.get(0), "ascending ids across pages: " + page1 + " " + page2);
        api().queryParam("page", 1_000_000).when().get("/documents")
                .then().statusCode(200).body("results.size()", equalTo(0)).body("meta.count", equalTo((int) total));
    }

    @Test
    void shouldWalkAllDocumentsWithACursorInEachSortOrder() {
        for (int i = 0; i < 3; i++) {
            postText(uniqueText(), 201);
        }
        long total = count();
        for (String sort : List.of("id", "id:desc", "created_at", "created_at:desc")) {
            Set<Integer> seen = new HashSet<>();
            String cursor = "*";
            Integer previous = null;
            int pages = 0;
            while (cursor != null) {
                var page = api().queryParam("cursor", cursor).queryParam("per_page", 2).queryParam("sort", sort)
                        .when().get("/documents").then().statusCode(200)
                        .body("meta.page", nullValue()).body("meta.count", equalTo((int) total))
                        .extract().jsonPath();
                List<Integer> ids = page.getList("results.id");
                for (Integer id : ids) {
                    assertTrue(seen.add(id), "no document twice in a walk: " + id);
                    if (previous != null && sort.startsWith("id")) {
                        assertTrue(sort.endsWith("desc") ? id < previous : id > previous, sort + " order");
                    }
                    previous = id;
                }
                cursor = page.getString("meta.next_cursor");
                assertTrue(++pages <= total, "the walk ends");
            }
            assertEquals(total, seen.size(), "the walk sees every document once with sort " + sort);
        }
    }

    @Test
    void shouldAnswer404ForUnknownDocument() {
        api().when().get("/documents/987654321").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:citemeta:problem:not-found"))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/documents/987654321"));
    }
}
