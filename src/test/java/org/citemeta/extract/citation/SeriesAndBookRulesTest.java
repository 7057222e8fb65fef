package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link SeriesAndBookRules}, on invented references. */
class SeriesAndBookRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldReadTheDesignationAfterTheWordVolumeAsTheVolume() {
        ParsedReference r = parser.parse("B. Lund. Timing analysis of the quay crane controller. Technical Report Soft"
                + " Real-Time Harbour Crane Kernel Study Task 6, Volume D, Bergen Quay Engineering Ltd, June 1994.");
        assertEquals("D", r.volume(), r.toString());
        ParsedReference p = parser.parse("K. Holm and B. Lund. Quiet scheduling of harbour winches. Proceedings of the"
                + " 1988 Symposium on Port Automation, Harbour Notices, volume 14, no 3, March 1988.");
        assertEquals("14", p.volume(), p.toString());
        assertEquals("3", p.issue(), p.toString());
        ParsedReference q = parser.parse("Strand, K. B. (2009). Harbour cranes: theory and practice of lifting, volume"
                + " 3rd. Quay Press, Bergen, Norway.");
        assertEquals("3", q.volume(), q.toString());
    }

    @Test
    void shouldReadTheSentenceBeforeTheEditorsAsTheTitle() {
        ParsedReference r = parser.parse("Winter Tales. Ed. Marta Berg. Bergen: Quay Press, 2001.");
        assertEquals("Winter Tales", r.title(), r.toString());
        ParsedReference q = parser.parse("Harbour Poems. Ed. Anna Lund. New York: Quarry Books, 2004.");
        assertEquals("Harbour Poems", q.title(), q.toString());
        ParsedReference p = parser.parse("Lundius. Borealia. Edited by Karl von Holm. Stuttgart: Quaystad, 1994.");
        assertEquals("Borealia", p.title(), p.toString());
        ParsedReference n = parser.parse("Holmius. Nocturnes. Edited by Marta Berg. Leipzig: Quay, 1988.");
        assertEquals("Nocturnes", n.title(), n.toString());
    }

    @Test
    void shouldEndTheTitleBeforeASentenceThatNamesTheKindOfDocument() {
        ParsedReference r = parser.parse("Holm, K. A., & Lund, B. (2013). Quiet harbours. White paper prepared for the"
                + " Nordic Port Board, Bergen, Norway.");
        assertEquals("Quiet harbours", r.title(), r.toString());
        ParsedReference q = parser.parse("Strand, Karl B. 2007. The Northern Quay Crane Database. Tech- nical report"
                + " University of Bergen Bergen, NO:");
        assertEquals("The Northern Quay Crane Database", q.title(), q.toString());
        ParsedReference p = parser.parse("Lund, Marta A. 1998. \"Quay Survey 1997 Field Report. Manuscript.\" Bergen:"
                + " Department of Harbours, Government of Hordaland.");
        assertEquals("Quay Survey 1997 Field Report", p.title(), p.toString());
        ParsedReference n = parser.parse("Holm, K.; Lund, Berit; Strand, Ola. Silent Brakes for Small Harbour Cranes and"
                + " Winches. Provisional patent QX20441 filed March 2015.");
        assertEquals("Silent Brakes for Small Harbour Cranes and Winches", n.title(), n.toString());
    }

    @Test
    void shouldTakeTheBooksPlaceOutOfTheEndOfItsTitle() {
        ParsedReference r = parser.parse("Holm, Marta A., The Northern Quays and NATO, Norway, Bergen University, Quarry"
                + " Institution Press, 1975.");
        assertEquals("The Northern Quays and NATO", r.title(), r.toString());
        // the state read into the title, as the model reads it in some references (the fields given by hand)
        String s = "Lund, Karl B. Holding the Rope: Harbour Work That Lasts., La Quinta, Calif.: Center for Harbour"
                + " Development. 1994.";
        LabelledFields f = new LabelledFields();
        f.title = "Holding the Rope: Harbour Work That Lasts., La Quinta, Calif";
        f.publisher = "Center for Harbour Development";
        SeriesAndBookRules.placeEndsTitle(s, f);
        assertEquals("Holding the Rope: Harbour Work That Lasts.", f.title);
    }

    @Test
    void shouldReadTheLastNameOfAGivenFirstListThatTheTitleBeganWith() {
        ParsedReference r = parser.parse("Karl Tore Lund, B. Holm, M. Berg, Anna Strand, Arie Quaysman, Quiet organisation"
                + " and access of harbour crane logs on tape storage systems, Harbour Systems 12(3), pp. 11-29 (1996).");
        assertEquals(5, r.authors().size(), r.toString());
        assertEquals("Quaysman", r.authors().get(4).family(), r.toString());
        assertEquals("Quiet organisation and access of harbour crane logs on tape storage systems", r.title(), r.toString());
        ParsedReference q = parser.parse("Marta Della Quay, Luigi Portolano, The Winch and Its Keepers. The Log of Bergen"
                + " Harbour, Count of Quays (1863-1864), Rituals of the Port, Leiden, 2001, 25-80.");
        assertEquals(2, q.authors().size(), q.toString());
        ParsedReference p = parser.parse("Holm Karl-Olav, Berg Anders, Achille Quaresma, La vie du port par le bas :"
                + " contributions à une histoire de la grue, Paris, Karthala, 1992.");
        assertEquals("La vie du port par le bas : contributions à une histoire de la grue", p.title(), p.toString());
    }

    @Test
    void shouldGiveTheRestOfAnOrganisationBeforeTheYearToTheNames() {
        ParsedReference r = parser.parse("Nordic Harbour Association, Commission on Quiet Ports. (2015) A Current Look at"
                + " Harbour Winches (Bergen, Nordic Harbour Association).");
        assertEquals("A Current Look at Harbour Winches", r.title(), r.toString());
        ParsedReference q = parser.parse("Norway. Department of Harbours and Quays. (1998). Quiet ports: a report on winch"
                + " noise, 1997. Bergen: NHA.");
        assertEquals("Quiet ports: a report on winch noise", q.title(), q.toString());
        ParsedReference p = parser.parse("N. K. Army Corps of Engineers (2008). Selection of Quay Cranes and Associated"
                + " Winch Motions. EC 1234-5-678. Bergen, N.");
        assertEquals("Selection of Quay Cranes and Associated Winch Motions", p.title(), p.toString());
    }

    @Test
    void shouldKeepThePeriodAReportCoversInItsTitle() {
        ParsedReference r = parser.parse("Lund, K. (2006). Quiet harbours of the west coast: Report on the review of winch"
                + " complaints in small ports: 1 March 2003 to 30 June 2004. Retrieved from Norway, Harbour Board website:"
                + " http://example.org/quiet.pdf");
        assertEquals("Quiet harbours of the west coast: Report on the review of winch complaints in small ports: 1 March"
                + " 2003 to 30 June 2004", r.title(), r.toString());
        assertEquals(2006, r.year(), r.toString());
        ParsedReference q = parser.parse("7. Holm AB & Berg CD (1998) Noise in Norwegian ports : the Quay Survey, May"
                + " 1990-June 1995. Harbour noise and quays 12(3):11-19.");
        assertEquals("Noise in Norwegian ports : the Quay Survey, May 1990-June 1995", q.title(), q.toString());
    }

    @Test
    void shouldKeepThePeriodicalsWordsAfterItsOwnSentenceEnd() {
        ParsedReference r = parser.parse("Holm, Karl. \"Winches sing at dawn.\" The How? Diaries. 3 May 2004. 12 Feb. 2005"
                + " <http://example.org/how/12.html>.");
        assertEquals("The How? Diaries", r.containerTitle(), r.toString());
        ParsedReference q = parser.parse("Lund, Anna. \"Cranes injure two at harbour fair.\" Quay What? Letters. 4 Aug."
                + " 2003. 21 Jan. 2004 <http://example.org/what/12.html>.");
        assertEquals("Quay What? Letters", q.containerTitle(), q.toString());
        ParsedReference p = parser.parse("Anna Lund: 2015 Dank an Karl Holm. Zeitschrift für Hafenbau. Gemeinsam bauen."
                + " 23. Jg. Heft 2, 121 f.");
        assertEquals("Zeitschrift für Hafenbau. Gemeinsam bauen", p.containerTitle(), p.toString());
    }

    @Test
    void shouldKeepTheYearsInBracketsAfterABooksTitleInTheTitle() {
        ParsedReference r = parser.parse("Lund, Karl. The Quay: The Three Drafts (1801, 1803, 1822). Oslo: Quarry, 1997.");
        assertEquals("The Quay: The Three Drafts (1801, 1803, 1822)", r.title(), r.toString());
        assertEquals(1997, r.year(), r.toString());
        ParsedReference q = parser.parse("Holm, Anna, Studio sulle gru del porto (1861), Piero Lundi (ed.) (Milan:"
                + " Quaystad Editore, 2003).");
        assertEquals("Studio sulle gru del porto (1861)", q.title(), q.toString());
        assertEquals(2003, q.year(), q.toString());
        // a work cited in a collection keeps its own year
        ParsedReference p = parser.parse("Berg, Ola, Remarks on the Harmony between Cranes and Tides (1771), in Karl Lund"
                + " and Anna Holm (eds.), The Quays in Mind: Early Texts of Harbour Men (Bergen, NO: Quay Publishers,"
                + " 2004), 11–29.");
        assertEquals("Remarks on the Harmony between Cranes and Tides", p.title(), p.toString());
        assertEquals(1771, p.year(), p.toString());
    }
}
