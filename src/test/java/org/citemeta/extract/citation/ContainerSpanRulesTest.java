package org.citemeta.extract.citation;

import static org.citemeta.extract.citation.LabelCodes.field;
import static org.citemeta.extract.citation.LabelCodes.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ContainerSpanRules}, on invented references. The model reads these invented strings right, so
 * the tests give the tokens the labels of the model's error by hand (two-letter codes as `ReferenceModelEval show`
 * prints them, "-" for none) and check what the rule makes of them.
 */
class ContainerSpanRulesTest {

    @Test
    void shouldGiveATitlePieceReadAsContainerBackToTheTitle() {
        ModelTokens t = ModelTokens.of("Holm K, Lund P. Quiet harbours in winter. IV. Cranes/hoist coupling in the "
                + "northern ports. J Exp Med 1990; 172:101-110.");
        // the model read "IV. Cranes" as the container, and the journal after the title as a second one
        int[] y = labels(t, "AU AU AU AU AU TI TI TI TI CO CO - TI TI TI TI TI TI CO CO CO YE - VO - PA PA PA -");
        ContainerSpanRules.titlePieceBeforeJournal(t, y);
        assertEquals("J Exp Med", field(t, y, RefLabel.CONTAINER));
        assertEquals("Quiet harbours in winter. IV. Cranes/hoist coupling in the northern ports.", field(t, y, RefLabel.TITLE));
    }

    @Test
    void shouldTakeTheJournalThatTheNumbersFollowAfterEditorsOrAYear() {
        ModelTokens t = ModelTokens.of("Topical Issue on Quiet Harbour Cranes,edited by Lund K .et al .,Eur .Phys .J .A ,48 ( 2012)7 .");
        int[] y = labels(t, "TI TI TI TI CO CO - ED ED ED ED ED ED ED ED - CO CO CO CO CO CO CO - VO - YE - PA -");
        ContainerSpanRules.titlePieceBeforeJournal(t, y);
        assertEquals("Eur .Phys .J .A", field(t, y, RefLabel.CONTAINER));
        assertEquals("Topical Issue on Quiet Harbour Cranes", field(t, y, RefLabel.TITLE));

        t = ModelTokens.of("Berg S, Quist A. Crane strikes in Quiet Harbour Centre, 2002. Harb Disaster Med. 2007;22(1):86-88.");
        y = labels(t, "AU AU - AU AU TI TI - CO CO CO - YE - CO CO CO YE - VO - IS - - PA PA PA -");
        ContainerSpanRules.titlePieceBeforeJournal(t, y);
        assertEquals("Harb Disaster Med.", field(t, y, RefLabel.CONTAINER));
        assertEquals("Crane strikes in Quiet Harbour Centre", field(t, y, RefLabel.TITLE));
    }

    @Test
    void shouldLeaveABookAndThePublisherThatThePagesFollow() {
        // the later run, read by the model as a container, is a publisher (no journal's word): nothing changes
        ModelTokens t = ModelTokens.of("Lund, K. (1998). Quiet cranes. In Holm, P. (Ed.), Quiet Harbours in Winter. "
                + "New York: Quarry Sage Foundation, 12-40.");
        int[] y = labels(t, "AU AU AU - YE - - TI TI - ED ED ED ED ED ED - CO CO CO CO PL PL - CO CO CO - PA PA PA -");
        ContainerSpanRules.titlePieceBeforeJournal(t, y);
        assertEquals("Quiet Harbours in Winter.", field(t, y, RefLabel.CONTAINER));
    }

    @Test
    void shouldTakeTheParenthesisAfterAJournalBeforeItsNumbers() {
        ModelTokens t = ModelTokens.of("K. Lund and P. Holm, Ann. Harb. (N.Y.) 297, 27 (2002).");
        int[] y = labels(t, "AU AU AU AU AU - CO CO - ED ED - VO - PA - YE - -");
        ContainerSpanRules.parenthesisAfterJournal(t, y);
        assertEquals("Ann. Harb. (N.Y.)", field(t, y, RefLabel.CONTAINER));

        t = ModelTokens.of("Quist AB, Berg C. Crane noise in quiet harbours. Clin. Harbourol. (Oxf) 2000; 52:211-216.");
        y = labels(t, "AU AU - AU AU TI TI TI TI TI CO CO - PL - YE - VO - PA PA PA -");
        ContainerSpanRules.parenthesisAfterJournal(t, y);
        assertEquals("Clin. Harbourol. (Oxf)", field(t, y, RefLabel.CONTAINER));

        t = ModelTokens.of("Harb. Stat. Sol. (a) 101, 223 (1989)");
        y = labels(t, "CO CO CO - - - VO - PA - YE -");
        ContainerSpanRules.parenthesisAfterJournal(t, y);
        assertEquals("Harb. Stat. Sol. (a)", field(t, y, RefLabel.CONTAINER));
    }

    @Test
    void shouldLeaveANoteOrAMonthInParenthesesAfterTheJournal() {
        ModelTokens t = ModelTokens.of("Lund K. Quiet cranes. Harbour Review (Jan.-Feb.) 12, 3-9 (1995).");
        int[] y = labels(t, "AU AU TI TI CO CO - - - - - VO - PA PA PA - YE - -");
        ContainerSpanRules.parenthesisAfterJournal(t, y);
        assertEquals("Harbour Review", field(t, y, RefLabel.CONTAINER));

        t = ModelTokens.of("Lund K. Quiet cranes. Journal of Harbours (in Japanese) 12, 3-9 (1995).");
        y = labels(t, "AU AU TI TI CO CO CO - - - - VO - PA PA PA - YE - -");
        ContainerSpanRules.parenthesisAfterJournal(t, y);
        assertEquals("Journal of Harbours", field(t, y, RefLabel.CONTAINER));
    }

    @Test
    void shouldGiveTheTitlesLastCommaGroupBeforeAKnownJournalBackToTheTitle() {
        ModelTokens t = ModelTokens.of("K. Lund and P. Holm, Quiet crane transitions in QCT, Phys. Rev. D 85 (2012) 014035.");
        int[] y = labels(t, "AU AU AU AU AU - TI TI TI - CO CO CO CO CO VO - YE - PA -");
        ContainerSpanRules.titleGroupBeforeKnownJournal(t, y);
        assertEquals("Phys. Rev. D", field(t, y, RefLabel.CONTAINER));
        assertEquals("Quiet crane transitions in QCT", field(t, y, RefLabel.TITLE));
    }

    @Test
    void shouldLeaveAProceedingsBeforeAKnownJournal() {
        ModelTokens t = ModelTokens.of("K. Lund, Proceedings of the Quiet Workshop, Phys. Rev. D 85 (2012) 014035.");
        int[] y = labels(t, "AU AU - CO CO CO CO CO CO CO CO CO VO - YE - PA -");
        ContainerSpanRules.titleGroupBeforeKnownJournal(t, y);
        assertEquals("Proceedings of the Quiet Workshop, Phys. Rev. D", field(t, y, RefLabel.CONTAINER));
    }
}
