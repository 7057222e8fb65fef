package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The title boundary rules of {@link TitleEdgeRules}, on invented references. */
class TitleEdgeRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldReadNoTitleFromTheNumbersAlone() {
        assertNull(PARSER.parse("(Z. Quietforschg. 3 b, 117—121 [1951];").title());
        assertNull(TitleEdgeRules.numbersAreNoTitle("3 b, 117-121"));
        assertNull(TitleEdgeRules.numbersAreNoTitle("3 b"));
        assertEquals("412", TitleEdgeRules.numbersAreNoTitle("412"));
        assertEquals("1Q84", TitleEdgeRules.numbersAreNoTitle("1Q84"));
        assertEquals("Harbour 2, 3", TitleEdgeRules.numbersAreNoTitle("Harbour 2, 3"));
    }

    @Test
    void shouldNotEndTheTitleOnAConnectorBeforeItsSentenceEnds() {
        ParsedReference r = PARSER.parse("Holm, Q., Berg, L., and Lund, K. Quiet cranes are harbours: A survey of \"quiet\" "
                + "in harbours. In QHC, 2019.");
        assertEquals("Quiet cranes are harbours: A survey of \"quiet\" in harbours", r.title());
    }

    @Test
    void shouldKeepTheListThatEndsTheTitleInIt() {
        ParsedReference r = PARSER.parse("K.L. Berg, Quiet Cranes in Harbours: The Lost Art of Lifting, Hoists, and Floating "
                + "Derricks, New Lund 1997.");
        assertEquals("Quiet Cranes in Harbours: The Lost Art of Lifting, Hoists, and Floating Derricks", r.title());
    }

    @Test
    void shouldKeepTheArgumentsGluedToTheTitlesLastWord() {
        assertEquals("Quiet intertwining cranes and Q(3, 2k - 1)-harbours",
                PARSER.parse("Holm K and Berg L 2009 Quiet intertwining cranes and Q(3, 2k - 1)-harbours J. Quiet Phys. 51 "
                        + "083504").title());
        assertEquals("Classification of quiet representations in the harbour models HM(1,q)",
                PARSER.parse("Lund J 2013 Classification of quiet representations in the harbour models HM(1,q) Nucl .Harb "
                        + ".B 857 411 -39").title());
    }
}
