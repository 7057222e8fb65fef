package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link IssueRules}, on invented references. */
class IssueRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldReadTheIssueBeforeTheMonthAndYear() {
        ParsedReference r = parser.parse("Lund, K. The quiet of harbours. In Proceedings of the Quay Society 63, 9 (September 1975).");
        assertEquals("63", r.volume(), r.toString());
        assertEquals("9", r.issue(), r.toString());
        assertNull(r.pageFirst(), r.toString());
    }

    @Test
    void shouldReadTheBracketedNumberAfterTheYearAsTheIssue() {
        ParsedReference r = parser.parse("Lund KB, Holm AC. Quiet cranes in small harbours. Harb Crane Res. 1977;(122):37-45.");
        assertEquals("122", r.issue(), r.toString());
        assertNull(r.volume(), r.toString());
        assertEquals("37", r.pageFirst(), r.toString());
    }
}
