package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The rules of {@link AssembledNumberRules}, on invented references. */
class AssembledNumberRulesTest {

    @Test
    void shouldReadTheNumberOfAPeriodicalWithoutVolumesAsItsVolume() {
        ParsedReference r = new ReferenceParser().parse(
                "Lindqvist, Maria, « Les jardins d'hiver du nord », Revue des paysages, 2011, n° 47, p. 12-19.");
        assertEquals("47", r.volume());
        assertNull(r.issue());
        r = new ReferenceParser().parse("Harald Tornqvist, Quiet rooms, Nordic Interiors, No. 61, 2004, 15-21");
        assertEquals("61", r.volume());
        assertNull(r.issue());
    }

    @Test
    void shouldKeepTheIssueWhereAVolumeIsWritten() {
        ParsedReference r = new ReferenceParser().parse(
                "Tornqvist, H., 'Quiet rooms in cold houses,' Nordic Interiors, Vol. 12, No. 3, pp. 15-21, 2004.");
        assertEquals("12", r.volume());
        assertEquals("3", r.issue());
    }

    @Test
    void shouldReadNoPagesFromADateWrittenYearMonthDay() {
        ParsedReference r = new ReferenceParser().parse("Quillwork. http://quillwork.example.org. Accessed: 2016-03-14.");
        assertNull(r.pageFirst());
        assertNull(r.pageLast());
        assertEquals(2016, r.year());
        r = new ReferenceParser().parse(
                "Berg, K. (2012). \"Counting Birds in Winter\". Field Notes. https://example.org/birds Retrieved 2014-09-21.");
        assertNull(r.pageFirst());
        assertEquals(2012, r.year());
    }

    @Test
    void shouldReadNoVolumeFromTheYearOfAMeeting() {
        ParsedReference r = new ReferenceParser().parse("Lund, K. and Berg, M., Quiet displays for small rooms, Proceedings"
                + " of Interface Design and Technology (IDTECH 97) 212-219, ACM, New York, 1997.");
        assertNull(r.volume());
        r = new ReferenceParser().parse(
                "K. Lund and M. Berg, (1996) Sharing Whiteboards Across Slow Links, ACM Groupware 96, Pages 12-19.");
        assertNull(r.volume());
    }

    @Test
    void shouldReadTheNumberAfterAParenthesisedYearAndBeforeThePagesAsTheIssue() {
        ParsedReference r = new ReferenceParser().parse("K. Lund: Folien im Winter, Werkstoffe 41 (1987) 3, S. 211-214");
        assertEquals("41", r.volume());
        assertEquals("3", r.issue());
        assertEquals("211", r.pageFirst());
        assertEquals("214", r.pageLast());
    }

    @Test
    void shouldReadVolumeAndIssueJoinedByAPeriod() {
        ParsedReference r = new ReferenceParser().parse(
                "Lund, Karin (2015). \"Quiet ferns in winter\". In: Botany Letters 77. 3 (May 2015), pp. 101-119.");
        assertEquals("77", r.volume());
        assertEquals("3", r.issue());
        r = new ReferenceParser().parse("Berg, Anna et al. (2011). \"Counting moths at night\". eng. In: Nature 471. 7339, pp. 22-29.");
        assertEquals("471", r.volume());
        assertEquals("7339", r.issue());
    }

    @Test
    void shouldSplitAVolumeGluedToItsFirstPage() {
        ParsedReference r = new ReferenceParser().parse(
                "Lund K and Berg M 2004 Quiet fields on small lattices Commun. Math. Phys. 248317 -339");
        assertEquals("248", r.volume());
        assertEquals("317", r.pageFirst());
        assertEquals("339", r.pageLast());
        r = new ReferenceParser().parse("Berg M 1999 Slow waves in a cold box Phys. Lett. B 451214 -9");
        assertEquals("451", r.volume());
        assertEquals("214", r.pageFirst());
    }

    @Test
    void shouldReadTheNumberBetweenVolumeAndPageWordAsTheIssue() {
        ParsedReference r = new ReferenceParser().parse("Lund, Karin, Counting quiet keys in small tables, Journal of"
                + " Slow Machines, 22, 7 (July 1981), pages 410-417.");
        assertEquals("22", r.volume());
        assertEquals("7", r.issue());
        assertEquals("410", r.pageFirst());
        assertEquals("417", r.pageLast());
    }

