package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The rules of {@link NumberFieldRules}, on invented references. */
class NumberFieldRulesTest {

    @Test
    void shouldReadNoIssueFromTheDaysOfAMeeting() {
        ParsedReference r = new ReferenceParser().parse("K. Lindqvist and M. Berg, Quiet scheduling of small looms,"
                + " Proc. Third International Conf. on Loom Design, Quarry Bay, CA, April 8-11, 1993, pp. 122-131.");
        assertNull(r.issue());
        assertEquals("122", r.pageFirst());
        r = new ReferenceParser().parse("Harald Tornqvist, Marta Lund. Quiet tables for querying. In Proceedings of the"
                + " Ninth Symposium on Principles of Quiet Systems, June 3-5, 1994, Lundby, Norway, pages 34-54");
        assertNull(r.issue());
        assertEquals("34", r.pageFirst());
    }

    @Test
    void shouldKeepTheIssueWrittenAfterItsNumberWordBeforeAMonth() {
        ParsedReference r = new ReferenceParser().parse("Lund K. Quiet rooms in cold houses. Nordic Interiors Vol. 8 No. 2"
                + " July-December 2016.");
        assertEquals("2", r.issue());
    }

    @Test
    void shouldReadNoPageFromAnOrdinalNorTheLetterOfAWordGluedToAPage() {
        ParsedReference r = new ReferenceParser().parse("K. Lund, M. Berg, \"Quiet test sequences for small looms\", Joint"
                + " Loom Exploration Team of QLT and QWG, QLT-D0042, 5th Meeting, Oct. 2015.");
        assertNull(r.pageFirst());
        r = new ReferenceParser().parse("M. Berg, The building of the quiet harbour: lessons in small science, pp.41 -57in"
                + " K .Lund ( ed.)The Quiet Harbour ( Quarry press ,Lundby ,2008 ).");
        assertEquals("41", r.pageFirst());
        assertEquals("57", r.pageLast());
    }

    @Test
    void shouldReadTheRangeTypedWithTwoHyphensAsThePages() {
        ParsedReference r = new ReferenceParser().parse("Lund, K., Berg, M. Quiet extraction of rules from small looms."
                + " 1994 In Proceedings of QLW/ QTC 211--219 Quarry Press Lundby");
        assertEquals("211", r.pageFirst());
        assertEquals("219", r.pageLast());
        assertNull(r.volume());
    }

    @Test
    void shouldReadNoVolumeFromTheDayOfANewspaperAlsoWhereTheTitleHasTheNumber() {
        ParsedReference r = new ReferenceParser().parse("Lund, Karin and Berg, Marta. (2015). Harbour workers caught in 12"
                + " hour shifts at the quay. Quarry Times 12 March.");
        assertNull(r.volume());
        assertEquals("Quarry Times", r.containerTitle());
    }

    @Test
    void shouldReadNoPageFromTheYearOfADate() {
        ParsedReference r = new ReferenceParser().parse("\u201cHarbour.\u201d Quarry English Dictionary. Quarry University Press,"
                + " 1994. Web. Accessed 17 Oct. 2013.");
        assertNull(r.pageFirst());
        r = new ReferenceParser().parse("Lund, Karin. \"Quiet looms at the fair.\" The Harbour Files. 3 Aug. 2004. 19 Feb. 2006"
                + " <http://harbour.example.org/looms.html>.");
        assertNull(r.pageFirst());
    }

    @Test
    void shouldReadNoPageFromTheDayOfANewspaper() {
        ParsedReference r = new ReferenceParser().parse("LUNDQVIST, Karin - Le Quai, 17 septembre 1961");
        assertNull(r.pageFirst());
    }

    @Test
    void shouldKeepTheSeriesNumberInTheJournalAndReadTheVolumeAfterIt() {
        ParsedReference r = new ReferenceParser().parse("Lundqvist, K. 1931. Quelques mousses nouvelles du port."
                + " Bulletin de la Societe Botanique du Quai Ser. 3, 7: 411-418.");
        assertEquals("7", r.volume());
        assertEquals("Bulletin de la Societe Botanique du Quai Ser. 3", r.containerTitle());
        assertEquals("411", r.pageFirst());
    }

    @Test
    void shouldReadTheArticleNumberAfterVolumeAndYearBeforeAnArxivId() {
        ParsedReference r = new ReferenceParser().parse("K. Lund and M. Berg, Observation of quiet waves from a small"
                + " harbour ,Phys .Rev .Lett .121 (2018 )151102[ arXiv :1804.05512][INSPIRE ].");
        assertEquals("121", r.volume());
        assertEquals("151102", r.pageFirst());
    }

    @Test
    void shouldReadNoIssueFromTheNumberOfATitle() {
        ParsedReference r = new ReferenceParser().parse("Lundqvist, Karin et al. (1962). \"Harbour no. 117.\" Quarry Review"
                + " Letters 4: 21-24.");
        assertNull(r.issue());
        assertEquals("4", r.volume());
    }

    @Test
    void shouldReadNoVolumeFromTheYearOfAMeetingAfterAnApostrophe() {
        ParsedReference r = new ReferenceParser().parse("K. Lund, M. Berg. A Quiet Congestion Scheme for Harbour Hosts."
                + " ACM QUIETCOMM’97, 1997.");
        assertNull(r.volume());
        r = new ReferenceParser().parse("LUND, K., AND BERG, M. Quiet polynomial divisors. In Proceedings of the 1995"
                + " International Symposium on Quiet Computation QSSAC'95 (1995), pages 35-39.");
        assertNull(r.volume());
        assertEquals("35", r.pageFirst());
    }

    @Test
    void shouldReadNoNumbersFromAPublisherItemIdentifier() {
        ParsedReference r = new ReferenceParser().parse("LUND, K. R., BERG ,M. & HOLM, J. 2012. Quiet harbours: are looms"
                + " a cause? Harbour. doi:S0412-7731(12)00441-5[pii]; 10.1016/j.harb.2012.04.011[doi]");
        assertNull(r.volume());
        assertNull(r.issue());
        assertNull(r.pageFirst());
    }

    @Test
    void shouldReadNoIssueFromTheDayOfAChineseDate() {
        ParsedReference r = new ReferenceParser().parse("林晓港, '境外港口機構可在新片區設業務機構', 文港報, 2019年 5月 21日.");
        assertNull(r.issue());
        assertNull(r.volume());
    }
}
