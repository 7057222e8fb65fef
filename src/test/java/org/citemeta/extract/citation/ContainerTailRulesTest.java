package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The container tail rules of {@link ContainerTailRules}, on invented references. */
class ContainerTailRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldLeaveWhereItWasRetrievedOutOfTheContainer() {
        ParsedReference r = PARSER.parse("Holm, K. A., & Berg, T. M. (2009). The quiet of harbour cranes. In L. Lund & P. Quist "
                + "(Eds.), Silence in harbour engineering. Retrieved from EBL: http://reader.example.org");
        assertEquals("Silence in harbour engineering", r.containerTitle());
        r = PARSER.parse("Quist, Marta and Tomas Lund. 2015. \u201cHarbour Cranes and Quiet Ownership.\u201d Available at QRN 1234567 .");
        assertNull(r.containerTitle());
        assertEquals("Quiet Cranes", ContainerTailRules.retrievedFromIsNoContainer("Quiet Cranes. Available at Q", "Quiet Cranes"));
    }

    @Test
    void shouldReadARomanNumeralAfterTheJournalAsTheVolume() {
        ParsedReference r = PARSER.parse("Lund, K., Berg, T., Quiet cranes in the northern harbour (abstract). Harbour and Crane "
                + "Science XXIV, pp. 512-513. 1993.");
        assertEquals("Harbour and Crane Science", r.containerTitle());
        assertEquals("XXIV", r.volume());
        r = PARSER.parse("K. Holm, M. Berg. \"Quiet locks and silent queues\". In HARBCONF IV, pages 12-30, 1994.");
        assertEquals("HARBCONF IV", r.containerTitle());
    }

    @Test
    void shouldReadAReportNumberAsNoContainer() {
        ParsedReference r = PARSER.parse("K. Holm, M. Berg, and T. Lund. Quiet Crane Summary. TR 4711, Harbour Sciences Dept., "
                + "Univ. of Quarryville, March 1994.");
        assertNull(r.containerTitle());
        r = PARSER.parse("Lund, K. and M. Berg. Representing quiet: A study of the harbour transformation. Tech. Rpt. QRN-93-4. "
                + "Quarry State University, 1993.");
        assertNull(r.containerTitle());
        assertNull(ContainerTailRules.reportNumberIsNoContainer("Holm. Quiet. Technical Report QRB/HL M90/36, Harbour.",
                "QRB/HL M"));
    }

    @Test
    void shouldGiveAThesisNoContainer() {
        ParsedReference r = PARSER.parse("Holm, K. Typage silencieux d'un port algorithmique. PhD thesis, Universite Quarry 9, 1994.");
        assertNull(r.containerTitle());
        r = PARSER.parse("Berg, Tomas K. (1981). A Harbour-Based Approach to Crane Recognition. PhD thesis, Department of Harbour "
                + "Science, University of Quarry, Quarry, Canada.");
        assertNull(r.containerTitle());
        assertNull(ContainerTailRules.thesisHasNoContainer("Lund, M. \"Quiet Cranes.\" Ph.D. diss., University of Quarry, 2004.",
                "Ph.D. diss., University of Quarry"));
        assertEquals("Dissertation Abstracts International", ContainerTailRules.thesisHasNoContainer(
                "Holm, K. (2001). Quiet cranes. Dissertation Abstracts International, 61(8-B), 12.", "Dissertation Abstracts International"));
    }

    @Test
    void shouldReadACityBeforeItsStateAsNoContainer() {
        ParsedReference r = PARSER.parse("Harbour and Crane Survey. (2014b). About the Harbour and Crane Survey. Quarry Falls, MI. "
                + "Retrieved from http://survey.example.org/");
        assertNull(r.containerTitle());
        r = PARSER.parse("Holm, Karen T. \"A Method for Finding Quiet Objectives in the Harbour Planning Process.\" Quarryford, "
                + "California: Quarryford University Graduate School of Harbours, May, 1971. (Mimeo.)");
        assertNull(r.containerTitle());
        assertEquals("Quiet Letters", ContainerTailRules.cityBeforeStateIsNoContainer("Holm. Q. Quiet Letters, Vol. 3.", "Quiet Letters"));
    }

    @Test
    void shouldLeaveTheNumberSignOutOfTheContainer() {
        ParsedReference r = PARSER.parse("HOLM Karin, \u00ab le port et les grues en Bretagne au Moyen-\u00c2ge \u00bb, Annales de la "
                + "Qui\u00e9tude et des ports de l'Ouest n\u00b087, 1991, pp. 141-164");
        assertEquals("Annales de la Qui\u00e9tude et des ports de l'Ouest", r.containerTitle());
        r = PARSER.parse("BERG, K. (1994). \u201cLos a\u00f1os de gr\u00faas perdidas: su utilizaci\u00f3n para medir el puerto\u201d. Notas "
                + "del Puerto N\u00b0 41, QUIETAL, Santiago de Chile.");
        assertEquals("Notas del Puerto", r.containerTitle());
    }
}
