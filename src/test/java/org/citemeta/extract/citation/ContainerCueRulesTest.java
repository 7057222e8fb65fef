package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link ContainerCueRules}, on invented references. */
class ContainerCueRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldGiveTheJournalsNameBackToASeriesWord() {
        ParsedReference r = parser.parse("Lund, K. Quiet cranes: A survey 1981 Rev. Quaiforsch. Statist., Ser. Winches 7"
                + " 101--119");
        assertEquals("Rev. Quaiforsch. Statist., Ser. Winches", r.containerTitle(), r.toString());
        assertEquals("Quiet cranes: A survey", r.title(), r.toString());
        r = parser.parse("K. Holm et al., Izvestia HMO / Ser. Kran. 4 71 (2006)512");
        assertEquals("Izvestia HMO / Ser. Kran", r.containerTitle(), r.toString());
        assertNull(r.title(), r.toString());
    }
}
