package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link ContainerStartRules}, on invented references. */
class ContainerStartRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldGiveTheTitlesLastSentenceBackBeforeAKnownJournal() {
        ParsedReference r = parser.parse("Holm, K. et al. Quiet phonon modes in the layered semimetal Qa 3 Br. Science 351,"
                + " 512-515 (2016).");
        assertEquals("Science", r.containerTitle(), r.toString());
        assertEquals("Quiet phonon modes in the layered semimetal Qa 3 Br", r.title(), r.toString());
        r = parser.parse("Holm, K. et al. Quiet phonon modes in the Weyl semimetal TaQ 2 Br. Nature 512, 44-47 (2017).");
        assertEquals("Nature", r.containerTitle(), r.toString());
        assertEquals("Quiet phonon modes in the Weyl semimetal TaQ 2 Br", r.title(), r.toString());
    }

    @Test
    void shouldKeepAJournalAbbreviationSpacedByOcrWhole() {
        ParsedReference r = parser.parse("K. Holm and B. Lund. On the quiet cranes of small harbours and the tides of"
                + " Nordland .Comm .Pure Appl .Math. ,35( 2):101-122,1982 .");
        assertEquals("Comm .Pure Appl .Math.", r.containerTitle(), r.toString());
    }

    @Test
    void shouldGiveAShortTitleRightBeforeTheJournalToTheJournalsHead() {
        ParsedReference r = parser.parse("Lund, K. et al., Barley Genet. Coop. Bull. 41: 12-13, 1987");
        assertEquals("Barley Genet. Coop. Bull.", r.containerTitle(), r.toString());
        assertNull(r.title(), r.toString());
        r = parser.parse("Strand, W. P R Soc Bergen 1851, 7, 12-19.");
        assertEquals("P R Soc Bergen", r.containerTitle(), r.toString());
        assertNull(r.title(), r.toString());
    }

    @Test
    void shouldReadUnlabelledLowerCaseJournalAbbreviationsAsTheContainer() {
        ParsedReference r = parser.parse("K. Holm, phys. stat. sol. (b) 241, 1234 (2004).");
        assertEquals("phys. stat. sol. (b)", r.containerTitle(), r.toString());
        assertNull(r.title(), r.toString());
        assertEquals("241", r.volume(), r.toString());
    }

    @Test
    void shouldReadTheTitlesLastCommaGroupBeforeTheVolumeAsTheJournal() {
        ParsedReference r = parser.parse("Karl Lund, Quais et grues, Cahiers d'études portuaires, 15, 2012, études réunies"
                + " par Karl Lund");
        assertEquals("Cahiers d'études portuaires", r.containerTitle(), r.toString());
        assertEquals("Quais et grues", r.title(), r.toString());
        r = parser.parse("K. HOLM, Les grues du port de Brest, Annuaire de la Société des quais et des ports, t. II, 1867.");
        assertEquals("Annuaire de la Société des quais et des ports", r.containerTitle(), r.toString());
        assertEquals("Les grues du port de Brest", r.title(), r.toString());
    }
}
