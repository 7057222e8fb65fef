package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The container-form rules of {@link ContainerFormRules}, on invented references. */
class ContainerFormRulesTest {

    private static final ReferenceParser PARSER = new ReferenceParser();

    @Test
    void shouldDropTheReprintNoteFromTheContainer() {
        ParsedReference r = PARSER.parse("Holm, Anna. On Quiet Harbours. Reprinted in Quarterly Crane Monographs, K.L. Berg (ed.), "
                + "Vol. XLII, Lund: The Scandinavian Harbour Society, 1951.");
        assertEquals("Quarterly Crane Monographs", r.containerTitle());
        r = PARSER.parse("K. Berg. On the logic of cranes. In Harbours and Quays: Proceedings of the 1984 Workshop, Malmo, SE, 1985. "
                + "Reprinted in Readings in Harbours, A. Holm, P. Lund (eds.), Quarry Press, 1991, pp. 211-219.");
        assertEquals("Harbours and Quays: Proceedings of the 1984 Workshop", r.containerTitle());
        assertEquals(Integer.valueOf(1985), r.year());
    }

    @Test
    void shouldReadTheMagazineAfterTheDateOfAnUnsignedArticle() {
        ParsedReference r = PARSER.parse("Quiet cranes for the harbour. (2003, October). Lund Harbour Gazette, 17(2), p. 9.");
        assertEquals("Quiet cranes for the harbour", r.title());
        assertEquals("Lund Harbour Gazette", r.containerTitle());
        r = PARSER.parse("Quiet cranes. (2003, October). Lund Harbour Gazette, 17(2), p. 9");
        assertTrue(r.authors().isEmpty());
        assertEquals("Quiet cranes", r.title());
        assertEquals("Lund Harbour Gazette", r.containerTitle());
    }

    @Test
    void shouldReadNoContainerFromTranslators() {
        ParsedReference r = PARSER.parse("Lindqvist, Karl, The Quiet Harbour: Four Essays, Michael Holm (ed.), Caryn Berg and Michael Holm (trans.) "
                + "(Austin, TX: University of Quarry Press, 1981).");
        assertNull(r.containerTitle());
    }

    @Test
    void shouldKeepTheSubtitleOfAnEditedBookBeforeItsPlace() {
        ParsedReference r = PARSER.parse("Holm, A., & Lund, K. (2009). Cranes at rest: a study of quiet harbours. In P. Berg & S. Dahl (Eds.), "
                + "The handbook of harbour studies. Methods, models, and cases. Lund: Quarry.");
        assertEquals("The handbook of harbour studies. Methods, models, and cases", r.containerTitle());
        r = PARSER.parse("Holm, A. & Lund, K. (2015), \"A quiet study of cranes\", in P. Berg et al (eds.), Harbour Systems. "
                + "Long-Term Maintenance, Uppsala: Quarry, pp. 11-24.");
        assertEquals("Harbour Systems. Long-Term Maintenance", r.containerTitle());
    }

    @Test
    void shouldReadTheBookAfterTheEditorsWord() {
        ParsedReference r = PARSER.parse("Lund, Karl, 1991, ‘A Quiet Approach to Harbour Cranes’, in P.K. Holm, ed, Harbour Studies: Cranes and Quays "
                + "(Uppsala: Quarry Publications)");
        assertEquals("Harbour Studies: Cranes and Quays", r.containerTitle());
        r = PARSER.parse("BERG Anna, « Les grues tranquilles : le chemin du port dans la Suède contemporaine », Karl LUND (dir.), "
                + "Les ports tranquilles au nord, Lyon, Presses portuaires de Lyon, 1991, p. 21-40.");
        assertEquals("Les ports tranquilles au nord", r.containerTitle());
    }
}
