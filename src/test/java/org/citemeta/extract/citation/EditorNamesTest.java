package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Editors, the publisher's place and the publisher of invented references (EditorNames and its call sites). */
class EditorNamesTest {
    private static final ReferenceParser PARSER = new ReferenceParser();

    private static String names(List<CitationAuthor> names) {
        return names.stream().map(a -> a.family() + (a.given() == null ? "" : ", " + a.given()))
                .collect(Collectors.joining("; "));
    }

    @Test
    void chapterEditorsPlaceAndPublisher() {
        ParsedReference p = PARSER.parse("Lund, P. (2011). Quiet tides. In K. Berg & M. Holm (Eds.), Handbook of Quiet Seas"
                + " (pp. 12-40). Bergen: Harbour Press.");
        assertEquals("Lund, P.", names(p.authors()));
        assertEquals("Berg, K.; Holm, M.", names(p.editors()));
        assertEquals("Bergen", p.publisherPlace());
        assertEquals("Harbour Press", p.publisher());
        assertEquals("Handbook of Quiet Seas", p.containerTitle());
    }

    @Test
    void germanHerausgeber() {
        ParsedReference p = PARSER.parse("Moe, K. (2003). Die Küste. In: Berg, H. (Hrsg.), Handbuch der Küsten. Kiel: Nord"
                + " Verlag, S. 10-25.");
        assertEquals("Berg, H.", names(p.editors()));
        assertEquals("Kiel", p.publisherPlace());
    }

    @Test
    void editedBookHasEditorsAndNoAuthors() {
        ParsedReference chicago = PARSER.parse("Falk, Anna, ed. Quiet Harbours: A Reader. Oslo: Fjord Press, 1997.");
        assertEquals(List.of(), chicago.authors());
        assertEquals("Falk, Anna", names(chicago.editors()));
        ParsedReference harvard = PARSER.parse("Nygaard, L. and Sand, K. (eds.) 2004. The Quiet Coast Reader. London: Harbour"
                + " Books.");
        assertEquals("Nygaard, L.; Sand, K.", names(harvard.editors()));
        assertEquals("London", harvard.publisherPlace());
    }

    @Test
    void headWordsBeforeTheNamesAreCut() {
        ParsedReference p = PARSER.parse("T. Holm, in Quiet Phenomena, Vol. 5A, Eds. C. Berg and M. S. Dahl (Fjord Press,"
                + " Oslo, 1976).");
        assertEquals("Berg, C.; Dahl, M. S.", names(p.editors()));
        assertEquals("5A", p.volume());
    }

    @Test
    void translatorsCollaborationMembersAndEditionsAreNoEditors() {
        assertEquals(List.of(), PARSER.parse("Strand, O. (2001). Quiet coasts. Translated by Ivar Moe and Liv Dahl. Tromsø:"
                + " Polar Press.").editors());
        assertEquals(List.of(), PARSER.parse("ALPHA Collab. (Q. Lund et al.), Phys. Lett. B 716, 1 (2012).").editors());
        assertEquals(List.of(), PARSER.parse("Vik, T. (2009). Quiet fjords (3rd ed.). Bergen: Harbour Press.").editors());
    }

    @Test
    void gluedLinksAndRoleWords() {
        assertEquals("Lund, C. E.; Moe, P.", names(EditorNames.of("edited byC. E. Lund andP. Moe")));
        assertEquals("Berg, K.", names(EditorNames.of("In: Berg, K. (Hg.),")));
        assertEquals("Sand, Liv; Vik, Ola", names(EditorNames.of("Liv Sand and Ola Vik, editors,")));
        assertEquals(List.of(), EditorNames.of("(eds.)"));
    }

    @Test
    void placeIsCutAtTheColonAndThePublisherAfterItKept() {
        assertEquals("New York", EditorNames.place("New York: Viking"));
        assertEquals("Viking", EditorNames.publisherInPlace("New York: Viking"));
        assertEquals("Washington, D.C.", EditorNames.place("Washington, D.C."));
        assertEquals("Oslo", EditorNames.place("Oslo."));
        assertNull(EditorNames.publisherInPlace("Oslo"));
        ParsedReference p = PARSER.parse("Aas, Ola. Stille hav. New York: Viking, 1977.");
        assertEquals("New York", p.publisherPlace());
        assertEquals("Viking", p.publisher());
    }

    @Test
    void arxivIsNoPublisherOfAJournalArticle() {
        ParsedReference p = PARSER.parse("Q. Lund and P. Moe, Quiet jets in dense matter, Phys. Rev. C 91, 054908 (2015)"
                + " [arXiv:1501.01234].");
        assertEquals("1501.01234", p.arxiv());
        assertNull(p.publisher());
    }
}
