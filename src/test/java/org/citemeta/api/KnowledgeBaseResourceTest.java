package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.citemeta.api.EntityResourceTest.byName;
import static org.citemeta.support.Contract.api;
import static org.citemeta.support.Contract.invalidRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Import of a ROR dump through {@code /admin/ror-import}, linking of the seed entities, {@code /entities/match}
 * and the {@code ror} filter, on a hand-written fixture of ROR records (so it runs without ../shared/data).
 */
@QuarkusTest
class KnowledgeBaseResourceTest {

    /** The ROR ids the seed entities carry once the ROR records are imported (the list). */
    static final Map<String, String> SEED_ROR_IDS = Map.of(
            "University of Nottingham Ningbo China", "03y4dt428",
            "Chinese Academy of Sciences", "034t30j35",
            "CERN", "01ggx4157",
            "SESAME", "0567hb468",
            "Sirius", "0451nna70");

    static byte[] fixture() throws IOException {
        try (InputStream in = KnowledgeBaseResourceTest.class.getResourceAsStream("/org/citemeta/kb/ror-fixture.jsonl")) {
            return in.readAllBytes();
        }
    }

    static Map<String, Object> importDump(byte[] body, String contentType) {
        return api().contentType(contentType).body(body).when().post("/admin/ror-import")
                .then().statusCode(200).contentType("application/json").extract().jsonPath().getMap("");
    }

    static long n(Object o) {
        return ((Number) o).longValue();
    }

    @BeforeEach
    void importFixture() throws IOException {
        importDump(fixture(), "application/x-ndjson");
    }

    @Test
    void shouldImportIdempotently() throws IOException {
        Map<String, Object> first = importDump(fixture(), "application/x-ndjson");
        assertEquals(11L, n(first.get("records")));
        assertEquals(9L, n(first.get("v2")));
        assertEquals(1L, n(first.get("v1")));
        assertEquals(1L, n(first.get("skipped")));
        assertEquals("upload", first.get("source"));
        assertTrue(n(first.get("organizations")) >= 10);
        assertTrue(n(first.get("linkedEntities")) >= 5, first.toString());
        Map<String, Object> again = importDump(fixture(), "application/x-ndjson");
        assertEquals(first.get("organizations"), again.get("organizations"), "a re-import updates, never duplicates");
        assertEquals(first.get("linkedEntities"), again.get("linkedEntities"));
    }

    @Test
    void shouldImportTheSameRecordsFromAJsonArray() throws IOException {
        String[] lines = new String(fixture(), StandardCharsets.UTF_8).strip().split("\n");
        byte[] array = ("[" + String.join(",", lines) + "]").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> r = importDump(array, "application/json");
        assertEquals(11L, n(r.get("records")));
        assertEquals(9L, n(r.get("v2")));
    }

    @Test
    void shouldLinkTheSeedEntitiesToRor() {
        Map<String, String> expected = SEED_ROR_IDS;
        expected.forEach((name, ror) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> ids = (Map<String, Object>) byName(name).get("identifiers");
            assertEquals(ror, ids.get("ror"), name);
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> cas = (Map<String, Object>) byName("Chinese Academy of Sciences").get("identifiers");
        assertEquals("Q530471", cas.get("wikidata"));
        // places and people are not organisations: never linked
        assertNull(((Map<?, ?>) byName("China").get("identifiers")).get("ror"));
    }

    @Test
    void shouldFilterEntitiesByRorId() {
        for (String ror : List.of("034t30j35", "https://ror.org/034t30j35")) {
            api().queryParam("ror", ror).when().get("/entities").then().statusCode(200)
                    .body("meta.count", equalTo(1))
                    .body("results[0].name", equalTo("Chinese Academy of Sciences"))
                    .body("results[0].identifiers.ror", equalTo("034t30j35"));
        }
        long seed = EntityResourceTest.seedDocument(DocumentResourceTest.SEED_WEB);
        api().queryParam("ror", "01ggx4157").when().get("/documents/" + seed + "/entities").then().statusCode(200)
                .body("results.name", equalTo(List.of("CERN")));
        api().queryParam("ror", "00f54p054").when().get("/entities").then().statusCode(200)
                .body("meta.count", equalTo(0));
        invalidRequest().queryParam("ror", "Chinese Academy").when().get("/entities").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("ror takes a ROR id"));
    }

