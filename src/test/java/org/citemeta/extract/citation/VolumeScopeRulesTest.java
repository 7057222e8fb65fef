package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link VolumeScopeRules}, on invented references. */
class VolumeScopeRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldReadNoVolumeFromTheNumberOfAReportANoteOrAContract() {
        ParsedReference r = parser.parse("B. Holm and Q. Strand, \"Lifting cranes in still water,\" Tech. Report QLAB TR-QH 7, pp. 12-19, 1993.");
        assertNull(r.volume(), r.toString());
        assertEquals("12", r.pageFirst(), r.toString());
        ParsedReference s = parser.parse("Alma Quist and Bram Stille. On quiet harbours and their cranes. Technical Report HRB/QS M88/12, Quiet University, Nantes, May 1988.");
        assertNull(s.volume(), s.toString());
        ParsedReference u = parser.parse("K. Lund, \"The silence of the northern quays,\" Report No. 4117, Harbour Board of Nantes (1961).");
        assertNull(u.volume(), u.toString());
        ParsedReference v = parser.parse("Q. Strand et al. (Quay Collaboration), Quay public note 20417 (2009).");
        assertNull(v.volume(), v.toString());
    }

    @Test
    void shouldKeepTheNumberOfASeriesOrAPeriodicalNamedReport() {
        ParsedReference r = parser.parse("Stille, Bram. The Corporate Harbour Master. Quiet Institute Long Range Harbour Report No. 212. Nantes: Quiet Institute, 1964.");
        assertEquals("212", r.volume(), r.toString());
        ParsedReference s = parser.parse("Quist A. Night noise in harbour towns. Weekly Harbour Report 55 (1999) 12-19.");
        assertEquals("55", s.volume(), s.toString());
    }

    @Test
    void shouldReadNoVolumeFromAPieceOfADashedCode() {
        ParsedReference r = parser.parse("Q. Strand, K. Lund, \"Still water sequences for crane coding\", Joint Quay Team of HRB and QS, QVET -D0217, 5th Meeting, Nov. 2017.");
        assertNull(r.volume(), r.toString());
        ParsedReference s = parser.parse("Holm, K. Quiet cranes. Proceedings of 2nd Conference on Harbour Law QHIC-812, pages 12-19. Nantes: Quay Press.");
        assertNull(s.volume(), s.toString());
        assertEquals("12", s.pageFirst(), s.toString());
    }

    @Test
    void shouldKeepADashedIssueInParenthesesAfterTheVolume() {
        ParsedReference r = parser.parse("Quist A. Harbour noise: recommendations of the Quiet Committee. Quiet Wkly Rep 1999; 48(QR-7):1-20.");
        assertEquals("48", r.volume(), r.toString());
        assertEquals("7", r.issue(), r.toString());
    }

    @Test
    void shouldReadTheVolumeBeforeAnIssueInParenthesesAfterTheJournal() {
        ParsedReference r = parser.parse("K. Holm, B. Lund, Noise and quietness of harbours in the past 420 ,000years ,Quiet Harbour Letters 30( 22 ),2146.");
        assertEquals("30", r.volume(), r.toString());
        ParsedReference s = parser.parse("5,6-Holm K, Lund B, Strand Q. Clinical analysis of quiet cranes. Acta Harb (Nantes). 1992; 119(1-4): 97-100.");
        assertEquals("119", s.volume(), s.toString());
        ParsedReference u = parser.parse("Quist B (2008). Quiet harbour standard Q07 :0. On the cranes. Harbour Studies. 49(7), 719-720.");
        assertEquals("49", u.volume(), u.toString());
    }

    @Test
    void shouldKeepAVolumeWithItsOwnIssueBeforeASecondCitation() {
        ParsedReference r = parser.parse("Stille, A. (1999). Crane subjectivity. Quay, 4(3), 2377. [see also \"Replies\", in Quay, 6 (3)]");
        assertEquals("4", r.volume(), r.toString());
    }

    @Test
    void shouldReadNoVolumeOrIssueFromTheNumberOfASectionAnArticleOrAVersion() {
        ParsedReference r = parser.parse("Holm, K., 'The duty of the harbour master under Article 12(3) of the Quay Act', Vol. 41, Quiet Law Review, 2015.");
        assertNull(r.issue(), r.toString());
        ParsedReference s = parser.parse("Lund & Strand, Quiet Communications, 3d Ed., (Quay Academic Publishers 1996) ISBN 0-1234-5678-9, Section 5.2.7, pp. 110-118");
        assertNull(s.issue(), s.toString());
        ParsedReference u = parser.parse("Strand Q. QuayFit (version 2.37). Nantes: Department of Harbour Studies, 2009.");
        assertNull(u.volume(), u.toString());
        ParsedReference v = parser.parse("Manual of Quiet Cranes, p. 88, §2, 1991");
        assertNull(v.issue(), v.toString());
        assertEquals("88", v.pageFirst(), v.toString());
    }

    @Test
    void shouldReadVolumeAndIssueWrittenApartBetweenTheYearAndThePages() {
        ParsedReference r = parser.parse("Holm KL. Lund BQ. Crane Noise During Twelve Weeks of Harbour Night Shifts. J Harb Stud Night Work. 2006 41 2 211-219.");
        assertEquals("41", r.volume(), r.toString());
        assertEquals("2", r.issue(), r.toString());
        assertEquals("211", r.pageFirst(), r.toString());
    }

    @Test
    void shouldReadARomanVolumeGluedToItsIssueByAColon() {
        ParsedReference r = parser.parse("Strand, Alma Quist, \u2018Beyond Silence: Cranes in the Harbour\u2019, Quay & Port XII:3 (1996), 301-312.");
        assertEquals("XII", r.volume(), r.toString());
        assertEquals("3", r.issue(), r.toString());
    }

    @Test
    void shouldReadNoIssueFromTheNumberOfAUniversity() {
        ParsedReference r = parser.parse("Strand, B. Typage d'un port. PhD thesis, Universite Nantes 4, 1992.");
        assertNull(r.issue(), r.toString());
        assertNull(r.volume(), r.toString());
    }

    @Test
    void shouldReadNoIssueFromAPageMarkAfterTheReference() {
        ParsedReference r = parser.parse("K. L. Strand, Quay Rev. D 81, 224017 (2009). 1750245-8");
        assertEquals("81", r.volume(), r.toString());
        assertNull(r.issue(), r.toString());
    }

    @Test
    void shouldReadNoIssueFromADepartmentNumberAfterAPlace() {
        ParsedReference r = parser.parse("STILLE A. & QUIST B., (2014), D\u00e9termination de la provenance des grues du port, \u00ab le Quai \u00bb, SAINT-QUAY (05), Service portuaire du Conseil");
        assertNull(r.issue(), r.toString());
        assertNull(r.volume(), r.toString());
    }

    @Test
    void shouldReadNoNumbersFromAPublisherItemIdentifier() {
        ParsedReference r = parser.parse("Holm, K., Lund, B. (2018). The Quay Classifier: A Validated Tool to Predict Crane Noise. Quay Harbour Focus, Ahead of print, art.nr. S1234-5678(18)30417-2.");
        assertNull(r.volume(), r.toString());
        assertNull(r.issue(), r.toString());
        assertNull(r.pageFirst(), r.toString());
    }
}
