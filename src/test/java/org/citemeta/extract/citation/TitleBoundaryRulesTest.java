package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The title / container rules of {@link TitleBoundaryRules}, on invented references. */
class TitleBoundaryRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldReadTheTitlesLastSentenceBeforeTheNumbersAsTheJournal() {
        ParsedReference r = PARSER.parse("Marta, L. (2011). Une étude de la lumière dans les vieilles maisons de campagne. "
                + "Les cahiers de la lumière(23), pp. 61-76.");
        assertEquals("Une étude de la lumière dans les vieilles maisons de campagne", r.title());
        assertEquals("Les cahiers de la lumière", r.containerTitle());
    }

    @Test
    void shouldLetTheTitleGoOnAfterAParenthesisInsideIt() {
        ParsedReference r = PARSER.parse("Lund K, Berg M. The diet of the quiet vole (Microtus quietus L.) in Lund Forest, "
                + "County Quarry. Acta Zoologica Fennica 1983; 174:205-207.");
        assertEquals("The diet of the quiet vole (Microtus quietus L.) in Lund Forest, County Quarry", r.title());
        assertEquals("Acta Zoologica Fennica", r.containerTitle());
        r = PARSER.parse("Holm T, Berg M. A new alkaloid from the bark of Quercus borealis (Michx.) Lund. Collect Czech "
                + "Chem Commun 1987; 52:242-246.");
        assertEquals("A new alkaloid from the bark of Quercus borealis (Michx.) Lund", r.title());
        assertEquals("Collect Czech Chem Commun", r.containerTitle());
    }

    @Test
    void shouldEndTheTitleBeforeTheKindOfWork() {
        ParsedReference r = PARSER.parse("Berg, M. Quietpad: A Man-Machine Graphical Tool for Harbours, Tech Report #296, "
                + "Quarry Institute, 1963.");
        assertEquals("Quietpad: A Man-Machine Graphical Tool for Harbours", r.title());
    }

    @Test
    void shouldLeaveThePlaceOfTheMeetingOutOfTheProceedings() {
        ParsedReference r = PARSER.parse("J. Holm and U. Berg, \"Criteria for Quiet Decoding of Harbour Codes,\" in Proc. "
                + "Quarrybacher Tagung, Quarrybach, Germany, 1997, pp. 107--116.");
        assertEquals("Proc. Quarrybacher Tagung", r.containerTitle());
        r = PARSER.parse("K. Lund, T. Berg: A Quiet Bonus Point System For Harbour Cranes Based On Word-Of-Mouth Advice. "
                + "In: Proc. 21 st ACM Symp. Quiet Computing, Nicosia, Cyprus. pp. 76-83, ACM Press, NY, 2006.");
        assertEquals("Proc. 21 st ACM Symp. Quiet Computing", r.containerTitle());
    }

    @Test
    void shouldLeaveThePlaceAndDateInParenthesesOutOfTheProceedings() {
        ParsedReference r = PARSER.parse("HOLM, T. A hierarchical basis for quiet transformations. In Conference Record of "
                + "the 12th Annual ACM Symposium on Principles of Quiet Languages (Salt Lake City, UT, Jan. 1985), ACM, "
                + "New York, 272-282.");
        assertEquals("Conference Record of the 12th Annual ACM Symposium on Principles of Quiet Languages", r.containerTitle());
        r = PARSER.parse("Lund, K., Berg, M. and Holm, T. \"The Design Space of Quiet Devices\", in Proceedings of CHI 91 "
                + "(Seattle, Washington, April 2-6, 1991). ACM, New York 1991, pp. 17-24.");
        assertEquals("Proceedings of CHI 91", r.containerTitle());
    }

    @Test
    void shouldKeepADecimalNumberInTheTitle() {
        ParsedReference r = PARSER.parse("QUIET collaboration, Quiet function in pp and PbPb collisions at 7.13 TeV, "
                + "QUIET-PAS-HIN-17-007[ INSPIRE].");
        assertEquals("Quiet function in pp and PbPb collisions at 7.13 TeV", r.title());
        r = PARSER.parse("T. Berg, S. Lund and P.Z. Holm, QUIETSIM 6.4 Physics and Manual, JHEP 05 (2006)026 "
                + "[ hep-ph/0603176].");
        assertEquals("QUIETSIM 6.4 Physics and Manual", r.title());
        assertEquals("JHEP", r.containerTitle());
    }

    @Test
    void shouldEndTheTitleBeforeTheNumberOfVolumes() {
        ParsedReference r = PARSER.parse("———. Sense and Quietude, 2 vols. New York: Frank S. Holm, 1906.");
        assertEquals("Sense and Quietude", r.title());
    }

    @Test
    void shouldReadTheTitlesLastSentenceBeforeAnIdentifierAsTheJournal() {
        ParsedReference r = PARSER.parse("Lund, K., Berg, M. R., & Holm, X. (2007). A comparison of Quarry's service quality "
                + "instrument with QUIETPERF. Harbour and Management. https://doi.org/10.1016/j.hm.2006.11.002.");
        assertEquals("A comparison of Quarry's service quality instrument with QUIETPERF", r.title());
        assertEquals("Harbour and Management", r.containerTitle());
    }

    @Test
    void shouldReadAPeriodicalEndingTheTitleAsTheJournal() {
        ParsedReference r = PARSER.parse("Berg M (2012) A Note from the Editor: Quiet Machines Have Come of Age. Information "
                + "Harbour Quarterly. Available: http://dx.doi.org/10.3789/ihq.2012.01.");
        assertEquals("A Note from the Editor: Quiet Machines Have Come of Age", r.title());
        assertEquals("Information Harbour Quarterly", r.containerTitle());
    }

    @Test
    void shouldKeepAPlaceEndingTheTitleBeforeTheJournal() {
        ParsedReference r = PARSER.parse("Lund, K., Hall, M., Berg, B., and Holm, L. (2013). Impact of quiet catchment "
                + "discretization: Case study in Quarrytown, New York, Journal of Quiet Engineering, 21(2), 123-134.");
        assertEquals("Impact of quiet catchment discretization: Case study in Quarrytown, New York", r.title());
        r = PARSER.parse("Ikeda, Y, Nishi, J, and Wada, I (2012). Vegetation of quiet rice fields in the head areas of small "
                + "harbour bottoms in the Lake Lund watershed, Ibaraki, Japan, Japanese Journal of Quiet Ecology 17: 1-15.");
        assertEquals("Japanese Journal of Quiet Ecology", r.containerTitle());
    }
}
