package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Name-list fixes ({@link AuthorScanner}'s name reading and the rules of NameListRules), on invented references. */
class NameListRulesTest {

    /** The last name of the list as "family / given", spaces left out of the given names. */
    private static String last(ParsedReference r) {
        List<CitationAuthor> a = r.authors();
        CitationAuthor x = a.get(a.size() - 1);
        return x.family() + " / " + (x.given() == null ? null : x.given().replace(" ", ""));
    }

    @Test
    void shouldKeepTheLastInitialWhosePeriodOcrSetApart() {
        ParsedReference r = new ReferenceParser().parse(
                "Varga P., Lindholm K., Halvorsen T., Ostrander B.Q .,2019 ,MNRAS ,501 ,233");
        assertEquals(4, r.authors().size());
        assertEquals("Ostrander / B.Q.", last(r));
        r = new ReferenceParser().parse(
                "Varga, P., Lindholm, K., Halvorsen, T., & Ostrander, B.Q .2018 ,MNRAS ,812 ,77");
        assertEquals(4, r.authors().size());
        assertEquals("Ostrander / B.Q.", last(r));
    }

    @Test
    void shouldDropNamesReadFromTheTitleAndPublisher() {
        ParsedReference r = new ReferenceParser().parse(
                "R. K. Holm, Turbulent Mixing, Cambridge Univ. Press, Cambridge (1998).");
        assertEquals(1, r.authors().size());
        assertEquals("Holm / R.K.", last(r));
        assertEquals("Turbulent Mixing", r.title());
    }

    @Test
    void shouldGiveTheInitialAfterAClosedNameToTheJournal() {
        ParsedReference r = new ReferenceParser().parse("P. BERNARD et C. W. HOLM. J. S. Afr. Chem. Inst. 31, 112 (1977).");
        assertEquals(2, r.authors().size());
        assertEquals("HOLM / C.W.", last(r));
        assertEquals("J. S. Afr. Chem. Inst.", r.containerTitle());
        r = new ReferenceParser().parse("M. DURAND, P. BERNARD et J. LEROUX. C. R. Acad. Sci. Ser. C, 281, 77 (1975);");
        assertEquals(3, r.authors().size());
        assertEquals("LEROUX / J.", last(r));
    }

    @Test
    void shouldReadAParticleInCapitalsAsPartOfTheFamilyName() {
        ParsedReference r = new ReferenceParser().parse(
                "P. VAN HOLM, S. BERNARD et M. ROUX. Bull. Soc. Chim. Fr. 1210 (1972).");
        assertEquals(3, r.authors().size());
        assertEquals("VAN HOLM", r.authors().get(0).family());
    }
}
