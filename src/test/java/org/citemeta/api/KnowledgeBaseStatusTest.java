package org.citemeta.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.citemeta.ingest.KnowledgeBaseService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.citemeta.api.EntityResourceTest.byName;
import static org.citemeta.api.KnowledgeBaseResourceTest.fixture;
import static org.citemeta.api.KnowledgeBaseResourceTest.n;
import static org.citemeta.support.Contract.api;
import static org.citemeta.support.Contract.invalidRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ROR record status (active, inactive, withdrawn) through the API: stored and served, never chosen by the linker,
 * and the withdrawal of organisations a full dump no longer holds ({@code full=true}), never by a partial dump.
 */
@QuarkusTest
class KnowledgeBaseStatusTest {

    /** Not real ROR ids (ROR's alphabet has no 'u'): never in the shared subset. */
    static final String INACTIVE = "0uuuuu101";
    static final String WITHDRAWN = "0uuuuu202";
    static final String EXTRA = "0uuuuu303";
    static final String SIRIUS = "0451nna70";

    @Inject
    EntityManager em;
    @Inject
    KnowledgeBaseService knowledgeBase;

    /** ROR organisations not withdrawn before the test, with their status: a full import withdraws them all. */
    private final List<Object[]> before = new ArrayList<>();

    static String record(String id, String name, String status, String country) {
        return "{\"id\": \"https://ror.org/" + id + "\", \"status\": \"" + status + "\", \"types\": [\"education\"],"
                + " \"names\": [{\"value\": \"" + name + "\", \"types\": [\"ror_display\", \"label\"], \"lang\": \"en\"}],"
                + " \"locations\": [{\"geonames_id\": 1, \"geonames_details\": {\"country_code\": \"" + country + "\","
                + " \"country_name\": \"France\", \"name\": \"Lyon\"}}], \"external_ids\": [], \"relationships\": []}";
    }

    static String statuses() {
        return record(INACTIVE, "Quuxfield Institute of Retired Testing", "inactive", "FR") + "\n"
                + record(WITHDRAWN, "Zorblat Bureau of Mistaken Records", "withdrawn", "FR") + "\n"
                + record(EXTRA, "Plumbob Foundation for Absent Records", "active", "FR") + "\n";
    }

    static Map<String, Object> importDump(String body, boolean full) {
        return api().contentType("application/x-ndjson").queryParam("full", full).body(body.getBytes(StandardCharsets.UTF_8))
                .when().post("/admin/ror-import").then().statusCode(200).contentType("application/json")
                .extract().jsonPath().getMap("");
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void importFixtureAndStatuses() throws IOException {
        importDump(new String(fixture(), StandardCharsets.UTF_8) + statuses(), false);
        before.clear();
        before.addAll(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT id, status FROM organization WHERE source = 'ror' AND status <> 'withdrawn'").getResultList()));
    }

    /**
     * Puts back the statuses a full import changed (other test classes may have imported the shared subset, which a
     * full import of the fixture withdraws), then builds the linker and links the entities again.
     */
    @AfterEach
    void restoreStatuses() {
        String[] ids = before.stream().map(r -> (String) r[0]).toArray(String[]::new);
        String[] statuses = before.stream().map(r -> (String) r[1]).toArray(String[]::new);
        int restored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "UPDATE organization o SET status = v.status, absent_since = NULL FROM unnest(cast(?1 AS text[]),"
                        + " cast(?2 AS text[])) AS v(id, status) WHERE o.id = v.id AND o.absent_since IS NOT NULL")
                .setParameter(1, ids).setParameter(2, statuses).executeUpdate());
        if (restored > 0) {
            knowledgeBase.rebuildLinker();
            knowledgeBase.relinkAll();
        }
    }

