package org.citemeta.extract.citation;

import static org.citemeta.extract.citation.LabelCodes.field;
import static org.citemeta.extract.citation.LabelCodes.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixes of the known defects of the reference parser (eleventh session of 7 Dec 2026), on invented strings. Where a
 * rule is tested, the tokens get the labels of the model's error by hand (two-letter codes as `ReferenceModelEval
 * show` prints them, "-" for none).
 */
class KnownDefectsTest {

    @Test
    void aKnownJournalIsFoundWhenExtractionGluedItsWords() {
        for (String name : List.of("Journalof Applied Ecology", "Annalsof Botany", "Physical ReviewLetters",
                "Mar FreshwaterRes", "PhysicalReviewLetters", "Marine andFreshwater Research", "Plantand Soil")) {
            ModelTokens t = ModelTokens.of(name);
            assertTrue(Journals.known(t, 0, t.count - 1), name);
        }
        ModelTokens t = ModelTokens.of("Quiet cranes, Journalof Applied Ecology 12, 3-9");
        assertEquals(3, Journals.longestEndingAt(t, 0, 5));
        assertEquals(3, Journals.knownFrom(t, 3));
    }

    @Test
    void gluedWordsThatNameNoJournalStayUnknown() {
        for (String name : List.of("Journalof Quiet Cranes", "AppliedEcology Quarterly Harbours", "Islandand")) {
            ModelTokens t = ModelTokens.of(name);
            assertFalse(Journals.known(t, 0, t.count - 1), name);
        }
        // a name known as written is still found as written
        ModelTokens t = ModelTokens.of("Plant and Soil");
        assertTrue(Journals.known(t, 0, t.count - 1));
    }

    @Test
    void theGluedJournalAfterATitleCommaGroupIsTheContainer() {
        // the model ran the title's last comma group into the container before a journal written glued
        ModelTokens t = ModelTokens.of("K. Lund, Quiet cranes in winter. Harbour Noise, Journalof Applied Ecology 12, 3-9 (2001).");
        int[] y = labels(t, "AU AU - TI TI TI TI CO CO CO CO CO CO VO - PA PA PA - YE - -");
        ContainerSpanRules.titleGroupBeforeKnownJournal(t, y);
        assertEquals("Journalof Applied Ecology", field(t, y, RefLabel.CONTAINER));
        assertEquals("Quiet cranes in winter. Harbour Noise", field(t, y, RefLabel.TITLE));
    }

    @Test
    void aTitleGroupWithTheWordInBeforeAKnownJournalIsTheTitle() {
        // "in" inside the title names no meeting or book: only a group that begins with "In" does
        ModelTokens t = ModelTokens.of("K. Lund and P. Holm, Quiet crane transitions in QCT, Phys. Rev. D 85 (2012) 014035.");
        int[] y = labels(t, "AU AU AU AU AU - CO CO CO CO CO CO CO CO CO VO - YE - PA -");
        ContainerSpanRules.titleGroupBeforeKnownJournal(t, y);
        assertEquals("Phys. Rev. D", field(t, y, RefLabel.CONTAINER));
        assertEquals("Quiet crane transitions in QCT", field(t, y, RefLabel.TITLE));

        t = ModelTokens.of("K. Lund and P. Holm, In Quiet Crane Days, Phys. Rev. D 85 (2012) 014035.");
        y = labels(t, "AU AU AU AU AU - CO CO CO CO CO CO CO CO VO - YE - PA -");
        ContainerSpanRules.titleGroupBeforeKnownJournal(t, y);
        assertEquals("In Quiet Crane Days, Phys. Rev. D", field(t, y, RefLabel.CONTAINER));
    }

    @Test
    void aTitleTailWithTheWordInBeforeAJournalIsTheTitles() {
        ModelTokens t = ModelTokens.of("K. Lund. Quiet harbours: Cranes in Winter, Journal of Quiet Harbours 12, 3-9 (2001).");
        int[] y = labels(t, "AU AU TI TI TI CO CO CO CO CO CO CO CO VO - PA PA PA - YE - -");
        TitleJournalRules.titleTailInContainer(t, y);
        assertEquals("Journal of Quiet Harbours", field(t, y, RefLabel.CONTAINER));
        assertEquals("Quiet harbours: Cranes in Winter", field(t, y, RefLabel.TITLE));

        t = ModelTokens.of("K. Lund. Quiet harbours. In Winter Cranes, Journal of Quiet Harbours 12, 3-9 (2001).");
        y = labels(t, "AU AU TI TI CO CO CO CO CO CO CO CO VO - PA PA PA - YE - -");
        TitleJournalRules.titleTailInContainer(t, y);
        assertEquals("In Winter Cranes, Journal of Quiet Harbours", field(t, y, RefLabel.CONTAINER));
    }
}
