package org.citemeta.extract.similarity;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHashTest {

    @Test
    void theTwoSeedVersionsAreNearDuplicates() throws Exception {
        int[] pdf = MinHash.signature(Files.readString(Path.of("seeds/000_bf538dcab2ff15f9.txt")));
        int[] web = MinHash.signature(Files.readString(Path.of("seeds/001_f47b1dd4f34022c7.txt")));
        double s = MinHash.similarity(pdf, web);
        System.out.printf("seed similarity %.3f%n", s);
        assertTrue(s >= 0.8, "seeds similarity " + s);
        long[] a = MinHash.bands(pdf);
        long[] b = MinHash.bands(web);
        int shared = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                shared++;
            }
        }
        assertTrue(shared > 0, "the seeds share an LSH band");
    }

    @Test
    void typographyDoesNotMatter() {
        String plain = "China's rapid rise in global science owes much to its domestic endeavours - and partners.";
        String fancy = "**China\u2019s** rapid rise in *global science* owes much to its domestic endeavours \u2014 and partners.";
        assertEquals(1.0, MinHash.similarity(MinHash.signature(plain), MinHash.signature(fancy)));
    }

    @Test
    void unrelatedTextsAreFarApart() {
        String a = "The synchrotron in Campinas produced its first light after a decade of construction work by engineers.";
        String b = "Protein folding models predict structures for millions of sequences deposited in public databases.";
        assertTrue(MinHash.similarity(MinHash.signature(a), MinHash.signature(b)) < 0.1);
    }

    @Test
    void signaturesAreDeterministicAndHandleTextsWithoutWords() {
        assertArrayEquals(MinHash.signature("same text here"), MinHash.signature("same text here"));
        int[] symbols = MinHash.signature("!!! ??? ...");
        int[] other = MinHash.signature("*** ### ---");
        assertTrue(MinHash.similarity(symbols, other) < 0.1, "texts without words are not all one work");
        assertEquals(MinHash.SIZE, MinHash.signature("short").length);
    }
}