    @Test
    void shouldStoreAndServeTheStatusOfEachRecord() {
        api().when().get("/organizations/" + INACTIVE).then().statusCode(200)
                .body("organization.ror", equalTo(INACTIVE))
                .body("organization.name", equalTo("Quuxfield Institute of Retired Testing"))
                .body("organization.status", equalTo("inactive"))
                .body("absentSince", nullValue());
        api().when().get("/organizations/" + WITHDRAWN).then().statusCode(200)
                .body("organization.status", equalTo("withdrawn")).body("absentSince", nullValue());
        api().when().get("/organizations/034t30j35").then().statusCode(200)
                .body("organization.status", equalTo("active"))
                .body("organization.country", equalTo("CN"))
                .body("entity.name", equalTo("Chinese Academy of Sciences"));
        api().when().get("/organizations/0uuuuu909").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("No ROR organisation 0uuuuu909"));
        invalidRequest().when().get("/organizations/kb:cern").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("ROR id"));
    }

    @Test
    void shouldListInactiveAndWithdrawnOrganisationsOnlyOnRequestAndNeverChooseThem() {
        for (String name : List.of("Quuxfield Institute of Retired Testing", "Zorblat Bureau of Mistaken Records")) {
            api().queryParam("affiliation", name + ", Lyon, France").when().get("/entities/match").then().statusCode(200)
                    .body("meta.count", equalTo(0)).body("results", equalTo(List.of()));
        }
        api().queryParam("affiliation", "Quuxfield Institute of Retired Testing, Lyon, France").queryParam("all_status", true)
                .when().get("/entities/match").then().statusCode(200)
                .body("meta.count", equalTo(1))
                .body("results[0].organization.ror", equalTo(INACTIVE))
                .body("results[0].organization.status", equalTo("inactive"))
                .body("results[0].matchingType", equalTo("PHRASE"))
                .body("results[0].chosen", equalTo(false));
        api().queryParam("affiliation", "Zorblat Bureau of Mistaken Records").queryParam("all_status", "true")
                .when().get("/entities/match").then().statusCode(200)
                .body("results[0].organization.status", equalTo("withdrawn"))
                .body("results[0].matchingType", equalTo("EXACT"))
                .body("results[0].chosen", equalTo(false));
        // active organisations are chosen as before, with or without all_status
        api().queryParam("affiliation", "Chinese Academy of Sciences").queryParam("all_status", true)
                .when().get("/entities/match").then().statusCode(200)
                .body("results[0].chosen", equalTo(true)).body("results[0].organization.status", equalTo("active"));
        invalidRequest().queryParam("affiliation", "CERN").queryParam("all_status", "yes").when().get("/entities/match")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("all_status takes true or false"));
    }

    @Test
    void shouldUpdateOnlyTheRecordsThatChanged() {
        Map<String, Object> r = importDump(record(EXTRA, "Plumbob Foundation for Present Records", "active", "FR")
                + "\n" + record(INACTIVE, "Quuxfield Institute of Retired Testing", "inactive", "FR") + "\n", false);
        assertEquals(0L, n(r.get("inserted")), r.toString());
        assertEquals(1L, n(r.get("updated")), r.toString());
        assertEquals(1L, n(r.get("unchanged")), r.toString());
        api().when().get("/organizations/" + EXTRA).then().statusCode(200)
                .body("organization.name", equalTo("Plumbob Foundation for Present Records"));
        api().queryParam("affiliation", "Plumbob Foundation for Present Records, Lyon, France").when().get("/entities/match")
                .then().statusCode(200).body("results[0].organization.ror", equalTo(EXTRA))
                .body("results[0].chosen", equalTo(true));
        // the same dump again: nothing to write
        r = importDump(record(EXTRA, "Plumbob Foundation for Present Records", "active", "FR") + "\n", false);
        assertEquals(0L, n(r.get("updated")), r.toString());
        assertEquals(1L, n(r.get("unchanged")), r.toString());
    }

    @Test
    void shouldNeverWithdrawWhatAPartialDumpLeavesOut() throws IOException {
        // the fixture without the three status records, without full=true
        Map<String, Object> r = importDump(new String(fixture(), StandardCharsets.UTF_8), false);
        assertEquals(false, r.get("full"));
        assertEquals(0L, n(r.get("withdrawn")));
        assertEquals(0L, n(r.get("inserted")));
        assertEquals(0L, n(r.get("updated")), "the same records again: " + r);
        assertEquals(10L, n(r.get("unchanged")), r.toString());
        assertTrue(n(r.get("organizations")) >= 13, r.toString());
        assertTrue(n(r.get("activeOrganizations")) >= 11 && n(r.get("activeOrganizations")) <= n(r.get("organizations")) - 2,
                r.toString());
        api().when().get("/organizations/" + EXTRA).then().statusCode(200)
                .body("organization.status", equalTo("active")).body("absentSince", nullValue());
    }

    @Test
    void shouldWithdrawWhatAFullDumpNoLongerHoldsAndUnlinkItsEntities() throws IOException {
        String withoutSirius = new String(fixture(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.contains("https://ror.org/" + SIRIUS)).reduce("", (a, b) -> a + b + "\n");
        assertEquals("0451nna70", ((Map<?, ?>) byName("Sirius").get("identifiers")).get("ror"));
        Map<String, Object> r = importDump(withoutSirius, true);
        assertEquals(true, r.get("full"));
        assertEquals(0L, n(r.get("updated")), r.toString());
        assertEquals(9L, n(r.get("unchanged")), r.toString());
        assertEquals(0L, n(r.get("inserted")));
        // Sirius, the extra active record and the inactive one (every other organisation of the base too)
        assertTrue(n(r.get("withdrawn")) >= 3, r.toString());
        assertEquals(9L, n(r.get("activeOrganizations")), r.toString());
        for (String id : List.of(SIRIUS, EXTRA, INACTIVE)) {
            api().when().get("/organizations/" + id).then().statusCode(200)
                    .body("organization.status", equalTo("withdrawn")).body("absentSince", notNullValue());
        }
        // withdrawn by ROR itself before: not counted again, no absentSince
        api().when().get("/organizations/" + WITHDRAWN).then().statusCode(200).body("absentSince", nullValue());
        // the linker no longer chooses it: the entity lost its ROR id, the organisation stays visible by id
        assertNull(((Map<?, ?>) byName("Sirius").get("identifiers")).get("ror"));
        api().queryParam("ror", SIRIUS).when().get("/entities").then().statusCode(200).body("meta.count", equalTo(0));
        api().queryParam("affiliation", "Sirius").when().get("/entities/match").then().statusCode(200)
                .body("results.organization.ror", not(hasItem(SIRIUS)));
        // the next dump holds it again: its status comes from the record, the entity is linked again
        Map<String, Object> again = importDump(new String(fixture(), StandardCharsets.UTF_8), false);
        assertEquals(0L, n(again.get("withdrawn")));
        api().when().get("/organizations/" + SIRIUS).then().statusCode(200)
                .body("organization.status", equalTo("active")).body("absentSince", nullValue())
                .body("entity.name", equalTo("Sirius"));
        assertEquals(SIRIUS, ((Map<?, ?>) byName("Sirius").get("identifiers")).get("ror"));
    }

    @Test
    void shouldRefuseAMalformedOrEmptyFullDumpAndWithdrawNothing() {
        String broken = record(EXTRA, "Plumbob Foundation for Absent Records", "active", "FR") + "\n{\"id\": \"https://ror.org/";
        api().contentType("application/x-ndjson").queryParam("full", true).body(broken.getBytes(StandardCharsets.UTF_8))
                .when().post("/admin/ror-import").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing imported"));
        // only a schema-v1 record that cannot be mapped: as a full dump it would withdraw everything
        String nothing = "{\"name\": \"A record without an id\", \"status\": \"active\"}\n";
        api().contentType("application/x-ndjson").queryParam("full", true).body(nothing.getBytes(StandardCharsets.UTF_8))
                .when().post("/admin/ror-import").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("would withdraw every organisation"));
        invalidRequest().contentType("application/x-ndjson").queryParam("full", "maybe").body(nothing.getBytes(StandardCharsets.UTF_8))
                .when().post("/admin/ror-import").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("full takes true or false"));
        for (String id : List.of(SIRIUS, EXTRA, "034t30j35")) {
            api().when().get("/organizations/" + id).then().statusCode(200)
                    .body("organization.status", equalTo("active")).body("absentSince", nullValue());
        }
        api().queryParam("ror", SIRIUS).when().get("/entities").then().statusCode(200).body("meta.count", equalTo(1));
    }
}
