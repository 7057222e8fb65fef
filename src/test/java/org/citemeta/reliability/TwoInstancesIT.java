package org.citemeta.reliability;

import io.restassured.path.json.JsonPath;
import org.citemeta.extract.Entity;
import org.citemeta.extract.EntityExtractor;
import org.citemeta.extract.Extraction;
import org.citemeta.ingest.TextDecoder;
import org.citemeta.support.Reliability;
import org.citemeta.support.ServiceProcess;
import org.citemeta.support.WithOwnDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two packaged services started at the same moment on one fresh database: both migrate (Flyway's lock) and both
 * ingest the seeds at start-up, yet the database ends with the two seeds once, in one work, and every extracted
 * row once.
 */
@Tag("reliability")
class TwoInstancesIT extends WithOwnDatabase {

    private static final Pattern SEEDS_LINE = Pattern.compile("Seeds from \\S+: (\\d+) ingested, (\\d+) already stored");


    @Test
    void twoInstancesStartedAtOnceIngestTheSeedsOnce() throws Exception {
        Reliability.caseTried();
        startDatabase();
        ServiceProcess first = newService();
        ServiceProcess second = newService();
        first.launch();
        second.launch();
        first.awaitReady(Duration.ofSeconds(150));
        second.awaitReady(Duration.ofSeconds(150));

        for (ServiceProcess s : List.of(first, second)) {
            JsonPath list = s.api().when().get("/documents?per_page=200").then().statusCode(200).extract().jsonPath();
            assertEquals(2, list.getInt("meta.count"), "exactly the two seeds, seen from either instance");
            List<Map<String, Object>> docs = list.getList("results");
            assertEquals(docs.get(0).get("workId"), docs.get(1).get("workId"), "grouped in one work");
        }
        // both instances went through the seeds; between them each seed was stored once and found once
        int stored = 0;
        for (ServiceProcess s : List.of(first, second)) {
            Matcher m = SEEDS_LINE.matcher(s.log());
            assertTrue(m.find(), "the instance reports its seeds:\n" + s.log());
            assertEquals(2, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), m.group());
            stored += Integer.parseInt(m.group(1));
        }
        assertEquals(2, stored, "each seed stored by exactly one of the instances");
        // neither stored a seed partly, nor failed on the other's row
        String logs = first.allLogs() + second.allLogs();
        assertFalse(logs.contains("not ingested"), logs);
        assertFalse(logs.contains("ERROR"), logs);

        assertEquals(2, db.count("SELECT count(*) FROM document"));
        assertEquals(2, db.count("SELECT count(DISTINCT source) FROM document"), "one row per seed file");
        assertEquals(1, db.count("SELECT count(*) FROM work"), "one work, no empty work left by a lost race");
        assertEquals(0, db.count("SELECT count(*) FROM (SELECT 1 FROM mention GROUP BY document_id, entity_id,"
                + " start_offset, end_offset HAVING count(*) > 1) d"), "no mention stored twice");
        assertEquals(0, db.count("SELECT count(*) FROM (SELECT 1 FROM relation GROUP BY document_id, type, subject_id,"
                + " object_id, start_offset, end_offset HAVING count(*) > 1) d"), "no relation stored twice");
        assertEquals(0, db.count("SELECT count(*) FROM (SELECT 1 FROM entity GROUP BY type, lower(name)"
                + " HAVING count(*) > 1) d"), "no entity stored twice under two keys");
        assertEquals(0, db.count("SELECT count(*) FROM (SELECT 1 FROM citation_occurrence GROUP BY document_id, kind,"
                + " start_offset, end_offset HAVING count(*) > 1) d"), "no citation occurrence stored twice");
        assertTrue(db.count("SELECT count(*) FROM mention") > 0, "the seeds were extracted");
        long orphans = db.count("SELECT count(*) FROM entity e WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.entity_id = e.id)");
        assertEquals(0, orphans, "no entity without a mention (an extraction written and then abandoned)");
        // each seed went in once: its rows are exactly those of one extraction of its text by the same engine
        EntityExtractor engine = new EntityExtractor();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(Files::isRegularFile).sorted().toList()) {
                Extraction x = engine.extract(TextDecoder.decode(Files.readAllBytes(seed), StandardCharsets.UTF_8));
                Set<String> keys = x.entities().stream().map(Entity::key).collect(Collectors.toSet());
                long mentions = x.mentions().stream().filter(m -> keys.contains(m.entityKey()) && m.end() > m.start()).count();
                long relations = x.relations().stream().filter(r -> keys.contains(r.subjectKey()) && keys.contains(r.objectKey())).count();
                String doc = "(SELECT id FROM document WHERE source = 'seeds/" + seed.getFileName() + "')";
                assertEquals(mentions, db.count("SELECT count(*) FROM mention WHERE document_id = " + doc), seed + " mentions");
                assertEquals(relations, db.count("SELECT count(*) FROM relation WHERE document_id = " + doc), seed + " relations");
                assertEquals(x.references().size(), db.count("SELECT count(*) FROM citation_occurrence WHERE document_id = " + doc),
                        seed + " citation occurrences");
            }
        }
    }
}
