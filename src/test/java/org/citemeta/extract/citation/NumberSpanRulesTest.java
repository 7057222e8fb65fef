package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link NumberSpanRules}, on invented references. */
class NumberSpanRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldReadALetterArticleNumberAfterTheVolumeOrIssueAsThePage() {
        ParsedReference r = parser.parse("K. Holm, B. Lund, Quiet tides in northern harbours, Harbour Research Letters Vol .35 ,L09605 ( 2008);doi:10.1029/2008QL033223, 2008.");
        assertEquals("35", r.volume(), r.toString());
        assertEquals("L09605", r.pageFirst(), r.toString());
        ParsedReference s = parser.parse("Holm, K., Lund, B. (2012). Calm moments revisited. Harbour Waters Research, Vol. 48, No. 11, W11527.");
        assertEquals("11", s.issue(), s.toString());
        assertEquals("W11527", s.pageFirst(), s.toString());
    }

    @Test
    void shouldReadThePageOfAJournalNumberedByYear() {
        ParsedReference r = parser.parse("K. HOLM et B. LUND. J. Chem. Soc. Chem. Commun. 117 (1980);");
        assertNull(r.volume(), r.toString());
        assertEquals("117", r.pageFirst(), r.toString());
        ParsedReference s = parser.parse("Q. STRAND et B. LUND. Bull. Soc. Chim. Fr. 90 (1962);");
        assertNull(s.volume(), s.toString());
        assertEquals("90", s.pageFirst(), s.toString());
    }

    @Test
    void shouldReadNoNumberFromAnArxivIdentifier() {
        ParsedReference r = parser.parse("O .Holm arXiv .org:hep -ph/9911415( 1999).");
        assertNull(r.volume(), r.toString());
        ParsedReference s = parser.parse("K. Holm et al., Proc. 30th QRC (qrc1084), Nantes( France)2007 ;arXiv .org:astro -ph/0710.3063.");
        assertNull(s.pageFirst(), s.toString());
        ParsedReference u = parser.parse("[ 8]Holm K and Lund B 2014 (Preprint 1403 .4822) URL http: // arxiv.org /abs/1403. 4822");
        assertNull(u.pageFirst(), u.toString());
        ParsedReference v = parser.parse("B .Lund ,Quiet harbours ,Phys. Lett.B736( 2014 ).arXiv: 1402.6980");
        assertNull(v.pageFirst(), v.toString());
    }

    @Test
    void shouldReadThePageAfterTheIssueAndAComma() {
        ParsedReference r = parser.parse("K. Holm, B. Lund, Phys. Rev. D 92 (2015) no.11, 114508 [arXiv:1508.00681 [hep-lat]].");
        assertEquals("92", r.volume(), r.toString());
        assertEquals("11", r.issue(), r.toString());
        assertEquals("114508", r.pageFirst(), r.toString());
    }

    @Test
    void shouldLeaveThePublisherOutOfTheJournal() {
        ParsedReference r = parser.parse("ELSEVIER Quay Science 370 (1996) 32-46");
        assertEquals("Quay Science", r.containerTitle(), r.toString());
        ParsedReference s = parser.parse("Holm K, Lund B. Calm soils in harbours. Appl Quay Ecol. Elsevier B .V. 2010;45:12-19.");
        assertEquals("Appl Quay Ecol.", s.containerTitle(), s.toString());
    }
}
