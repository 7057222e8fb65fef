package org.citemeta.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RorDumpReaderTest {

    static byte[] fixture() throws IOException {
        try (InputStream in = RorDumpReaderTest.class.getResourceAsStream("/org/citemeta/kb/ror-fixture.jsonl")) {
            return in.readAllBytes();
        }
    }

    static List<OrgRecord> read(byte[] bytes) {
        List<OrgRecord> out = new ArrayList<>();
        RorDumpReader.read(new ByteArrayInputStream(bytes), out::add);
        return out;
    }

    /** The fixture's lines as one JSON array. */
    static byte[] asArray(byte[] jsonl) {
        String[] lines = new String(jsonl, StandardCharsets.UTF_8).strip().split("\n");
        return ("[\n" + String.join(",\n", lines) + "\n]").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadJsonLinesWithSchemaV2AndV1Records() throws IOException {
        List<OrgRecord> out = new ArrayList<>();
        RorDumpReader.Stats stats = RorDumpReader.read(new ByteArrayInputStream(fixture()), out::add);
        assertEquals(new RorDumpReader.Stats(11, 9, 1, 1), stats);
        OrgRecord cas = out.get(0);
        assertEquals("034t30j35", cas.id());
        assertEquals("Chinese Academy of Sciences", cas.name());
        assertEquals("CN", cas.country());
        assertEquals("Beijing", cas.city());
        assertEquals(List.of("government", "facility"), cas.types());
        assertTrue(cas.names().contains(new OrgRecord.Name("CAS", "acronym", null)));
        assertTrue(cas.names().contains(new OrgRecord.Name("中国科学院", "label", "zh")));
        assertEquals("Q530471", cas.externalId("wikidata"));
        assertEquals(List.of(new OrgRecord.Relation("child", "05qbk4x57", "University of Chinese Academy of Sciences")),
                cas.relations());
        OrgRecord stanford = out.get(9);
        assertEquals("1", stanford.schema());
        assertEquals("00f54p054", stanford.id());
        assertEquals("US", stanford.country());
        assertEquals("Stanford", stanford.city());
        assertEquals(List.of("education"), stanford.types());
        assertEquals("grid.168010.e", stanford.externalId("grid"));
        assertEquals("Q41506", stanford.externalId("wikidata"));
        assertTrue(stanford.names().contains(new OrgRecord.Name("SU", "acronym", null)));
        assertTrue(stanford.names().contains(new OrgRecord.Name("Leland Stanford Junior University", "alias", null)));
    }

    @Test
    void shouldReadTheSameRecordsFromAJsonArrayGzipAndZip(@TempDir Path dir) throws IOException {
        List<OrgRecord> expected = read(fixture());
        assertEquals(expected, read(asArray(fixture())));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(fixture());
        }
        assertEquals(expected, read(gz.toByteArray()));
        // the published zip: a v1 file and a schema-v2 file (preferred) beside a CSV
        Path zip = dir.resolve("v9.99-ror-data.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("v9.99-ror-data.csv"));
            out.write("id,name\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("v9.99-ror-data.json"));
            out.write("[]".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("v9.99-ror-data_schema_v2.json"));
            out.write(asArray(fixture()));
        }
        List<OrgRecord> fromZip = new ArrayList<>();
        RorDumpReader.read(zip, fromZip::add);
        assertEquals(expected, fromZip);
    }

    @Test
    void shouldRefuseMalformedDumpsWithWhereAndWhy() throws IOException {
        String good = new String(fixture(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        RorFormatException truncated = assertThrows(RorFormatException.class,
                () -> read((good + "\n" + good.substring(0, 80)).getBytes(StandardCharsets.UTF_8)));
        assertTrue(truncated.getMessage().contains("line 2"), truncated.getMessage());
        RorFormatException syntax = assertThrows(RorFormatException.class,
                () -> read((good + "\n{\"names\": [}\n").getBytes(StandardCharsets.UTF_8)));
        assertTrue(syntax.getMessage().startsWith("Malformed JSON at line 2"), syntax.getMessage());
        RorFormatException noId = assertThrows(RorFormatException.class,
                () -> read("{\"names\": [{\"value\": \"X\", \"types\": [\"label\"]}]}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(noId.getMessage().contains("no valid ROR id"), noId.getMessage());
        RorFormatException notRor = assertThrows(RorFormatException.class,
                () -> read("{\"title\": \"a paper\"}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(notRor.getMessage().contains("not a ROR record"), notRor.getMessage());
        RorFormatException openArray = assertThrows(RorFormatException.class,
                () -> read(("[" + good + ",").getBytes(StandardCharsets.UTF_8)));
        assertTrue(openArray.getMessage().contains("line 1"), openArray.getMessage());
        assertThrows(RorFormatException.class, () -> read(new byte[0]));
        assertThrows(RorFormatException.class, () -> read("42".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldAcceptBareAndUrlRorIdsOnly() {
        assertEquals("034t30j35", RorDumpReader.bareId("https://ror.org/034t30j35"));
        assertEquals("034t30j35", RorDumpReader.bareId("034t30j35"));
        assertNull(RorDumpReader.bareId("https://ror.org/not-an-id"));
        assertNull(RorDumpReader.bareId("134t30j35"));
    }

    @Test
    void shouldStreamTheWholeSubset() {
        assumeTrue(Files.isRegularFile(SharedData.ROR_SUBSET), SharedData.ROR_SUBSET.toAbsolutePath() + " is absent: subset read skipped");
        long[] withRelations = new long[1];
        RorDumpReader.Stats stats = RorDumpReader.read(SharedData.ROR_SUBSET, r -> withRelations[0] += r.relations().isEmpty() ? 0 : 1);
        assertEquals(51_370, stats.records());
        assertEquals(stats.records(), stats.v2() + stats.v1() + stats.skipped());
        assertTrue(stats.v2() > 35_000 && stats.v1() > 15_000, stats.toString());
        assertTrue(withRelations[0] > 1_000);
    }
}
