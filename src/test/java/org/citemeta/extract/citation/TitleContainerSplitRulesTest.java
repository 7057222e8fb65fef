package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link TitleContainerSplitRules}, on invented references. */
class TitleContainerSplitRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldKeepTheReviewSentenceInTheTitle() {
        ParsedReference r = parser.parse(
                "Lund, Karl. “Quiet Company.” Review of Harbours, by Anna Holm. Quarry Times Book Review, June 21, 1998, 11.");
        assertEquals("Quiet Company.\" Review of Harbours, by Anna Holm", r.title(), r.toString());
        assertEquals("Quarry Times Book Review", r.containerTitle(), r.toString());
    }

    @Test
    void shouldNotCutAReviewTitleAtTheCommaOfTheWorkReviewed() {
        ParsedReference r = parser.parse(
                "Holm, Anna Rose. Review of Karl Lund, 1861-1913, One of the Bergen Boys. Northern Studies 42 (1999/2000): 358-60.");
        assertEquals("Review of Karl Lund, 1861-1913, One of the Bergen Boys", r.title(), r.toString());
        assertEquals("Northern Studies", r.containerTitle(), r.toString());
    }

    @Test
    void shouldLeaveTheMediumOutOfTheTitle() {
        ParsedReference r = parser.parse("Holm, Anna, director. Quay. DVD. New York: Criterion Pictures, 2009.");
        assertEquals("Quay", r.title(), r.toString());
    }

    @Test
    void shouldReadTheTitleBeforeTheYearInTheHarvardMediaLayout() {
        ParsedReference r = parser.parse("Quiet harbours 2011, dvd, Quarry Films, Sydney, New South Wales.");
        assertEquals("Quiet harbours", r.title(), r.toString());
        assertTrue(r.authors().isEmpty(), r.toString());
        assertEquals(2011, r.year(), r.toString());
        r = parser.parse("Harbour life : a journey into the world of quiet ports 2010, television program, "
                + "Quarry Broadcasting Corporation, Sydney, 4 October.");
        assertEquals("Harbour life : a journey into the world of quiet ports", r.title(), r.toString());
    }

    @Test
    void shouldKeepTheSecondSentenceOfABookTitleBeforeItsCredits() {
        ParsedReference r = parser.parse(
                "Holm, Anna. Quiet Harbours. A Northern Tale. Edited by Karl Lund and Nils Berg. Oslo: Quarry, 2009.");
        assertEquals("Quiet Harbours. A Northern Tale", r.title(), r.toString());
        r = parser.parse("Berg, Nils. The Quays; or The Return. A Harbour Story. Edited by Anna Holm. Bergen: Quarry, 2001.");
        assertEquals("The Quays; or The Return. A Harbour Story", r.title(), r.toString());
    }

    @Test
    void shouldReadAnOrganisationAfterABookTitleAsNoContainer() {
        ParsedReference r = parser.parse("[12] Lund, K., Holm, A., and Berg, N., “Quiet processing of harbour signals,” "
                + "Institute of Harbour and Quay Engineers, 2003.");
        assertNull(r.containerTitle(), r.toString());
        r = parser.parse("Holm, Anna. Harbour Songs. Bergen Harbour Theater, Bergen, May 2014.");
        assertNull(r.containerTitle(), r.toString());
    }

    @Test
    void shouldEndTheTitleBeforeTheOrganisationThatIssuedIt() {
        ParsedReference r = parser.parse(
                "QUAY (2010). QUAY Design Specifications for Small Harbours. Northern Association of Harbour and Quay Officials (QUAY).");
        assertEquals("QUAY Design Specifications for Small Harbours", r.title(), r.toString());
    }
}