    @Test
    void shouldMatchAnAffiliationString() {
        api().queryParam("affiliation", "Department of Physics, Tsinghua University, 30 Shuangqing Road, Beijing 100084, China")
                .when().get("/entities/match").then().statusCode(200)
                .body("results[0].chosen", equalTo(true))
                .body("results[0].matchingType", equalTo("PHRASE"))
                .body("results[0].substring", equalTo("Tsinghua University"))
                .body("results[0].organization.ror", equalTo("03cve4549"))
                .body("results[0].organization.id", equalTo("https://ror.org/03cve4549"))
                .body("results[0].organization.country", equalTo("CN"))
                .body("results.findAll { it.chosen }.size()", equalTo(1));
        // the Academy is an entity of the seeds: the candidate carries it
        api().queryParam("affiliation", "Chinese Academy of Sciences").when().get("/entities/match").then().statusCode(200)
                .body("results[0].chosen", equalTo(true))
                .body("results[0].matchingType", equalTo("EXACT"))
                .body("results[0].score", equalTo(1.0f))
                .body("results[0].organization.acronyms", hasItem("CAS"))
                .body("results[0].entity.name", equalTo("Chinese Academy of Sciences"))
                .body("results[0].entity.identifiers.ror", equalTo("034t30j35"));
    }

    @Test
    void shouldChooseAnAcronymOnlyWithContext() {
        api().queryParam("affiliation", "CAS").when().get("/entities/match").then().statusCode(200)
                .body("results.chosen", not(hasItem(true)))
                .body("results.organization.ror", hasItem("034t30j35"))
                .body("results.organization.ror", hasItem("053avzc18"))
                .body("results[0].matchingType", equalTo("ACRONYM"));
        api().queryParam("affiliation", "CAS, Beijing, China").when().get("/entities/match").then().statusCode(200)
                .body("results[0].chosen", equalTo(true))
                .body("results[0].organization.ror", equalTo("034t30j35"));
        api().queryParam("affiliation", "Nowhere Institute of Nothing").when().get("/entities/match").then().statusCode(200)
                .body("meta.count", equalTo(0)).body("results", equalTo(List.of()));
    }

    @Test
    void shouldRefuseBadMatchRequests() {
        invalidRequest().when().get("/entities/match").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("affiliation is required"));
        invalidRequest().queryParam("affiliation", "  ").when().get("/entities/match").then().statusCode(400)
                .body("detail", containsString("affiliation is required"));
        invalidRequest().queryParam("affiliation", "x".repeat(2001)).when().get("/entities/match").then().statusCode(400)
                .body("detail", containsString("at most 2000"));
        invalidRequest().queryParam("affiliation", "CERN").queryParam("page", "2").when().get("/entities/match")
                .then().statusCode(400).body("detail", containsString("Unknown query parameter page"));
    }

    @Test
    void shouldRefuseAMalformedDumpAndImportNothingOfIt() throws IOException {
        // a new, valid record first, then a truncated one: the whole dump is refused
        String fresh = "{\"id\": \"https://ror.org/05a0ya142\", \"status\": \"active\", \"types\": [\"nonprofit\"],"
                + " \"names\": [{\"value\": \"Broad Institute of Testing Halfway\", \"types\": [\"ror_display\", \"label\"], \"lang\": null}],"
                + " \"locations\": [], \"external_ids\": [], \"relationships\": []}";
        String broken = fresh + "\n{\"id\": \"https://ror.org/00tw3jy02\", \"names\": [{\"value\": \"MRC Lab";
        Map<String, Object> problem = api().contentType("application/x-ndjson").body(broken.getBytes(StandardCharsets.UTF_8))
                .when().post("/admin/ror-import").then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("nothing imported"))
                .body("detail", containsString("line 2"))
                .extract().jsonPath().getMap("");
        assertTrue(!problem.get("detail").toString().contains("Exception"), problem.toString());
        api().queryParam("affiliation", "Broad Institute of Testing Halfway").when().get("/entities/match").then()
                .statusCode(200).body("results.organization.ror", not(hasItem("05a0ya142")));
        api().contentType("application/json").body("[{\"title\": \"not ROR\"}]").when().post("/admin/ror-import")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("not a ROR record"));
        api().contentType("application/gzip").body(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0}).when().post("/admin/ror-import")
                .then().statusCode(400).contentType("application/problem+json");
        invalidRequest().contentType("application/x-ndjson").body(new byte[0]).when().post("/admin/ror-import")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("empty"));
        invalidRequest().contentType("text/csv").body("id,name\n").when().post("/admin/ror-import")
                .then().statusCode(415).contentType("application/problem+json");
        // the base is as before: the fixture's organisations are still linked
        api().queryParam("ror", "034t30j35").when().get("/entities").then().statusCode(200).body("meta.count", equalTo(1));
    }

    @Test
    void shouldNameTheMediaTypesTheImportReadsIn415() {
        invalidRequest().contentType("text/csv").body("id,name\n").when().post("/admin/ror-import").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:citemeta:problem:unsupported-media-type"))
                .body("detail", equalTo("Unsupported Content-Type: send application/zip, application/gzip, application/json,"
                        + " application/x-ndjson, application/jsonl or application/octet-stream to /admin/ror-import."));
    }
}
