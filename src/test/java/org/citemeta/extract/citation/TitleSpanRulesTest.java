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
}
