package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link NumberPlaceRules}, on invented references. */
class NumberPlaceRulesTest {
    private final ReferenceParser parser = new ReferenceParser();

    @Test
    void shouldReadTheVolumeWithItsPartLetter() {
        ParsedReference r = parser.parse("(Z. Hafenforschg. 3 b, 117—121 [1951];");
        assertEquals("3 b", r.volume(), r.toString());
        assertEquals("117", r.pageFirst(), r.toString());
        org.junit.jupiter.api.Assertions.assertNull(r.title(), r.toString());
        ParsedReference s = parser.parse("(Z. Hafenforschg. 3b, 305 [1951];");
        assertEquals("3b", s.volume(), s.toString());
        assertEquals("305", s.pageFirst(), s.toString());
    }

    @Test
    void shouldReadTheArticleNumberAsThePage() {
        ParsedReference r = parser.parse("Quist Publishing Corporation Advances in Harbour Engineering Volume 2014, ArticleID 481516, 9 pages");
        assertEquals("481516", r.pageFirst(), r.toString());
        assertEquals("2014", r.volume(), r.toString());
        ParsedReference s = parser.parse("A. Quist, B. Stille, 'Quiet cranes in small harbours,' Harbours, vol. 12, no. 4, article no. 88, 2020.");
        assertEquals("88", s.pageFirst(), s.toString());
        assertEquals("12", s.volume(), s.toString());
    }

    @Test
    void shouldReadTheVolumeBeforeAListOfIssues() {
        ParsedReference r = parser.parse("Quist, A., & Stille, B. (1997). Quiet cranes in crowded harbours. Harbour Informatics, 31 (1, 2, 3), 211-259.");
        assertEquals("31", r.volume(), r.toString());
        assertEquals("1", r.issue(), r.toString());
        assertEquals("211", r.pageFirst(), r.toString());
        assertEquals("259", r.pageLast(), r.toString());
    }

    @Test
    void shouldReadTheNumberAfterThePublicationFactsAsThePage() {
        ParsedReference r = parser.parse("Anna Quist, The Harbour Cranes, in Tales, 1901–1905 (Boston: Quay Library, 1991), 412.");
        assertEquals("412", r.pageFirst(), r.toString());
    }
}
