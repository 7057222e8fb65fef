package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCliTest {
    @TempDir
    Path dir;

    @Test
    void shouldPrintTheExtractionOfAFileAsJson() throws Exception {
        Path f = dir.resolve("doc.txt");
        Files.writeString(f, "CERN, located in Switzerland, said Maria Delgado, a physicist at the University of Tennessee.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ExtractCli.run(new String[]{f.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, rc, err::toString);
        assertTrue(json.contains("\"entities\""), json);
        assertTrue(json.contains("\"LOCATED_IN\""), json);
        assertTrue(json.contains("\"Maria Delgado\""), json);
    }

    @Test
    void shouldFailWithUsageWithoutArgumentsAndWithOneForAMissingFile() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(2, ExtractCli.run(new String[0], System.out, e));
        assertEquals(1, ExtractCli.run(new String[]{dir.resolve("missing.txt").toString()}, System.out, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot read"));
    }
}
