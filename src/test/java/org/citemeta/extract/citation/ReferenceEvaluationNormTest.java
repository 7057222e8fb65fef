package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The comparable forms of the evaluation harness ({@link ReferenceEvaluationTest#norm}), without the corpora. */
class ReferenceEvaluationNormTest {

    @Test
    void shouldReadTheNumberAfterAnAbbreviationOfVolumeWithOrWithoutASpace() {
        assertEquals("435", ReferenceEvaluationTest.norm("volume", "v. 435"));
        assertEquals("37", ReferenceEvaluationTest.norm("volume", "v.37, no.7,"), "the v of v.37 is no roman five");
        assertEquals("12", ReferenceEvaluationTest.norm("volume", "Vol.12"));
        assertEquals("xii", ReferenceEvaluationTest.norm("volume", "Vol. XII"));
        assertEquals("3", ReferenceEvaluationTest.norm("volume", "Bd. 3"));
        assertEquals("7", ReferenceEvaluationTest.norm("issue", "no.7"));
        assertEquals("v", ReferenceEvaluationTest.norm("volume", "V"), "a roman five alone stays one");
        assertEquals("37", ReferenceEvaluationTest.norm("volume", "37"));
    }

    @Test
    void shouldNotTakeTheAbbreviationOfPagesGluedToThePageForAPrefix() {
        assertEquals("257-286", ReferenceEvaluationTest.norm("pages", "pp257-286"));
        assertEquals("257-286", ReferenceEvaluationTest.norm("pages", "pp. 257-286"));
        assertEquals("257-286", ReferenceEvaluationTest.norm("pages", "257-286"));
        assertEquals("s12-s15", ReferenceEvaluationTest.norm("pages", "S12-15"), "a section letter stays");
        assertEquals("p02015", ReferenceEvaluationTest.norm("pages", "P02015"), "an article number stays");
        assertEquals("e1234", ReferenceEvaluationTest.norm("pages", "e1234"));
    }

    @Test
    void shouldCompareNamesWithoutAnEtAlGluedByExtractionOrAYearLeftInTheList() {
        assertEquals("chesley d farnocchia r s", ReferenceEvaluationTest.norm("author", "Farnocchia, D., Chesley, S. R., etal ."));
        assertEquals("c d lyons p stancil", ReferenceEvaluationTest.norm("author", "Lyons, D., & Stancil, P. C. 2017"));
        assertEquals("a eger ei", ReferenceEvaluationTest.norm("author", "Eger EI 2nd, A"));
        assertEquals("m t2hung", ReferenceEvaluationTest.norm("author", "M. t2hung"), "a name OCR put a digit in stays");
    }
}
