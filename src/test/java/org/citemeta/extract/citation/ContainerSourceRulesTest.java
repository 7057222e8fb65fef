package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The container rules of {@link ContainerSourceRules}, on invented references. */
class ContainerSourceRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldLeaveTheSpecialIssueOutOfTheJournal() {
        assertEquals("Quietus", PARSER.parse("Holm, K. Q., L. B. Berg, and D. A. Lund. 2011. Crane counts in the northern "
                + "harbours 1990-2001. Quietus Special Issue 12: 41-58.").containerTitle());
        assertEquals("Harbour Theory and Practice", PARSER.parse("Berg, L. and K. Holm, eds. 2016. Quiet Cranes. Special "
                + "Issue, Harbour Theory and Practice 31(2): 101-245.").containerTitle());
    }

    @Test
    void shouldReadNoContainerFromACrossReferenceToTheEditors() {
        assertNull(PARSER.parse("Holm, Karin. \u201cQuiet Cranes: Lifting in the Northern Harbours of the 1950s.\u201d In Berg "
                + "and Lund, 211\u2013230.").containerTitle());
        assertNull(PARSER.parse("Quentin Holm. A quiet technique for lifting cranes. In Berg et al. [7], pages 118-131.")
                .containerTitle());
    }

    @Test
    void shouldLeaveTheEditionOutOfTheBook() {
        assertEquals("The Handbook of Quiet Harbours", PARSER.parse("Holm, K., & Berg, L. (2014). The place of cranes in "
                + "quiet harbours. In Q. Lund, D. Berg, & A. Holm (Eds.), The Handbook of Quiet Harbours, 3rd Edition "
                + "(p. 211-240). Malden, MA: Quayside.").containerTitle());
    }
}
