package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The container-name rules of {@link ContainerNameRules}, on invented references. */
class ContainerNameRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldReadNoContainerFromAReportNumber() {
        ParsedReference r = PARSER.parse("QUIET Collaboration, Measurement of the crane reconstruction in the harbour, "
                + "QUIET -CONF -2019-031[http: //cds.example.org/record/12].");
        assertNull(r.containerTitle());
        r = PARSER.parse("P. Lund, The modern description of quiet harbour cranes, arXiv:hep-ph/0701023,HARBLAB -CONF-07-120-T.");
        assertNull(r.containerTitle());
        r = PARSER.parse("G. Holm, and P. Lund, \"Correlations Between the Cranes Which Have Small Relative Heights ,\"QINR -P2-7031( 1976).");
        assertNull(r.containerTitle());
        r = PARSER.parse("Lund F 1997 On reducible harbours of the quiet algebra ReportNo .QUAY -TH-97-12( arXiv:hep-th/9702111)");
        assertNull(r.containerTitle());
    }

    @Test
    void shouldGiveTheJournalsGluedHeadToTheJournal() {
        ParsedReference r = PARSER.parse("K. Lund, The Agreement between Quiet Harbours and Cranes, LivingRev .Harbours 12 ( 2011),arXiv :1104.1234.");
        assertEquals("The Agreement between Quiet Harbours and Cranes", r.title());
        assertEquals("LivingRev .Harbours", r.containerTitle());
        r = PARSER.parse("P. Holm,H .Quay, and K. Lund, IEEETransactions onCranes 47, 3( 2011) .");
        assertNull(r.title());
        assertEquals("IEEETransactions onCranes", r.containerTitle());
        r = PARSER.parse("RussianMath .Quays 31 (2),121 -140( 1976)];");
        assertEquals("RussianMath .Quays", r.containerTitle());
        r = PARSER.parse("N. Lund. Quiet renormalization for complete harbour metrics. Differen-tialGeom .Appl .,21 (3):212-230,2005 .");
        assertEquals("Differen-tialGeom .Appl", r.containerTitle());
    }

    @Test
    void shouldReadTheJournalBeforeTheStateOfAPaper() {
        ParsedReference r = PARSER.parse("K. HOLM et P. LUNDQVIST. Harbourchemistry. À paraître.");
        assertNull(r.title());
        assertEquals("Harbourchemistry", r.containerTitle());
        r = PARSER.parse("Holm K., Lund P., Quist R., 1998,Q&QS ( submitted)( PaperII )");
        assertNull(r.title());
        assertEquals("Q&QS", r.containerTitle());
    }
}
