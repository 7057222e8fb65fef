package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link SourceSpanRules}, on invented references. */
class SourceSpanRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldKeepTheMeetingsYearThatTheReferenceWritesAgain() {
        ParsedReference r = parser.parse("[3] B. Lund, “Silent winches,” in Autonomous Harbour Systems Workshop 2015, 2015.");
        assertEquals("Autonomous Harbour Systems Workshop 2015", r.containerTitle(), r.toString());
        ParsedReference v = parser.parse("Strand, A., et al., Noise of lifting gear in fjord ports, Bergen, Nordic Port"
                + " Engineering Federation - 12th Nordic Quay Congress 2011, v. 3, pp. 210-219, 2011");
        assertEquals("Nordic Port Engineering Federation - 12th Nordic Quay Congress 2011", v.containerTitle(), v.toString());
        assertEquals("3", v.volume(), v.toString());
    }

    @Test
    void shouldReadNoContainerForAWorkThatIsToAppearInIt() {
        ParsedReference r = parser.parse("K. Holm, B. Lund, T. Strand, A Quiet Crane Model for Northern Harbour Systems, to"
                + " appear in ACM Transactions on Harbour Systems.");
        assertNull(r.containerTitle(), r.toString());
        assertEquals("A Quiet Crane Model for Northern Harbour Systems", r.title(), r.toString());
        ParsedReference q = parser.parse("Strand, A., & Holm, K. Sound Marks in Winch Rooms, paper submitted to QHC '97.");
        assertNull(q.containerTitle(), q.toString());
    }

    @Test
    void shouldReadNoContainerFromTheSeriesOfABook() {
        ParsedReference q = parser.parse("Strand, A., \"Winch Logic for Small Ports\", Advanced Harbour Machinery Series,"
                + " Norway, 1991.");
        assertNull(q.containerTitle(), q.toString());
        assertEquals("Winch Logic for Small Ports", q.title(), q.toString());
    }

    @Test
    void shouldKeepABracketRightAfterTheJournalInIt() {
        ParsedReference r = parser.parse("Holm KA, Lund BT, Strand A. Quiet winches in small harbours: a survey of crane"
                + " noise. Quay Harb Eng [Internet]. 2015;3(2): 11–19. Available from: http://example.org/quay/3-2.");
        assertEquals("Quay Harb Eng [Internet]", r.containerTitle(), r.toString());
        assertEquals("3", r.volume(), r.toString());
        ParsedReference q = parser.parse("STRAND A., « Note sur un treuil silencieux du port », Annales du Port National"
                + " des Quais [de Bergen], IV, 1998, p. 12-19.");
        assertEquals("Annales du Port National des Quais [de Bergen]", q.containerTitle(), q.toString());
    }
}
