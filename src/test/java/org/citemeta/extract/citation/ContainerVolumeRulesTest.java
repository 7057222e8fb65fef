package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** {@link ContainerVolumeRules}, on invented references. */
class ContainerVolumeRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldEndAContainerBeforeAnUnclosedParenthesisAfterTheQuotedBook() {
        ParsedReference r = parser.parse("[124] H. K. Lund, “Optical Cranes: Controlling light with light,” in “Optical"
                + " Harbours: Controlling Light with Light,” (Academic Press, 1985), chap. 5, pp. 195–239.");
        assertEquals("Optical Harbours: Controlling Light with Light", r.containerTitle(), r.toString());
    }

    @Test
    void shouldReadNoVolumeFromTheNumberOfAStandard() {
        ParsedReference r = parser.parse("QLI (2009). Quay Lifting Requirements for Silent Cranes. QLI 412-09. Quay Lifting"
                + " Institute, Bergen, NO.");
        assertNull(r.volume(), r.toString());
    }

    @Test
    void shouldReadNoContainerThatRepeatsTheCorporateAuthor() {
        ParsedReference r = parser.parse("QLI (2009). Quay Lifting Requirements for Silent Cranes. QLI 412-09. Quay Lifting"
                + " Institute, Bergen, NO.");
        assertNull(r.containerTitle(), r.toString());
    }

    @Test
    void shouldSplitAQuotedTitleThatRanOnIntoTheJournal() {
        ParsedReference r = parser.parse("HOLM Karla, « La « grue silencieuse » dans le « port moderne ». Notes pour une"
                + " histoire d’un outil portuaire », Revue des quais et des ports, mai 2008, pp.12-19.");
        assertEquals("Revue des quais et des ports", r.containerTitle(), r.toString());
        assertEquals("La \" grue silencieuse \" dans le \" port moderne \". Notes pour une histoire d'un outil portuaire",
                r.title(), r.toString());
    }

    @Test
    void shouldReadNoContainerFromAPartLetter() {
        ParsedReference r = parser.parse("Strand N, Lund K. Guidance Note on Quiet Cranes in Small Harbours. - Part B,"
                + " Bergen: Quay Desk; 2015. https://www.example.org/quiet-cranes-partB.pdf");
        assertNull(r.containerTitle(), r.toString());
    }

    @Test
    void shouldKeepASubtitleAfterAColonAtTheEndInTheTitle() {
        ParsedReference r = parser.parse("Berg, S., Holm, L., & Lund, W. D. (2006). The Variation in Harbour Project:"
                + " Creation of the Bergen Corpus of Conversational Noise.");
        assertEquals("The Variation in Harbour Project: Creation of the Bergen Corpus of Conversational Noise", r.title(),
                r.toString());
        assertNull(r.containerTitle(), r.toString());
    }

    @Test
    void shouldTakeBothNamesOfAJournalJoinedByEquals() {
        ParsedReference r = parser.parse("Chen, Y., Wu, H., & Zhao, M. (2011). [Expression of a crane protein from harbour"
                + " seals (Phoca vitulina)]. Gang kou gong cheng xue bao= Chinese journal of harbour engineering, 27(3),"
                + " 211-219.");
        assertEquals("Gang kou gong cheng xue bao= Chinese journal of harbour engineering", r.containerTitle(),
                r.toString());
        assertEquals("Expression of a crane protein from harbour seals (Phoca vitulina)", r.title(), r.toString());
    }

    @Test
    void shouldReadTheBookBeforeItsTranslatorAsTheContainer() {
        ParsedReference r = parser.parse("Karl Lund, « Petite histoire des grues » in Écrits II, Trad fr. par Anne Holm."
                + " Paris : Quai, 2001.");
        assertEquals("Écrits II", r.containerTitle(), r.toString());
    }

    @Test
    void shouldReadAJournalAfterAQuotedTitleReadAsEditors() {
        ParsedReference r = parser.parse("- K. HOLM, « Les grues silencieuses du port moderne », R.Q.P. A., 2004, n° 1412");
        assertEquals("R.Q.P. A.", r.containerTitle(), r.toString());
    }
}
