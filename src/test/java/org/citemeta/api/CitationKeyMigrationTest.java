package org.citemeta.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.citemeta.ingest.IngestService;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import static org.citemeta.support.Contract.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Databases written before the citation key used the title (two books of one author and year were one citation record,
 * keyed {@code ref:<author>|<year>|||}) are mended by extracting their documents again: the extraction version was
 * raised with the key, and documents stored by another version are extracted again at start-up
 * ({@link IngestService#reextractStale}). The old state is written here with SQL, as an older version left it.
 */
@QuarkusTest
class CitationKeyMigrationTest {

    @Inject
    AgroalDataSource db;

    @Inject
    IngestService ingest;

    /** An invented family name of letters only, new on every run, so that the author filter finds only this test's works. */
    static String family() {
        StringBuilder b = new StringBuilder("Quarrington");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            b.append((char) ('a' + Character.digit(c, 16)));
        }
        return b.toString();
    }

    static JsonPath citationsBy(String family) {
        return api().queryParam("author", family).when().get("/citations")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldSplitWorksAnOlderKeyMergedWhenTheirDocumentIsExtractedAgain() throws Exception {
        String family = family();
        String fold = family.toLowerCase();
        long doc = CitationResourceTest.post("Harbour towns in print " + family + "\n\n"
                + "Two studies of the same year describe the harbours [1, 2].\n\n"
                + "References\n\n"
                + "1. " + family + ", T. Quiet Harbours. London: Quarry Press, 1961.\n"
                + "2. " + family + ", T. Harbour Lights at Dusk. London: Quarry Press, 1961.\n");

        JsonPath now = citationsBy(family);
        assertEquals(2, now.getInt("meta.count"), "two works: " + now.prettify());
        List<String> keys = now.getList("results.key");
        assertTrue(keys.containsAll(List.of("ref:" + fold + "|1961|title:harbourlightsatdusk",
                "ref:" + fold + "|1961|title:quietharbours")), "keys: " + keys);

        // what an older version stored: one record under the key without title, citing both entries
        long first = now.getLong("results[0].id");
        long second = now.getLong("results[1].id");
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            update(c, "UPDATE citation_occurrence SET citation_id = ? WHERE citation_id = ?", first, second);
            update(c, "DELETE FROM citation WHERE id = ?", second);
            try (PreparedStatement s = c.prepareStatement("UPDATE citation SET key = ? WHERE id = ?")) {
                s.setString(1, "ref:" + fold + "|1961|||");
                s.setLong(2, first);
                assertEquals(1, s.executeUpdate());
            }
            update(c, "UPDATE document SET extraction_version = ? WHERE id = ?", IngestService.EXTRACTION_VERSION - 1, doc);
            c.commit();
        }
        JsonPath merged = citationsBy(family);
        assertEquals(1, merged.getInt("meta.count"), "the old state: " + merged.prettify());
        assertEquals("ref:" + fold + "|1961|||", merged.getString("results[0].key"));

        assertTrue(ingest.reextractStale() >= 1, "the document is extracted again");

        JsonPath mended = citationsBy(family);
        assertEquals(2, mended.getInt("meta.count"), "two works again: " + mended.prettify());
        assertEquals(List.of("Harbour Lights at Dusk", "Quiet Harbours"),
                mended.getList("results.title", String.class).stream().sorted().toList());
        assertEquals(keys.stream().sorted().toList(), mended.getList("results.key", String.class).stream().sorted().toList());
        for (int i = 0; i < 2; i++) {
            assertEquals(1, mended.getInt("results[" + i + "].documentCount"), "each cited by the one document");
            assertEquals(1, mended.getInt("results[" + i + "].occurrenceCount"), "each cited once");
        }
        api().queryParam("documentId", doc).when().get("/citations").then().statusCode(200)
                .body("meta.count", org.hamcrest.Matchers.equalTo(2));
        CitationResourceTest.seedCitation(); // the seeds' citation is untouched
    }

    private static void update(Connection c, String sql, long a, long b) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, a);
            s.setLong(2, b);
            assertTrue(s.executeUpdate() >= 1, sql);
        }
    }

    private static void update(Connection c, String sql, long a) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, a);
            assertEquals(1, s.executeUpdate(), sql);
        }
    }
}
