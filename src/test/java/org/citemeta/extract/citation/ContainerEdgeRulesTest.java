package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The container edge rules of {@link ContainerEdgeRules}, on invented references. */
class ContainerEdgeRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldKeepTheSeriesHeadBeforeInWithTheContainer() {
        ParsedReference r = PARSER.parse("J. Doe. Handling of Things. Wiley Series in Applied Probability. Wiley, New York, 1990.");
        assertEquals("Handling of Things", r.title());
        assertEquals("Wiley Series in Applied Probability", r.containerTitle());
        r = PARSER.parse("A. Roe. The grammar of stones. Studies in Early Linguistics 12. Brill, Leiden, 1985.");
        assertEquals("The grammar of stones", r.title());
        assertEquals("Studies in Early Linguistics", r.containerTitle());
    }

    @Test
    void shouldTakeTheJournalReadAsTheLastNameIntoTheContainer() {
        ParsedReference r = PARSER.parse("J. D. Holm and B. L. Lund, Boundary-Layer Quietology, 78, 191-210 (1996).");
        assertEquals("Boundary-Layer Quietology", r.containerTitle());
        assertEquals(2, r.authors().size());
        r = PARSER.parse("K. HOLM, P. QUIST et P. LUND. Tet-rahedron, 41, 337 (1983);");
        assertEquals("Tet-rahedron", r.containerTitle());
        assertEquals("41", r.volume());
    }

    @Test
    void shouldGiveNoContainerThatIsOnlyANumberingWord() {
        ParsedReference r = PARSER.parse("Quiet Organs, Band 20, Nr. 9 (1996), Seiten 986-990");
        assertNull(r.containerTitle());
        assertEquals("986", r.pageFirst());
        assertNull(ContainerEdgeRules.numberingIsNoContainer("Chapter 8"));
        assertEquals("Quiet Letters", ContainerEdgeRules.numberingIsNoContainer("Quiet Letters"));
    }

    @Test
    void shouldReadTheJournalAfterTheYear() {
        ParsedReference r = PARSER.parse("HARB collaboration, Determination of quiet harbours in HARB ,2011 JQUI 6 P11002 [ arXiv:1107.4277].");
        assertEquals("JQUI", r.containerTitle());
        r = PARSER.parse("Holm, D., Lund, S. Collective dynamics of quiet harbours 1998 Nature 393");
        assertEquals("Nature", r.containerTitle());
    }

    @Test
    void shouldReadTheWordsBetweenYearAndVolumeAsTheJournal() {
        ParsedReference r = PARSER.parse("Holmqvist, B., Lund, L., & Quist, P. 2003, quietastron, 425,374");
        assertEquals("quietastron", r.containerTitle());
        assertNull(r.title());
        r = PARSER.parse("Lund, J. L. 2003, Bulletin of the Quiet Harbour Society ,34");
        assertEquals("Bulletin of the Quiet Harbour Society", r.containerTitle());
    }

    @Test
    void shouldReadAPeriodicalInThePlaceOfTheAuthorsAsTheContainer() {
        ParsedReference r = PARSER.parse("Harbour Week, \"Quiet Ports Try to Dodge the Tide,\" April 5, 1971.");
        assertEquals("Harbour Week", r.containerTitle());
        assertEquals(0, r.authors().size());
    }

    @Test
    void shouldReadTheSecondTitleRunAfterTheYearAsTheJournal() {
        ParsedReference r = PARSER.parse("K. L. Quist. Some reformulations of the quiet harbour problems, 1997. "
                + "Computational Harbours and Applications, to appear.");
        assertEquals("Some reformulations of the quiet harbour problems", r.title());
        assertEquals("Computational Harbours and Applications", r.containerTitle());
    }

    @Test
    void shouldReadTheWordsBeforeTheDoiAsTheJournal() {
        ParsedReference r = PARSER.parse("Holmqvist, N. and Lund, S. 2012. Quiet structure of the southern harbour from surface "
                + "and body wave tomography. Quietophysics, doi:10.1016/j.quiet.2011.11.016. PDF");
        assertEquals("Quietophysics", r.containerTitle());
    }

    @Test
    void shouldTakeTheJournalWordGluedToTheVolume() {
        ParsedReference r = PARSER.parse("K. Holm and J. L. Lund, \"A quiet planar harbour source,\" Phys. Rev. STQuiet . Harbours4, "
                + "121301 (2001 ) .");
        assertEquals("Phys. Rev. STQuiet . Harbours", r.containerTitle());
        r = PARSER.parse("C. Holm, S. Lund, Quantification of quiet exponents in harbour time series ,harbours5 ( 1995 )82- 87 .");
        assertEquals("harbours", r.containerTitle());
    }

    @Test
    void shouldKeepTheJournalNameListTogether() {
        ParsedReference r = PARSER.parse("K. Holm, L. Quist and R. A. Lund. (1991) Multistage Negotiation for Quiet Harbours, IEEE "
                + "Transactions on Harbours, Cranes, and Tugboats, Special Issue on Quiet Ports, 21(6), 1462-1477.");
        assertEquals("Multistage Negotiation for Quiet Harbours", r.title());
        assertEquals("IEEE Transactions on Harbours, Cranes, and Tugboats, Special Issue on Quiet Ports", r.containerTitle());
    }

    @Test
    void shouldReadABareJournalAbbreviationAsTheContainer() {
        ParsedReference r = PARSER.parse("(Q. Hafenforschg. 3 a, 14—19 [1952];");
        assertEquals("Q. Hafenforschg", r.containerTitle());
        assertEquals(0, r.authors().size());
    }

    @Test
    void shouldGiveThePublisherBeforeTheJournalToThePublisher() {
        ParsedReference r = PARSER.parse("Quietwi Publishing Corporation Advances in Harbour Engineering Volume 2010, ArticleID 724962 , 13pages");
        assertEquals("Advances in Harbour Engineering", r.containerTitle());
    }
}
