package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The title / journal boundary rules of {@link TitleJournalRules}, on invented references. */
class TitleJournalRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldTakeTheJournalThatTheModelRanIntoTheTitle() {
        ParsedReference r = PARSER.parse("Holm BA, Lund M. Quiet Theory Informs Alternative Approaches to Harbour Control. "
                + "Frontiers in computational harbours. 2018; 12:62.");
        assertEquals("Quiet Theory Informs Alternative Approaches to Harbour Control", r.title());
        assertEquals("Frontiers in computational harbours", r.containerTitle());
        r = PARSER.parse("Serge Quist, Héros et cranes, Cahiers des ports tranquilles, 15, 2012");
        assertEquals("Héros et cranes", r.title());
        assertEquals("Cahiers des ports tranquilles", r.containerTitle());
        r = PARSER.parse("Adam Holmqvist, The second harbour, Quiet architecture, No. 83, 2000, 34-37");
        assertEquals("The second harbour", r.title());
        assertEquals("Quiet architecture", r.containerTitle());
    }

    @Test
    void shouldGiveTheTitlesLastLowerCaseWordBeforeAKnownJournalToTheTitle() {
        ParsedReference r = PARSER.parse("Lund, K.-M. et al. A quiet fermion semimetal with harbour arcs in the transitionmetal "
                + "monopnictide QuAs class .Nat .Commun .6 ,7373 ( 2015).");
        assertEquals("A quiet fermion semimetal with harbour arcs in the transitionmetal monopnictide QuAs class", r.title());
        assertEquals("Nat .Commun", r.containerTitle());
    }

    @Test
    void shouldGiveTheJournalsHeadLeftInTheTitleToTheJournal() {
        ParsedReference r = PARSER.parse("Holm, R. (2002). Bateson revisited the harbour, cranes, and QQ. The Quiet-Centered "
                + "Journal, 9(1), 21-33.");
        assertEquals("Bateson revisited the harbour, cranes, and QQ", r.title());
        assertEquals("The Quiet-Centered Journal", r.containerTitle());
        r = PARSER.parse("Han, K. 1998, Quiet Harbours: the State of the Art, Transactions of the Society of QUIET/HARB "
                + "Engineers, Vol. 3, 12-20.");
        assertEquals("Quiet Harbours: the State of the Art", r.title());
        assertEquals("Transactions of the Society of QUIET/HARB Engineers", r.containerTitle());
    }

    @Test
    void shouldGiveTheTitlesLastWordsBeforeTheJournalsSeparatorToTheTitle() {
        ParsedReference r = PARSER.parse("J. A. Lund & M. H. Holm. (2017). Work Type Classification of Quiet Harbour Workers "
                + "and Interaction Function Design for IoT-based App. Development, Journal of the Quiet Convergence Society, "
                + "8(3), 1-12.");
        assertEquals("Work Type Classification of Quiet Harbour Workers and Interaction Function Design for IoT-based App. "
                + "Development", r.title());
        assertEquals("Journal of the Quiet Convergence Society", r.containerTitle());
    }
}
