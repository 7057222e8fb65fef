package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ContainerScopeRules}, on invented references; each test fails with its rule switched off
 * (checked when the rules were written).
 */
class ContainerScopeRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    private static ParsedReference parse(String s) {
        return PARSER.parse(s);
    }

    @Test
    void shouldReadTheBookAfterInColonAsTheContainerNotTheTitle() {
        ParsedReference p = parse("NOVÁK, Petr, Kostely a kláštery severu, in: Příspěvky k dějinám našich měst 4, 1921, 45-67.");
        assertEquals("Kostely a kláštery severu", p.title());
        assertEquals("Příspěvky k dějinám našich měst", p.containerTitle());
    }

    @Test
    void shouldKeepTheXploreMeetingPartsAfterTheYearInTheContainer() {
        assertEquals("Quiet Harbour Robotics, 2004. QHR 2004. Proceedings of the 3rd International Conference on",
                parse("[12] A. Holm and K. Berg, \"Lifting quietly in crowded harbours,\" Quiet Harbour Robotics, 2004. "
                        + "QHR 2004. Proceedings of the 3rd International Conference on, IEEE, 2004, pp. 1-6.").containerTitle());
    }

    @Test
    void shouldKeepTheProceedingsOfAPaperPublishedAsAReport() {
        assertEquals("Proceedings of the Workshop on Harbour Lifts", parse("A. Holm, K. Berg and L. Lund. Three Cranes for "
                + "Quiet Quays. In Proceedings of the Workshop on Harbour Lifts, Department of Quays, Quarry University, "
                + "Report No. QU-91-12, May 1991.").containerTitle());
    }

    @Test
    void shouldReadTheBookAfterTheEditorsNotTheTitleTailBeforeIn() {
        assertEquals("Harbours of the North", parse("Holm, Ada. \"Cranes\": Quiet Lifting Families of the North\", in Karl "
                + "Berg and Nils Lund, eds., Harbours of the North (Bergen: Quay Press, 2005), 12-40.").containerTitle());
    }

    @Test
    void shouldLeaveTheSeriesAfterVolumeOfOutOfTheContainer() {
        assertEquals("Logical Foundations of Harbour Science. 4th International Symposium, LFHS'97", parse("E. Holm and A. "
                + "Berg. Complexity of quiet lifting in crowded harbours. In S. Lund and A. Strand, editors, Logical "
                + "Foundations of Harbour Science. 4th International Symposium, LFHS'97, volume 1234, of Lecture Notes in "
                + "Computer Science, pages 56-66, Bergen, Norway, July 1997.").containerTitle());
    }

    @Test
    void shouldEndTheProceedingsBeforeHeldAt() {
        assertEquals("Harbours for the New Millennium. Papers presented at The Northern Harbour Association", parse("Lund, K. "
                + "(1999). Harbour cranes at rest. In A. Holm, B. Berg, & C. Strand (Eds.), Harbours for the New "
                + "Millennium. Papers presented at The Northern Harbour Association, held at Quay University, Bergen, "
                + "7-10 December (pp. 281-289). Bergen: Quay Press.").containerTitle());
    }

    @Test
    void shouldReadNoContainerAfterTechnicalReport() {
        assertNull(parse("C. Berg. Implementation of the quiet lift scheduler. Technical Report Quiet Quay Operations Study "
                + "Task 4, Volume B, Harbour Software Ltd, June 1991.").containerTitle());
    }

    @Test
    void shouldLeaveASpacedRomanVolumeOutOfTheJournal() {
        assertEquals("Journal of Quiet Harbour Studies", parse("Holm, Ada R. \"Quiet Lifting as a Function of the Tide.\" "
                + "Journal of Quiet Harbour Studies, X L I, 1951, pp. 74-80.").containerTitle());
    }

    @Test
    void shouldReadTheFirstEditorsNameAsNoContainer() {
        assertEquals("Harbours of the North", parse("Ada Holm and Karl Berg, \"Quiet Cranes,\" in Lund, Nils S., Strand, "
                + "Olof A., Editors (1995). Harbours of the North. Bergen: Quay Press.").containerTitle());
    }

    @Test
    void shouldReadTheQuotedJournalAfterTheTitleAsTheContainer() {
        assertEquals("La Nuova Rivista del Porto", parse("A. Lund, \u201cLe gru silenziose\u201d. Il porto di Genova e "
                + "l\u2019immigrazione in Liguria 1900-1950, \u201cLa Nuova Rivista del Porto\u201d, 4/6 (novembre-dicembre "
                + "2001), 81-96.").containerTitle());
    }

    @Test
    void shouldReadNoContainerFromADraft() {
        assertNull(parse("Berg, A. 2004. Models of quiet cranes in small harbours. Working Draft. June.").containerTitle());
        assertNull(parse("Holm, A., \"Quiet Lift Option,\" Internet-Draft, Harbour Engineering Task Force, Quay Working "
                + "Group (May 1991).").containerTitle());
    }

    @Test
    void shouldReadNoContainerFromArxivSubjectClasses() {
        assertNull(parse("[7] A. Holm and K. Berg, \u201cQuiet photon cranes in doubly resonant harbours,\u201d "
                + "arXiv:1501.01234 [cond-mat, physics:quant-ph] (2015).").containerTitle());
    }

    @Test
    void shouldReadTheWholeBookInSquareBrackets() {
        assertEquals("The Handbook of Optical Sensing", parse("[4] Berg, Anna, \u201cSurvey Of Quiet 3D Sensing Methods,"
                + "\u201d [The Handbook of Optical Sensing]. Quay Dekker, New York (2001).").containerTitle());
    }

    @Test
    void shouldReadPlaceAndPublisherAsNoContainer() {
        ParsedReference p = parse("HOLM, A.K., 2013. Las grúas silenciosas del puerto viejo. Quarry City: Instituto Nacional "
                + "de Puertos Tranquilos. Available at http://example.org/gruas.pdf [Accessed 5 May 2015]");
        assertNull(p.containerTitle());
        assertEquals("Instituto Nacional de Puertos Tranquilos", p.publisher());
    }

    @Test
    void shouldReadNoContainerFromThePublisherRepeated() {
        assertNull(parse("Lund, K.; Berg, A. (1992). Quiet Crane Equations. Dover. ISBN 0-123-45678-9.").containerTitle());
    }

    @Test
    void shouldTakeTheJournalsHeadOutOfTheTitlesLastSentence() {
        ParsedReference p = parse("Holm, K. (2009). Quiet cranes at rest. Harbour research : a journal of the quiet aspects "
                + "of harbour biology 17, 229-238.");
        assertEquals("Quiet cranes at rest", p.title());
        assertEquals("Harbour research : a journal of the quiet aspects of harbour biology", p.containerTitle());
    }

    @Test
    void shouldKeepTheHonoureeInTheFestschriftsName() {
        assertEquals("Quiet Harbours and Cranes: Essays Presented to D. E. Holm", parse("Berg, Karl 1981. The quiet quays "
                + "of Bergen. In A. B. Lund and C. Strand (eds.), Quiet Harbours and Cranes: Essays Presented to D. E. "
                + "Holm. London: Quay Press, 12-30.").containerTitle());
    }
}
