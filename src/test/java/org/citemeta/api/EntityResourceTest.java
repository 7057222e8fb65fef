package org.citemeta.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.citemeta.support.Contract.api;
import static org.citemeta.support.Contract.invalidRequest;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EntityResourceTest {

    /** The first entity whose name is exactly {@code name}, from a name search. */
    static Map<String, Object> byName(String name) {
        List<Map<String, Object>> found = api().queryParam("q", name).queryParam("per_page", 50)
                .when().get("/entities").then().statusCode(200).extract().jsonPath().getList("results");
        return found.stream().filter(e -> name.equals(e.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found among " + found));
    }

    static long id(Map<String, Object> entity) {
        return ((Number) entity.get("id")).longValue();
    }

    static long seedDocument(String source) {
        List<Map<String, Object>> docs = api().queryParam("per_page", 200).when().get("/documents")
                .then().statusCode(200).extract().jsonPath().getList("results");
        return docs.stream().filter(d -> source.equals(d.get("source"))).mapToLong(d -> ((Number) d.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    void shouldExtractEverySeedTargetWithTypeAndCountry() {
        Map<String, String[]> expected = Map.ofEntries(
                Map.entry("Cong Cao", new String[] {"PERSON", null}),
                Map.entry("X. Yang", new String[] {"PERSON", null}),
                Map.entry("University of Nottingham Ningbo China", new String[] {"ORGANIZATION", "CN"}),
                Map.entry("Chinese Academy of Sciences", new String[] {"ORGANIZATION", "CN"}),
                Map.entry("CERN", new String[] {"ORGANIZATION", "CH"}),
                Map.entry("Sirius", new String[] {"FACILITY", "BR"}),
                Map.entry("SESAME", new String[] {"FACILITY", "JO"}),
                Map.entry("Nature Index", new String[] {"OTHER", null}),
                Map.entry("China", new String[] {"LOCATION", "CN"}),
                Map.entry("United States", new String[] {"LOCATION", "US"}),
                Map.entry("Switzerland", new String[] {"LOCATION", "CH"}),
                Map.entry("Brazil", new String[] {"LOCATION", "BR"}),
                Map.entry("Jordan", new String[] {"LOCATION", "JO"}),
                Map.entry("Zhejiang", new String[] {"LOCATION", "CN"}));
        long seed = seedDocument(DocumentResourceTest.SEED_WEB);
        List<Map<String, Object>> inSeed = api().queryParam("per_page", 200).when().get("/documents/" + seed + "/entities")
                .then().statusCode(200).extract().jsonPath().getList("results");
        Set<String> names = new HashSet<>();
        inSeed.forEach(e -> names.add((String) e.get("name")));
        expected.forEach((name, typeCountry) -> {
            Map<String, Object> e = byName(name);
            assertEquals(typeCountry[0], e.get("type"), name);
            if (typeCountry[1] != null) {
                assertEquals(typeCountry[1], e.get("country"), name);
            }
        });
        assertTrue(names.containsAll(Set.of("X. Yang", "Chinese Academy of Sciences", "CERN", "Sirius", "SESAME",
                "Nature Index", "China", "United States", "Switzerland", "Brazil", "Jordan")), "clean seed: " + names);
    }

    @Test
    void shouldKeepOneEntityPerThingAcrossBothSeeds() {
        for (String name : List.of("CERN", "SESAME", "Chinese Academy of Sciences", "X. Yang")) {
            List<Map<String, Object>> hits = api().queryParam("q", name).queryParam("per_page", 50).when().get("/entities")
                    .then().statusCode(200).extract().jsonPath().getList("results");
            assertEquals(1, hits.stream().filter(e -> name.equals(e.get("name"))).count(), "one " + name);
            assertTrue(((Number) byName(name).get("documentCount")).longValue() >= 2, name + " in both seeds");
        }
    }

    @Test
    void shouldFindTheAcademyByItsAcronymAndSesameByItsExpansion() {
        api().queryParam("q", "CAS").when().get("/entities").then().statusCode(200)
                .body("results[0].name", equalTo("Chinese Academy of Sciences"))
                .body("results[0].aliases", hasItem("CAS"));
        api().queryParam("q", "sesame").when().get("/entities").then().statusCode(200)
                .body("results[0].name", equalTo("SESAME"))
                .body("results[0].aliases", hasItem("Synchrotron-light for Experimental Science and Applications in the Middle East"));
    }

    @Test
    void shouldSearchIgnoringCaseAccentsAndSmallMisspellings() {
        api().queryParam("q", "nottinghm ningbo").when().get("/entities").then().statusCode(200)
                .body("results.name", hasItem("University of Nottingham Ningbo China"));
        api().queryParam("q", "SWÎTZERLAND").when().get("/entities").then().statusCode(200)
                .body("results[0].name", equalTo("Switzerland"));
        api().queryParam("q", "cern").when().get("/entities").then().statusCode(200)
                .body("results[0].name", equalTo("CERN"));
        api().queryParam("q", "zzzqqqxxx").when().get("/entities").then().statusCode(200)
                .body("meta.count", equalTo(0));
    }

    @Test
    void shouldReturnTheThreeLocatedInRelationsAndTheAffiliation() {
        assertRelation("CERN", "LOCATED_IN", "Switzerland", "located in Switzerland");
        assertRelation("Sirius", "LOCATED_IN", "Brazil", "The Sirius synchrotron in Brazil");
        assertRelation("SESAME", "LOCATED_IN", "Jordan", "based in Jordan");
        assertRelation("Cong Cao", "AFFILIATED_WITH", "University of Nottingham Ningbo China", "is a professor at");
    }

    private static void assertRelation(String subject, String type, String object, String evidencePart) {
        JsonPath e = api().when().get("/entities/" + id(byName(subject))).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> relations = e.getList("relations");
        Map<String, Object> r = relations.stream()
                .filter(x -> type.equals(x.get("type")) && object.equals(((Map<?, ?>) x.get("object")).get("name")))
                .findFirst().orElseThrow(() -> new AssertionError(subject + " " + type + " " + object + " in " + relations));
        assertTrue(((String) r.get("evidence")).contains(evidencePart), (String) r.get("evidence"));
        assertEquals(subject, ((Map<?, ?>) r.get("subject")).get("name"));
    }

    @Test
    void shouldServeTheAuthorsAffiliationAndEmailAsDocumentMetadata() {
        long pdf = seedDocument(DocumentResourceTest.SEED_PDF);
        api().when().get("/documents/" + pdf).then().statusCode(200)
                .body("title", equalTo("China must draw on vast internal strength"))
                .body("extracted.title", equalTo("China must draw on vast internal strength"))
                .body("extracted.authors[0].name", equalTo("Cong Cao"))
                .body("extracted.authors[0].role", equalTo("professor"))
                .body("extracted.authors[0].affiliations", hasItem("University of Nottingham Ningbo China"))
                .body("extracted.authors[0].emails", hasItem("cong.cao@nottingham.edu.cn"))
                .body("extracted.emails", hasItem("cong.cao@nottingham.edu.cn"));
    }

    @Test
    void shouldListMentionsWithOffsetsIntoTheStoredText() {
        long cern = id(byName("CERN"));
        JsonPath mentions = api().queryParam("per_page", 200).when().get("/entities/" + cern + "/mentions")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = mentions.getList("results");
        assertEquals(mentions.getInt("meta.count"), rows.size());
        assertTrue(rows.size() >= 4, "CERN twice in each seed");
        for (Map<String, Object> m : rows) {
            long doc = ((Number) m.get("documentId")).longValue();
            String text = api().queryParam("include", "text").when().get("/documents/" + doc)
                    .then().statusCode(200).extract().jsonPath().getString("text");
            String surface = text.substring((Integer) m.get("start"), (Integer) m.get("end"));
            assertEquals("CERN", surface, "offsets point at the mention in the stored text");
            assertNotNull(m.get("method"));
            assertTrue(((String) m.get("snippet")).contains("CERN"));
        }
    }

    @Test
    void shouldListCoMentionedEntities() {
        long sirius = id(byName("Sirius"));
        api().when().get("/entities/" + sirius + "/related?per_page=200").then().statusCode(200)
                .body("results.entity.name", hasItems("Brazil", "SESAME", "CERN"))
                .body("results.find { it.entity.name == 'Brazil' }.documentCount", equalTo(2));
    }

    @Test
    void shouldFilterByTypeCountryAndDocument() {
        List<String> types = api().queryParam("type", "facility").queryParam("per_page", 200).when().get("/entities")
                .then().statusCode(200).extract().jsonPath().getList("results.type");
        assertFalse(types.isEmpty());
        assertTrue(types.stream().allMatch("FACILITY"::equals));
        api().queryParam("country", "ch").queryParam("per_page", 200).when().get("/entities").then().statusCode(200)
                .body("results.name", hasItems("CERN", "Switzerland"))
                .body("results.country", org.hamcrest.Matchers.everyItem(equalTo("CH")));
        long pdf = seedDocument(DocumentResourceTest.SEED_PDF);
        api().queryParam("documentId", pdf).queryParam("type", "PERSON").when().get("/entities").then().statusCode(200)
                .body("results.name", hasItems("Cong Cao", "X. Yang"));
    }

    @Test
    void shouldGroupByTypeAndCountry() {
        JsonPath groups = api().queryParam("group_by", "type").when().get("/entities").then().statusCode(200).extract().jsonPath();
        long total = api().when().get("/entities?per_page=1").then().statusCode(200).extract().jsonPath().getLong("meta.count");
        long sum = groups.getList("results.count", Long.class).stream().mapToLong(Long::longValue).sum();
        assertEquals(total, sum, "groups add up to all entities");
        assertTrue(groups.getList("results.key").contains("LOCATION"));
        api().queryParam("group_by", "country").when().get("/entities").then().statusCode(200)
                .body("results.key", hasItems("CN", "CH", "BR", "JO"));
    }

    @Test
    void shouldSortAndWalkWithACursor() {
        List<Integer> mentions = api().queryParam("sort", "mentions:desc").queryParam("per_page", 200).when().get("/entities")
                .then().statusCode(200).extract().jsonPath().getList("results.mentionCount");
        for (int i = 1; i < mentions.size(); i++) {
            assertTrue(mentions.get(i - 1) >= mentions.get(i), "mentions:desc order");
        }
        List<String> names = api().queryParam("sort", "name").queryParam("per_page", 200).when().get("/entities")
                .then().statusCode(200).extract().jsonPath().getList("results.name");
        for (int i = 1; i < names.size(); i++) {
            assertTrue(names.get(i - 1).compareToIgnoreCase(names.get(i)) <= 0, "name order: " + names);
        }
        long total = api().when().get("/entities?per_page=1").then().statusCode(200).extract().jsonPath().getLong("meta.count");
        Set<Integer> seen = new HashSet<>();
        String cursor = "*";
        while (cursor != null) {
            JsonPath page = api().queryParam("cursor", cursor).queryParam("per_page", 3).when().get("/entities")
                    .then().statusCode(200).extract().jsonPath();
            for (Integer id : page.<Integer>getList("results.id")) {
                assertTrue(seen.add(id), "each entity once");
            }
            cursor = page.getString("meta.next_cursor");
        }
        assertEquals(total, seen.size());
    }

    @Test
    void shouldExtractFromADocumentNobodyHasSeenAndForgetItWhenDeleted() {
        String name = "Varkaus";
        String text = "The Varkaus Institute of Marine Chemistry, located in Finland, opened a new laboratory. "
                + "\"The instrument changes what we can measure,\" said Dr Helena Korpela, a chemist at the institute.";
        long doc = api().contentType("text/plain; charset=UTF-8").body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> institute = byName(name + " Institute of Marine Chemistry");
        assertEquals("ORGANIZATION", institute.get("type"));
        api().when().get("/entities/" + id(institute)).then().statusCode(200)
                .body("relations.find { it.type == 'LOCATED_IN' }.object.name", equalTo("Finland"));
        api().when().delete("/documents/" + doc).then().statusCode(204);
        api().when().get("/entities/" + id(institute)).then().statusCode(404).contentType("application/problem+json");
        api().queryParam("q", "Finland").when().get("/entities").then().statusCode(200)
                .body("results.name", org.hamcrest.Matchers.not(hasItem(name + " Institute of Marine Chemistry")));
    }

    @Test
    void shouldAnswerProblemsForBadEntityRequests() {
        invalidRequest().when().get("/entities/987654321").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No entity with id 987654321."));
        invalidRequest().when().get("/entities/987654321/mentions").then().statusCode(404).contentType("application/problem+json");
        invalidRequest().when().get("/entities/987654321/related").then().statusCode(404).contentType("application/problem+json");
        invalidRequest().when().get("/documents/987654321/entities").then().statusCode(404).contentType("application/problem+json");
        invalidRequest().when().get("/entities/abc").then().statusCode(400).body("detail", containsString("Entity id must be an integer"));
        invalidRequest().queryParam("type", "ANIMAL").when().get("/entities").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("type takes one of"));
        invalidRequest().queryParam("country", "CHE").when().get("/entities").then().statusCode(400)
                .body("detail", containsString("ISO 3166-1 alpha-2"));
        invalidRequest().queryParam("sort", "popularity").when().get("/entities").then().statusCode(400)
                .body("detail", containsString("Unknown sort 'popularity'"));
        invalidRequest().queryParam("sort", "relevance").when().get("/entities").then().statusCode(400)
                .body("detail", containsString("needs a q"));
        invalidRequest().queryParam("group_by", "name").when().get("/entities").then().statusCode(400)
                .body("detail", containsString("group_by takes type or country"));
        invalidRequest().queryParam("group_by", "type").queryParam("page", 2).when().get("/entities").then().statusCode(400);
        invalidRequest().queryParam("q", "").when().get("/entities").then().statusCode(400).body("detail", containsString("q takes"));
        invalidRequest().queryParam("q", "x' OR 1=1 --").when().get("/entities").then().statusCode(200).body("meta.count", equalTo(0));
        invalidRequest().queryParam("q", "100%_").when().get("/entities").then().statusCode(200);
        invalidRequest().queryParam("documentId", "-1").when().get("/entities").then().statusCode(400);
        invalidRequest().queryParam("cursor", "bogus").when().get("/entities").then().statusCode(400)
                .body("detail", containsString("Malformed cursor"));
        invalidRequest().queryParam("colour", "red").when().get("/entities/1/mentions").then().statusCode(400)
                .body("detail", containsString("Unknown query parameter colour"));
    }
}