    @Test
    void shouldReadARomanVolumeAfterTheJournalAndACommaAsTheVolume() {
        ParsedReference r = new ReferenceParser().parse(
                "Lund K., « Notes sur trois lampes anciennes », Annales du Musée des Arts [d’Arles], XIV, 2003, p. 12-30.");
        assertEquals("XIV", r.volume());
        assertNull(r.publisher());
        r = new ReferenceParser().parse("Lund K., « Notes sur trois lampes », Bulletin des Musées du Nord, XIV, 2003, p. 12-30.");
        assertEquals("XIV", r.volume());
        assertNull(r.publisher());
    }

    @Test
    void shouldReadNoPagesFromAReportNumber() {
        ParsedReference r = new ReferenceParser().parse(
                "Lund, K., & Berg, M. (1991). Counting slow keys in cold tables. QRX Tech Report QRX-CS-91-207.");
        assertNull(r.pageFirst());
        assertNull(r.pageLast());
        r = new ReferenceParser().parse("Lund, K. and Berg, M. (1988) \"Quiet tables\", Nordic Technical Summary Report"
                + " #88-4, University of Tromso.");
        assertNull(r.pageFirst());
    }

    @Test
    void shouldReadTheNumberBetweenVolumeAndDateAsTheIssueBeforeARange() {
        ParsedReference r = new ReferenceParser().parse("K. Lund and M. Berg. Counting quiet keys. Proc. of the Nordic"
                + " Conf. on Slow Machines 12, 3, (June 1987), 211-219.");
        assertEquals("12", r.volume());
        assertEquals("3", r.issue());
        assertEquals("211", r.pageFirst());
        assertEquals("219", r.pageLast());
    }

    @Test
    void shouldReadVolumeIssueAndPagesJoinedByColons() {
        ParsedReference r = new ReferenceParser().parse("Lund, K. & Berg, M., 2004. Quiet wells in dry valleys: A"
                + " review. Groundwater Letters, 41:6: 212-219.");
        assertEquals("41", r.volume());
        assertEquals("6", r.issue());
        assertEquals("212", r.pageFirst());
        assertEquals("219", r.pageLast());
    }

    @Test
    void shouldReadNoNumbersFromAnIsbn() {
        ParsedReference r = new ReferenceParser().parse(
                "K. Lund and M. Berg, Quiet Engines for Small Boats ,Nordica ,Oslo ,ISBN 978 -1-234-56789-7(2004 )");
        assertNull(r.pageFirst());
        assertNull(r.volume());
        r = new ReferenceParser().parse("Lund, K. and Berg, M. 2006. Counting slow keys. In online proceedings of"
                + " QRX 2006 Working Notes, ISBN: 3-456789-12-0, May 2006, Bergen, Norway.");
        assertNull(r.pageFirst());
        assertNull(r.issue());
    }

    @Test
    void shouldReadARangeInParenthesesAfterTheVolumeAsTheIssue() {
        ParsedReference r = new ReferenceParser().parse("Lund, K. & M. Berg (2001). “Counting Quiet Firms By Size”,"
                + " Journal of Slow Markets, Vol. 12 (3-4), 211 - 229.");
        assertEquals("12", r.volume());
        assertEquals("3-4", r.issue());
        assertEquals("211", r.pageFirst());
        assertEquals("229", r.pageLast());
    }

    @Test
    void shouldReadASupplementOrPartAfterTheVolumeAsTheIssue() {
        ParsedReference r = new ReferenceParser().parse(
                "Lund K, Berg M. Quiet teeth in older sailors. Nord Dent J 2015;44 Suppl 3:21-29.");
        assertEquals("44", r.volume());
        assertEquals("Suppl 3", r.issue());
        r = new ReferenceParser().parse("Lund K, Berg M. Slow hearts in cold water. Am J Physiol 1991;261(2 Pt 1):H412-9.");
        assertEquals("261", r.volume());
        assertEquals("2 Pt 1", r.issue());
    }
}
