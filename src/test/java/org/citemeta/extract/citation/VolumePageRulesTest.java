package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link VolumePageRules}, on invented references. */
class VolumePageRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldReadTheLastNumberBeforeTheYearAsTheVolumeOfAJournalCitedWithoutPages() {
        ParsedReference r = parser.parse("T. Quist, Quiet harbours and their cranes, Advances in Harbour Studies, 47 (1993)");
        assertEquals("47", r.volume(), r.toString());
        assertNull(r.pageFirst(), r.toString());
    }
}
