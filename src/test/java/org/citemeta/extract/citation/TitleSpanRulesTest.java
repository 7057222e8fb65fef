package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The title span rules of {@link TitleSpanRules} and the title's clean-up, on invented references. */
class TitleSpanRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldKeepTheParenthesisThatClosesTheTitleAfterASpace() {
        assertEquals("Quiet representations of the harbour algebras HM(2,p )",
                PARSER.parse("Holm K 2011 Quiet representations of the harbour algebras HM(2,p ) Nucl .Harb .B 402 17 -39")
                        .title());
        assertEquals("Cranes (QC-4 )", ReferenceParser.title("Cranes (QC-4 ) ,"));
        assertEquals("Cranes", ReferenceParser.title("Cranes ) ,"));
    }

    @Test
    void shouldReadNoTitleFromABodyNamedWithLowerCaseWordsBeforeTheYear() {
        ParsedReference r = PARSER.parse("Ministère des ports tranquilles (2004). Les grues du littoral. Une étude des bassins "
                + "calmes, 2004, 96 p.");
        assertEquals("Les grues du littoral. Une étude des bassins calmes", r.title());
        r = PARSER.parse("Department of quiet harbours (2011). Crane safety in small ports. Harbour Series 4, 2011, 52 p.");
        assertEquals("Crane safety in small ports", r.title());
    }

    @Test
    void shouldEndAnInvertedNameWithItsInitials() {
        ParsedReference r = PARSER.parse("Lindqvist, K. Self-Adjusting Cranes 1998 Springer Lund");
        assertEquals("Self-Adjusting Cranes", r.title());
        assertEquals(1, r.authors().size());
        assertEquals("Quiet-Running Harbours", PARSER.parse("Lindqvist, K. Quiet-Running Harbours 2003 Harbour Press Lund").title());
    }

    @Test
    void shouldReadTheTitleAndJournalFromCjkWordsTooLongForNames() {
        ParsedReference r = PARSER.parse("王明, 港口起重机安静运行研究, 港口工程学报, 2011.");
        assertEquals("港口起重机安静运行研究", r.title());
        assertEquals("港口工程学报", r.containerTitle());
        assertEquals(1, r.authors().size());
        assertEquals("北方港口的静默起重机", PARSER.parse("林小川, 北方港口的静默起重机, 港湾研究, 권3, 1998.").title());
    }

    @Test
    void shouldLeaveTheFrenchInOutOfTheTitle() {
        assertEquals("Quiet cranes of the harbour", PARSER.parse("B. LUND. Dans Quiet cranes of the harbour. Éditeurs : K. Berg "
                + "et P. Holm. Harbour Press, Lund. 1977. p. 112.").title());
    }
}
