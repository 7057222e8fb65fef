package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparable forms of the evaluation harness ({@link ReferenceEvaluationTest#norm}), without the corpora. */
class ReferenceEvaluationNormTest {

    @Test
    void shouldReadTheNumberAfterAnAbbreviationOfVolumeWithOrWithoutASpace() {
        assertEquals("435", ReferenceEvaluationTest.norm("volume", "v. 435"));
        assertEquals("37", ReferenceEvaluationTest.norm("volume", "v.37, no.7,"), "the v of v.37 is no roman five");
        assertEquals("12", ReferenceEvaluationTest.norm("volume", "Vol.12"));
        assertEquals("xii", ReferenceEvaluationTest.norm("volume", "Vol. XII"));
        assertEquals("3", ReferenceEvaluationTest.norm("volume", "Bd. 3"));
        assertEquals(ReferenceEvaluationTest.norm("volume", "E"), ReferenceEvaluationTest.norm("volume", "Volume E,"),
                "a designation that is no number is compared without the volume word");
        assertEquals("7", ReferenceEvaluationTest.norm("issue", "no.7"));
        assertEquals("v", ReferenceEvaluationTest.norm("volume", "V"), "a roman five alone stays one");
        assertEquals("37", ReferenceEvaluationTest.norm("volume", "37"));
        assertEquals("3", ReferenceEvaluationTest.norm("volume", "volume 3rd."), "an ordinal's suffix is no volume letter");
        assertEquals("2", ReferenceEvaluationTest.norm("volume", "2nd"));
        assertEquals("12a", ReferenceEvaluationTest.norm("volume", "12a"));
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
    void shouldReadADoiWithoutTheBracketClosedAfterItButWithItsOwnBrackets() {
        assertEquals("10.1007/978-0-85729-160-8", ReferenceEvaluationTest.norm("doi", "https://doi.org/10.1007/978-0-85729-160-8)"));
        assertEquals("10.1061/(asce)0733-9429(1987)113:5(583)",
                ReferenceEvaluationTest.norm("doi", "https://doi.org/10.1061/(ASCE)0733-9429(1987)113:5(583)."));
        assertEquals("10.1234/quiet.5", ReferenceEvaluationTest.norm("doi", "doi: 10.1234/quiet.5,"));
    }

    @Test
    void shouldTakeADoiResolverUrlThatTheGoldTagsAsAWebPointerForTheDoi(@TempDir Path dir) throws Exception {
        Path tei = dir.resolve("quiet.tei.xml");
        Files.writeString(tei, "<TEI><text><back><listBibl>"
                + "<bibl><author>K. Lund</author>, <title level=\"j\">Quiet Harb.</title> <biblScope unit=\"volume\">3</biblScope>."
                + " <ptr type=\"web\">https://doi.org/10.1234/quiet.3</ptr>.</bibl>"
                + "<bibl><author>T. Berg</author>, <title level=\"j\">Quiet Harb.</title>. <ptr type=\"web\">http://quiet.example/3</ptr></bibl>"
                + "</listBibl></back></text></TEI>");
        List<ReferenceEvaluationTest.Gold> gold = ReferenceEvaluationTest.readTei(tei);
        assertEquals("10.1234/quiet.3", ReferenceEvaluationTest.norm("doi", gold.get(0).fields().get("doi")));
        assertNull(gold.get(1).fields().get("doi"), "a web address that is no DOI resolver's gives no DOI");
    }

    @Test
    void shouldCompareNamesWithoutAnEtAlGluedByExtractionOrAYearLeftInTheList() {
        assertEquals("chesley d farnocchia r s", ReferenceEvaluationTest.norm("author", "Farnocchia, D., Chesley, S. R., etal ."));
        assertEquals("c d lyons p stancil", ReferenceEvaluationTest.norm("author", "Lyons, D., & Stancil, P. C. 2017"));
        assertEquals("a eger ei", ReferenceEvaluationTest.norm("author", "Eger EI 2nd, A"));
        assertEquals("m t2hung", ReferenceEvaluationTest.norm("author", "M. t2hung"), "a name OCR put a digit in stays");
    }
}
