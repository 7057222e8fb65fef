package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Author lines whose affiliation markers are in parentheses, and the numbered lines they point to. */
class NumberedAffiliationTest {
    @Test
    void markersInParenthesesLinkEachAuthorToTheOrganisationsOfItsLines() {
        Extraction x = new EntityExtractor().extract("Quiet harbours and their sediments\n\n"
                + "Maria Quistgaard (1), Kenji Abernathy (1, 2)\n"
                + "(1) Department of Geology, Lund University, Box 117, 221 00 Lund, Sweden\n"
                + "(2) Institute for Marine Research, Tohoku University, Sendai 980-8577, Japan\n\n"
                + "We cored three harbours.");
        List<Author> authors = x.metadata().authors();
        assertEquals(List.of("Maria Quistgaard", "Kenji Abernathy"), authors.stream().map(Author::name).toList());
        assertEquals(List.of("Lund University"), authors.get(0).affiliations());
        // the second line's organisations are not the first author's: each marked line is read alone
        assertEquals(List.of("Lund University", "Institute for Marine Research", "Tohoku University"),
                authors.get(1).affiliations());
        List<String> rel = x.relations().stream().filter(r -> r.type() == RelationType.AFFILIATED_WITH)
                .map(r -> r.subject() + " -> " + r.object()).toList();
        assertTrue(rel.contains("Maria Quistgaard -> Lund University"), rel::toString);
        assertTrue(rel.contains("Kenji Abernathy -> Tohoku University"), rel::toString);
        assertEquals(4, rel.size(), rel::toString);
    }

    @Test
    void anIeeeBylineWithMembershipGradesAndItsWithNotesGiveTheAuthorsAndTheirAffiliations() {
        Extraction x = new EntityExtractor().extract("Quiet Harbours and Their Cranes\n\n"
                + "Maria Quistgaard, Member, IEEE, Kenji Abernathy, and Lena Holt, Senior Member, IEEE\n\n"
                + "M. Quistgaard and L. Holt are with the Department of Geology, Lund University, 221 00 Lund, Sweden.\n"
                + "K. Abernathy is with the Institute for Marine Research, Tohoku University, Sendai 980-8577, Japan.\n\n"
                + "Abstract\nWe cored three harbours.");
        List<Author> authors = x.metadata().authors();
        // the membership grades ("Member, IEEE") ended the author line: no authors at all
        assertEquals(List.of("Maria Quistgaard", "Kenji Abernathy", "Lena Holt"),
                authors.stream().map(Author::name).toList());
        assertEquals(List.of("Lund University"), authors.get(0).affiliations());
        assertEquals(List.of("Institute for Marine Research", "Tohoku University"), authors.get(1).affiliations());
        assertEquals(List.of("Lund University"), authors.get(2).affiliations());
    }

    @Test
    void aSingleAuthorsLineBeforeAnOrganisationsLineGivesTheAuthor() {
        Extraction x = new EntityExtractor().extract("Grain Ships of the Lower Harbour, 1650-1720\n\n"
                + "Maaike Holtrop\nUniversity of Groningen\n\n"
                + "The toll registers have long been read by economic historians.");
        List<Author> authors = x.metadata().authors();
        assertEquals(List.of("Maaike Holtrop"), authors.stream().map(Author::name).toList());
        assertEquals(List.of("University of Groningen"), authors.get(0).affiliations());
        // a name alone on a line that no organisation follows is no author
        Extraction y = new EntityExtractor().extract("Grain Ships of the Lower Harbour\n\nMaaike Holtrop\n\n"
                + "The toll registers have long been read by economic historians.");
        assertTrue(y.metadata().authors().isEmpty(), y.metadata()::toString);
    }
}
