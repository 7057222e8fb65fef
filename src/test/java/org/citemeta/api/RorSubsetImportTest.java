package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.citemeta.api.EntityResourceTest.byName;
import static org.citemeta.support.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real ROR subset of ../shared/data (51,370 records, schema v2 and v1) through {@code /admin/ror-import}:
 * counts, time, the seed entities' ROR ids among the nine "CAS". Skipped with a message when the data is absent.
 */
@QuarkusTest
class RorSubsetImportTest {

    static final Path SUBSET = org.citemeta.kb.SharedData.ROR_SUBSET;

    @Test
    void shouldImportTheSubsetAndLinkTheSeeds() throws Exception {
        assumeTrue(Files.isRegularFile(SUBSET), SUBSET.toAbsolutePath() + " is absent: subset import skipped");
        long t0 = System.nanoTime();
        Map<String, Object> report = api().contentType("application/gzip").body(Files.readAllBytes(SUBSET))
                .when().post("/admin/ror-import").then().statusCode(200).extract().jsonPath().getMap("");
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("[ror-import] subset: %s records (%s v2, %s v1, %s skipped), %s organisations, %s entities linked;"
                        + " %.1f s through HTTP (service: %s s)%n", report.get("records"), report.get("v2"), report.get("v1"),
                report.get("skipped"), report.get("organizations"), report.get("linkedEntities"), seconds, report.get("seconds"));
        assertEquals(51_370, ((Number) report.get("records")).intValue());
        long v2 = ((Number) report.get("v2")).longValue();
        long v1 = ((Number) report.get("v1")).longValue();
        assertEquals(51_370, v2 + v1 + ((Number) report.get("skipped")).longValue());
        assertTrue(v2 > 35_000 && v1 > 15_000, report.toString());
        assertTrue(((Number) report.get("organizations")).longValue() >= v2 + v1);
        Map<String, String> expected = KnowledgeBaseResourceTest.SEED_ROR_IDS;
        expected.forEach((name, ror) -> assertEquals(ror, ((Map<?, ?>) byName(name).get("identifiers")).get("ror"), name));
        api().queryParam("ror", "034t30j35").when().get("/entities").then().statusCode(200)
                .body("meta.count", equalTo(1)).body("results[0].name", equalTo("Chinese Academy of Sciences"));
        // nine organisations answer to "CAS": alone it is not chosen, in a Chinese address it is the Academy
        api().queryParam("affiliation", "CAS").when().get("/entities/match").then().statusCode(200)
                .body("results.findAll { it.chosen }.size()", equalTo(0))
                .body("results.findAll { it.matchingType == 'ACRONYM' }.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(8));
        api().queryParam("affiliation", "Key Laboratory of Photochemistry, CAS, Beijing 100190, China").when()
                .get("/entities/match").then().statusCode(200)
                .body("results[0].chosen", equalTo(true)).body("results[0].organization.ror", equalTo("034t30j35"))
                .body("results[0].entity.name", equalTo("Chinese Academy of Sciences"));
    }
}
