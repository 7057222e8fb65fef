package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link SourceFieldRules}, on invented references. */
class SourceFieldRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldKeepInAsTheFirstWordOfATitleThatOpensWithIt() {
        ParsedReference r = parser.parse("Lund, Karin. 2009. In Harbour Cranes We Trust: Notes on Quays, Winches, and"
                + " Ropes. Bergen: University of Bergen Press.");
        assertEquals("In Harbour Cranes We Trust: Notes on Quays, Winches, and Ropes", r.title(), r.toString());
        assertNull(r.containerTitle(), r.toString());
        ParsedReference q = parser.parse("Lund, K. and B. Strand, 2011. In Quiet Water Tests of Harbour Cranes,"
                + " Journal of Quay Studies, 27(3): 369-377.");
        assertEquals("In Quiet Water Tests of Harbour Cranes", q.title(), q.toString());
        assertEquals("Journal of Quay Studies", q.containerTitle(), q.toString());
    }

    @Test
    void shouldReadAPeriodicalBeforeItsIssueDateAsTheContainer() {
        ParsedReference r = parser.parse("The Quaymaster, 20 January 2016, The quiet crane, p. 99 (2016).");
        assertEquals("The Quaymaster", r.containerTitle(), r.toString());
        assertTrue(r.authors().isEmpty(), r.toString());
        ParsedReference q = parser.parse("LUNDQUIST, Karin - Le Quai, 30 juillet 1952");
        assertEquals(1, q.authors().size(), q.toString());
        assertEquals("LUNDQUIST", q.authors().get(0).family(), q.toString());
        assertEquals("Karin", q.authors().get(0).given(), q.toString());
    }

    @Test
    void shouldKeepADashSubtitleAfterAQuotedTitleInTheTitle() {
        ParsedReference r = parser.parse("STRAND, Karin. \"Les grues du port\" - Carnet de bord en ville : Vers une"
                + " pratique du quai. QUAYCO 2011, 52 p.");
        assertNull(r.containerTitle(), r.toString());
        assertTrue(r.title().startsWith("Les grues du port"), r.toString());
        assertTrue(r.title().endsWith("Vers une pratique du quai"), r.toString());
    }

    @Test
    void shouldReadAnOrganisationWithoutNumbersAsNoContainer() {
        ParsedReference r = parser.parse("Recommendation QT-5: \"Quiet cranes for small ports\", Nordic Harbour Union,"
                + " April 2008.");
        assertNull(r.containerTitle(), r.toString());
        ParsedReference q = parser.parse("Holm, Anna K., and Berit L. Lund. 2012 Quiet mentors in a harbour writing"
                + " course. Department of Quays, Cranes, and Ropes, Bergen Harbour University");
        assertNull(q.containerTitle(), q.toString());
        assertEquals("Quiet mentors in a harbour writing course", q.title(), q.toString());
        // a meeting's name ending in its organiser stays the container
        ParsedReference p = parser.parse("Lund, B., Quiet winches in small ports, Harbour Engineers Seminar, Nordic"
                + " Quay and Crane Association, Bergen, 2014.");
        assertEquals("Harbour Engineers Seminar, Nordic Quay and Crane Association", p.containerTitle(), p.toString());
    }

    @Test
    void shouldFinishOnALongRunOfOneWordInEachForm() {
        // the model is loaded outside the bound
        parser.parseUnguarded("Lund, K. 2009. In Harbour Cranes. Bergen: Quay Press.");
        String run = "Quay".repeat(2_500);
        String words = "Quay ".repeat(2_000);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String body : new String[]{run, words}) {
                parser.parseUnguarded("Lund, K. 2009. In " + body + ". Bergen: Quay Press.");
                parser.parseUnguarded("The " + body + ", 3 March 2011, Quiet cranes, p. 12.");
                parser.parseUnguarded("LUND, Karin. \"Quay\" - " + body + ". QUAYCO 2011, 52 p.");
            }
        });
    }
}
