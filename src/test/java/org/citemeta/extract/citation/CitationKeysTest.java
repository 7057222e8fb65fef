package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link CitationKeys}: one key per cited work, on invented references. */
class CitationKeysTest {
    private final ReferenceParser parser = new ReferenceParser();

    private String key(String raw) {
        return CitationKeys.of(parser.parse(raw), raw);
    }

    @Test
    void shouldKeyAJournalArticleByAuthorYearJournalVolumeAndPage() {
        assertEquals("ref:lund|2019|quietharbourstudies|12|45", key("K. Lund, Quiet cranes. Quiet Harbour Studies 12, 45-67 (2019)."));
        assertEquals(key("K. Lund, Quiet cranes. Quiet Harbour Studies 12, 45-67 (2019)."),
                key("Lund K (2019) Quiet cranes. Quiet Harbour Studies 12:45–67"), "the same article written in another style");
    }

    @Test
    void shouldTellTwoBooksOfOneAuthorAndYearApartByTheirTitles() {
        String a = key("Lund, K. (1961). Quiet Harbours. London: Quarry Press.");
        String b = key("Lund, K. (1961). Loud Harbours. London: Quarry Press.");
        assertNotEquals(a, b);
        assertEquals("ref:lund|1961|title:quietharbours", a);
    }

    @Test
    void shouldTellTwoUnsignedWorksOfOneYearApart() {
        String a = key("———. Quiet Harbours. London: Quarry Press, 1961.");
        String b = key("———. Loud Harbours. London: Quarry Press, 1961.");
        assertNotEquals(a, b);
        assertTrue(a.startsWith("ref:|1961|title:"), a);
    }
}
