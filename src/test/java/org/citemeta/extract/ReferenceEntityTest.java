package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Persons and journals of reference lists as the reference parser reads them, and what they give to the prose. */
class ReferenceEntityTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static List<String> mentions(Extraction x, EntityType type) {
        return x.mentions().stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    @Test
    void vancouverNamesAndAbbreviatedJournalsComeFromTheParsedEntry() {
        Extraction x = EXTRACTOR.extract("Ice cores were drilled twice [1].\n\nReferences\n"
                + "1. Brandt K, Oduya P. Layered ice in polar cores. J Glaciol Res. 2018;41(2):77-89.\n");
        List<String> persons = mentions(x, EntityType.PERSON);
        // the patterns read "Oduya P. Layered" as one person and missed "Brandt K"
        assertTrue(persons.contains("Brandt K"), persons::toString);
        assertTrue(persons.contains("Oduya P."), persons::toString);
        assertEquals(2, persons.size(), persons::toString);
        assertEquals(List.of("J Glaciol Res."), mentions(x, EntityType.OTHER));
    }

    @Test
    void theEditorsOfAnEntryArePersonsToo() {
        Extraction x = EXTRACTOR.extract("Harbour studies began with two collections [1, 2].\n\nReferences\n\n"
                + "1. Lund, P. (2011). Quiet tides. In K. Berg & M. Holm (Eds.), Handbook of Quiet Seas (pp. 12-40). "
                + "Bergen: Harbour Press.\n"
                + "2. Falk, A. (Ed.). (1997). Quiet harbours: A reader. Oslo: Fjord Press.\n");
        List<String> persons = mentions(x, EntityType.PERSON);
        // the editors after the authors were dropped with the patterns' names past the authors
        assertEquals(List.of("Lund, P.", "K. Berg", "M. Holm", "Falk, A."), persons);
    }

    @Test
    void anAbbreviatedJournalOfAnEntryIsNoPerson() {
        Extraction x = EXTRACTOR.extract("Earlier work [1].\n\nReferences\n"
                + "1. Holm, T. Drying of thin films. J. Coating Sci. 480, 228813 (2020).\n");
        List<String> persons = mentions(x, EntityType.PERSON);
        assertEquals(List.of("Holm, T."), persons); // "J. Coating Sci." was a person ("J." an initial)
        assertEquals(List.of("J. Coating Sci."), mentions(x, EntityType.OTHER));
    }

    @Test
    void anEntryWithAFamilyNameOfTwoWordsGivesItsPersonsAndItsJournal() {
        Extraction x = EXTRACTOR.extract("Succession is well studied (Holm and Ona Bergqvist, 2012).\n\nReferences\n\n"
                + "Holm, T., & Ona Bergqvist, K. (2012). Grazers in shallow lakes. Annual Review of Limnology and "
                + "Wetlands, 43, 429-448.\n");
        List<String> persons = mentions(x, EntityType.PERSON);
        // "Ona Bergqvist, K." was split into two authors, the entry's persons were lost and "Annual Review" became one
        assertTrue(persons.contains("Holm, T."), persons::toString);
        assertTrue(persons.contains("Ona Bergqvist, K."), persons::toString);
        assertFalse(persons.contains("Annual Review"), persons::toString);
        assertEquals(List.of("Annual Review of Limnology and Wetlands"), mentions(x, EntityType.OTHER));
    }

    @Test
    void aBoxOrStreetNumberBeforeAPostcodeIsNoJournalVolume() {
        Extraction x = EXTRACTOR.extract("Dept. of Physics, Quarry University, Box 118, 221 00 Lund, Sweden\n"
                + "Institute of Ice, Hafenweg 25, 6020 Innsbruck, Austria\n\nWe thank everyone.");
        List<String> other = mentions(x, EntityType.OTHER);
        assertFalse(other.contains("Box"), other::toString);
        assertFalse(other.contains("Hafenweg"), other::toString);
        // a citation keeps its journal: pages are followed by a dash or a parenthesis, not by a city
        Extraction c = EXTRACTOR.extract("Dendrites grow fast (K. Moss et al. Nature 612, 45-50; 2022).");
        assertEquals(List.of("Nature"), mentions(c, EntityType.OTHER));
    }

    @Test
    void aNotesSectionGivesItsCitedAuthorsAndTheirShortFormsLater() {
        Extraction x = EXTRACTOR.extract("The harbour guilds declined after 1850.\n\nNotes\n\n"
                + "1. Karin Ostmeyer, Quiet Harbours and Trade (London: Quarry Press, 1961), 45.\n"
                + "2. Ibid., 60.\n"
                + "3. Ostmeyer, Quiet Harbours, 112-15.\n");
        assertEquals(1, x.references().size(), x.references()::toString);
        List<Mention> persons = x.mentions().stream().filter(m -> m.type() == EntityType.PERSON).toList();
        // the note's author, and the short form of a later note (the surname after the note's number)
        assertEquals(List.of("Karin Ostmeyer", "Ostmeyer"), persons.stream().map(Mention::text).toList(), x.mentions()::toString);
    }

    @Test
    void surnamesOfTheListAreFoundInAuthorYearCitations() {
        Extraction x = EXTRACTOR.extract("Counts agree (Quist & Marlowe, 2017) though effort varies (Tembo et al., 2021)."
                + " Quist and Marlowe (2017) showed more. Green algae bloomed.\n\nReferences\n\n"
                + "Quist, A., & Marlowe, P. (2017). Shore counts compared. Marine Policy, 84, 112-120.\n\n"
                + "Tembo, C. N. (2021). Seasonal effort. Ocean Management, 203, 105467.\n\n"
                + "Green, H. (2015). Algae. Ocean Management, 190, 1-9.\n");
        List<Mention> quist = x.mentions().stream().filter(m -> m.text().equals("Quist")).toList();
        assertEquals(2, quist.size(), x.mentions()::toString);
        assertEquals(EntityType.PERSON, quist.get(0).type());
        // one entity with the list's form of the name
        String key = x.mentions().stream().filter(m -> m.text().equals("Quist, A.")).findFirst().orElseThrow().entityKey();
        assertEquals(key, quist.get(0).entityKey());
        assertEquals(2, x.mentions().stream().filter(m -> m.text().equals("Marlowe")).count());
        assertEquals(1, x.mentions().stream().filter(m -> m.text().equals("Tembo")).count());
        // a family name of the list used as a word, not cited ("Green algae"), is no person
        assertEquals(List.of("Green, H."), x.mentions().stream().filter(m -> m.text().startsWith("Green")).map(Mention::text).toList());
    }
}
