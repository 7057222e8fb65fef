package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link ContainerCueRules}, on invented references. */
class ContainerCueRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldGiveTheJournalsNameBackToASeriesWord() {
        ParsedReference r = parser.parse("Lund, K. Quiet cranes: A survey 1981 Rev. Quaiforsch. Statist., Ser. Winches 7"
                + " 101--119");
        assertEquals("Rev. Quaiforsch. Statist., Ser. Winches", r.containerTitle(), r.toString());
        assertEquals("Quiet cranes: A survey", r.title(), r.toString());
        r = parser.parse("K. Holm et al., Izvestia HMO / Ser. Kran. 4 71 (2006)512");
        assertEquals("Izvestia HMO / Ser. Kran", r.containerTitle(), r.toString());
        assertNull(r.title(), r.toString());
    }

    @Test
    void shouldGiveTheTitlesLastSentenceToTheJournalWhenTheRulesReadItSo() {
        ParsedReference r = parser.parse("Strand, Olaf, Beobachtungen an den Kranen des Nordhafens. Bergener med."
                + " Wochenschr. 1911. Nr. 12.");
        assertEquals("Bergener med. Wochenschr", r.containerTitle(), r.toString());
        assertEquals("Beobachtungen an den Kranen des Nordhafens", r.title(), r.toString());
        r = parser.parse("Lund, K. 1934. Über einige Hafenkrane. Mitteilungen des Hafenmuseums und Archivs zu"
                + " Bergen-Nord 12: 211-230. (in German).");
        assertEquals("Mitteilungen des Hafenmuseums und Archivs zu Bergen-Nord", r.containerTitle(), r.toString());
        assertEquals("Über einige Hafenkrane", r.title(), r.toString());
    }

    @Test
    void shouldKeepTheSubjectWordsAfterAProceedingsName() {
        assertEquals("Proceedings of the Harbour Society of Bergen A: Nautical, Physical Sciences",
                ReferenceParser.container("Proceedings of the Harbour Society of Bergen A: Nautical, Physical Sciences"));
        assertEquals("Proc. of the Quay Workshop", ReferenceParser.container("Proc. of the Quay Workshop, Bergen"));
        ParsedReference r = parser.parse("B. Lund and K. Holm, ``Crane scheduling in small ports'', Proc. QUAYCON 91"
                + " Symposium on Harbour Winches, QUAYCON Notices, 26(2), June 1991.");
        assertEquals("Proc. QUAYCON 91 Symposium on Harbour Winches, QUAYCON Notices", r.containerTitle(), r.toString());
    }

    @Test
    void shouldEndTheContainerBeforeAVolumeWordWithItsNumber() {
        ParsedReference r = parser.parse("Strand, K. (1971). Cranes and tides. Acta Quayensia Borealia,"
                + " Fasc. XXIV. Bergen: Port Press.");
        assertEquals("Acta Quayensia Borealia", r.containerTitle(), r.toString());
        r = parser.parse("B.K. Lund and K.O. Holm, \"Quiet locks for harbour gates\", IEEE trans. Harbour Eng. Vol HE-12,"
                + " No 3, pp 211-219, May 1986.");
        assertEquals("IEEE trans. Harbour Eng.", r.containerTitle(), r.toString());
    }

    @Test
    void shouldEndAQuotedTitleAtItsClosingQuote() {
        ParsedReference r = parser.parse("Lund, K., Holm, B. and Strand, O., 2001, 'Quiet Winch Control for Small Harbour"
                + " Cranes,' Trans. of the QSME, J. of Port. Sci. and Eng., Vol. 12, pp. 211-219.");
        assertEquals("Quiet Winch Control for Small Harbour Cranes", r.title(), r.toString());
        assertEquals("Trans. of the QSME, J. of Port. Sci. and Eng.", r.containerTitle(), r.toString());
        r = parser.parse("Holm,K.B. and Lund,S.,1998, 'Flow at the Quay Wall by the 3D Method with CRANE4B',"
                + " Transactions of the QSME,Journal of Fluids Engineering, Vol.112, pp.96-102.");
        assertEquals("Transactions of the QSME,Journal of Fluids Engineering", r.containerTitle(), r.toString());
    }

    @Test
    void shouldEndAQuotedQuestionAtItsClosingQuoteWithoutAComma() {
        ParsedReference r = parser.parse("K. Lund and B. Holm, \"Harbour noise: A new problem for the quay system"
                + " science?\" Earth-Sci. Rev., vol. 31, no. 2, pp. 45-60, 2011.");
        assertEquals("Earth-Sci. Rev.", r.containerTitle(), r.toString());
        assertEquals("31", r.volume(), r.toString());
    }

    @Test
    void shouldNotStartTheTitleWithTheLastNameOfAGivenFirstList() {
        ParsedReference r = parser.parse("Karl Olaf Holm, B. Strand, K. Lund, Ragnar Vik, Eirik Dahl, Quiet queues of"
                + " harbour cranes on small quays, Harbour Systems 14 (1991) 101-119.");
        assertEquals("Quiet queues of harbour cranes on small quays", r.title(), r.toString());
        r = parser.parse("Lindqvist Jean-Marc, Tolo Amadou, Sekou Diarra, Les grues du port de Dakar : essai sur les"
                + " quais, Paris, Karthala, 1994.");
        assertEquals("Les grues du port de Dakar : essai sur les quais", r.title(), r.toString());
    }
}
