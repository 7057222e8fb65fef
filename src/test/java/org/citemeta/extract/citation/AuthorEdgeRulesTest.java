package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AuthorEdgeRules}, on invented references. */
class AuthorEdgeRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    private static List<String> families(ParsedReference r) {
        return r.authors().stream().map(CitationAuthor::family).toList();
    }

    @Test
    void shouldReadNoAuthorsBeforeAPluralEditorsMark() {
        ParsedReference r = parser.parse("Karl Lund – Anna Holm (eds.), Quiet Harbours of the North, Bergen 1995.");
        assertTrue(r.authors().isEmpty(), r.toString());
        ParsedReference s = parser.parse("Berg (Eds.), Topics in Harbour Studies. Oslo: Quay Press, pp. 12-30.");
        assertTrue(s.authors().isEmpty(), s.toString());
        // the authors of a chapter before the book's editors stay
        ParsedReference c = parser.parse("K. Lund, A. Holm, Quiet cranes, in: B. Berg, C. Dahl (Eds.), Harbour Studies, Oslo, 1999, pp. 1-10.");
        assertEquals(List.of("Lund", "Holm"), families(c), c.toString());
    }

    @Test
    void shouldLeaveTheTitlesArticleOutOfTheLastInitials() {
        ParsedReference r = parser.parse("Lund KB, Holm AC, Berg D. A Procedure for Loading Small Cranes Based on Quay Tests. "
                + "Journal of Harbour Technology. 2010;42(3):280-290.");
        assertEquals(3, r.authors().size(), r.toString());
        assertEquals("Berg", r.authors().get(2).family(), r.toString());
        assertEquals("D.", r.authors().get(2).given(), r.toString());
    }

    @Test
    void shouldReadTheNamesAfterAQuotedTitle() {
        ParsedReference r = parser.parse("\"Harbour Seals at Rest,\" by K.B. Lund and A.C. Holm, Harbour Science, Vol. 3, No. 2, 1987");
        assertEquals(List.of("Lund", "Holm"), families(r), r.toString());
        ParsedReference s = parser.parse("\"Quiet harbours of the north\", K. Lund, and A. Holm, Harb. Quay Rev. 12, 34 (2001).");
        assertEquals(List.of("Lund", "Holm"), families(s), s.toString());
    }

    @Test
    void shouldLeaveTheSeeWordOutOfTheFirstName() {
        ParsedReference r = parser.parse("Vgl. K.LUND, 1965, Stille Häfen, in: Hafenkunde, Berlin 1965, S. 130–170.");
        assertEquals(1, r.authors().size(), r.toString());
        assertEquals("K.LUND", r.authors().get(0).family(), r.toString());
        assertEquals(null, r.authors().get(0).given(), r.toString());
        ParsedReference s = parser.parse("See e.g. A.B. Holm : Quiet harbours, Chapters 2 and 3, Quay Publishers, 1975");
        assertEquals("Holm", s.authors().get(0).family(), s.toString());
        assertEquals("A.B.", s.authors().get(0).given(), s.toString());
    }

    @Test
    void shouldReadTheWholeNameOfACountrysOrganisation() {
        ParsedReference r = parser.parse("U.S. Board of Harbour Cranes. Annual Report on Cranes. Washington, 1966.");
        assertEquals(List.of("U.S. Board of Harbour Cranes"), families(r), r.toString());
    }

    @Test
    void shouldReadTheCollaborationAfterTheLastName() {
        ParsedReference r = parser.parse("K. Lund, QUAY Collaboration, Harb. Phys. 37 (2012) 456.");
        assertEquals(List.of("Lund", "QUAY Collaboration"), families(r), r.toString());
    }

    @Test
    void shouldReadAllNamesOfAnOcrListClosedByTheYear() {
        ParsedReference r = parser.parse("Lund P. C., Holm S. C. O., Berg R. J., DahlR .S .,Quist V .,2011 ,Science ,331 ,1040");
        assertEquals(List.of("Lund", "Holm", "Berg", "DahlR", "Quist"), families(r), r.toString());
        assertEquals(null, r.title(), r.toString());
        ParsedReference s = parser.parse("Lund T. ,HolmS . ,BergN . J. ,DahlJ . M. ,2004, ApJ, 605, 321");
        assertEquals(List.of("Lund", "HolmS", "BergN", "DahlJ"), families(s), s.toString());
        assertEquals("M.", s.authors().get(3).given(), s.toString());
        // as many names read, the last without the initials the list gives it
        ParsedReference t = parser.parse("Lund R. J., Holm T., Berg K., Dahl S. C. O., QuistR .S .,2012 ,MNRAS ,424 ,457");
        assertEquals("S.", t.authors().get(4).given(), t.toString());
    }
}
