package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entity bugs listed by the helper who wrote invented documents of new kinds (twelfth session, 7 Dec 2026), each read
 * from a sentence invented here: people, companies and small bodies are invented, towns, countries and the large
 * research facilities of the base are real.
 */
class EntityBugListTest {
    private static List<String> of(String text, EntityType type) {
        return MentionTexts.of(text, type);
    }

    @Test
    void aJournalNamedWithItsSocietyIsOneJournal() {
        String text = "A note appeared in the Botanical Journal of the Orkney Field Society in spring.";
        assertEquals(List.of("Botanical Journal of the Orkney Field Society"), of(text, EntityType.OTHER));
        assertTrue(of(text, EntityType.ORGANIZATION).isEmpty(), () -> of(text, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aTownEndingInAHeadWordInAnAddressIsAPlace() {
        String text = "Scores were computed in Tallyx (Tallyx Inc., College Station, TX, USA) and checked by hand.";
        assertTrue(of(text, EntityType.LOCATION).contains("College Station"), () -> of(text, EntityType.LOCATION).toString());
        assertTrue(of(text, EntityType.FACILITY).isEmpty(), () -> of(text, EntityType.FACILITY).toString());
        String code = "Maps were drawn with Gridwell (Gridwell Labs, College Station, TX).";
        assertTrue(of(code, EntityType.LOCATION).contains("College Station"), () -> of(code, EntityType.LOCATION).toString());
    }

    @Test
    void aTownInParenthesesInTheBodysOwnCountryIsWhereItStands() {
        String base = "Blood samples were shipped to Erasmus MC (Rotterdam) for sequencing.";
        assertTrue(of(base, EntityType.LOCATION).contains("Rotterdam"), () -> of(base, EntityType.LOCATION).toString());
        assertFalse(of(base, EntityType.ORGANIZATION).contains("Rotterdam"), () -> of(base, EntityType.ORGANIZATION).toString());
        String demonym = "The Norwegian Fjord Ecology Institute (Trondheim) lent two boats.";
        assertTrue(of(demonym, EntityType.LOCATION).contains("Trondheim"), () -> of(demonym, EntityType.LOCATION).toString());
        // a town of another country stays a possible short name: Syke is a German town
        String shortName = "The Finnish Peat Institute (Syke) lent two boats.";
        assertTrue(of(shortName, EntityType.ORGANIZATION).contains("Syke"), () -> of(shortName, EntityType.ORGANIZATION).toString());
    }

    @Test
    void wordsAfterAndBeforeAUnitWordNameTheUnitNotTheBody() {
        String text = "She works at the TARVOS Institute and KELMIR Department of the university.";
        assertEquals(List.of("TARVOS Institute"), of(text, EntityType.ORGANIZATION));
        String group = "He joined the Orrin Institute and Kessa Plasma Group in 2020.";
        assertEquals(List.of("Orrin Institute"), of(group, EntityType.ORGANIZATION));
    }

    @Test
    void theRomanceEnBeforeAPlaceEndsTheName() {
        String text = "She studied at the Universitat Tarvia Nova en Barcelona before moving.";
        assertEquals(List.of("Universitat Tarvia Nova"), of(text, EntityType.ORGANIZATION));
        assertTrue(of(text, EntityType.LOCATION).contains("Barcelona"), () -> of(text, EntityType.LOCATION).toString());
    }

    @Test
    void catalanAndSpanishDoubleSurnamesAreOneName() {
        String text = "Anna Ferrer i Mas and Joan Roca i Vila signed the letter.";
        assertEquals(List.of("Anna Ferrer i Mas", "Joan Roca i Vila"), of(text, EntityType.PERSON));
        // a given name after the "i" begins another person
        assertFalse(of("The prize went to Pau Vidal i Marta Soler last year.", EntityType.PERSON)
                .contains("Pau Vidal i Marta"));
    }

    @Test
    void gammaRayNeutrinoAndXRayObservatoriesOfTheBaseAreFacilities() {
        String text = "The flare of the Kessa blazar was seen by MAGIC, VERITAS and H.E.S.S., while NuSTAR, ANTARES and"
                + " KM3NeT looked for X-rays and neutrinos.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("MAGIC", "VERITAS", "H.E.S.S.", "NuSTAR", "ANTARES", "KM3NeT")), f::toString);
        String site = "Two of the telescopes stand at the Observatorio del Roque de los Muchachos, and the data go to the"
                + " Port d'Informació Científica; a third detector was built at the South Pole.";
        assertTrue(of(site, EntityType.FACILITY).contains("Observatorio del Roque de los Muchachos"),
                () -> of(site, EntityType.FACILITY).toString());
        assertTrue(of(site, EntityType.ORGANIZATION).contains("Port d'Informació Científica"),
                () -> of(site, EntityType.ORGANIZATION).toString());
        assertTrue(of(site, EntityType.LOCATION).contains("South Pole"), () -> of(site, EntityType.LOCATION).toString());
        // the base's names are read as written: the common word and the star are no facilities
        assertTrue(of("The magic of Antares lies in its red colour.", EntityType.FACILITY).isEmpty());
    }

    @Test
    void romanceProtectedAreasMountainsAndTheNewSchool() {
        String text = "Ibex came back to the Parque Nacional de Sierra Tarvia, to the Pirineos and to the Alpes.";
        List<String> l = of(text, EntityType.LOCATION);
        assertTrue(l.containsAll(List.of("Parque Nacional de Sierra Tarvia", "Pirineos", "Alpes")), l::toString);
        String fr = "Les chamois vivent dans le Parc Naturel Régional du Kessarois depuis 1990.";
        assertTrue(of(fr, EntityType.LOCATION).contains("Parc Naturel Régional du Kessarois"),
                () -> of(fr, EntityType.LOCATION).toString());
        String school = "Mira Orrin teaches design at The New School in New York.";
        assertTrue(of(school, EntityType.ORGANIZATION).contains("The New School"),
                () -> of(school, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aStreetAfterOnIsWhereTheBodyStandsNotPartOfItsName() {
        String text = "The masks were returned to the Kessa Museum on the Steenstraat in Leiden.";
        assertEquals(List.of("Kessa Museum"), of(text, EntityType.ORGANIZATION));
        assertTrue(of(text, EntityType.LOCATION).contains("Steenstraat"), () -> of(text, EntityType.LOCATION).toString());
        String gasse = "Letters went to the Orrin Institute on Lindengasse last week.";
        assertEquals(List.of("Orrin Institute"), of(gasse, EntityType.ORGANIZATION));
    }

    @Test
    void aNationalArchiveNamedWithAPlaceIsAnOrganisation() {
        String text = "The charter is kept in the Torre do Tombo National Archive in Lisbon.";
        assertTrue(of(text, EntityType.ORGANIZATION).contains("Torre do Tombo National Archive"),
                () -> of(text, EntityType.ORGANIZATION).toString());
        assertTrue(of("The Orrin State Archive lent the maps.", EntityType.ORGANIZATION).contains("Orrin State Archive"));
        // a data archive used as a service stays OTHER
        assertTrue(of("Files are in the Kessa Social Science Data Archive online.", EntityType.OTHER)
                .contains("Kessa Social Science Data Archive"));
    }

    @Test
    void aPlacesNameBeforeANounOfObjectsNamesTheObjects() {
        assertTrue(of("The Benin Bronzes were taken in 1897 and are now claimed back.", EntityType.LOCATION).isEmpty());
        String text = "The Panama Papers named many firms; Greece wants the marbles back.";
        assertEquals(List.of("Greece"), of(text, EntityType.LOCATION));
    }

    @Test
    void anAcronymWordsAndACountryAreOneName() {
        String text = "Funding came from KESTA Microbiome Ireland and the university.";
        assertEquals(List.of("KESTA Microbiome Ireland"), of(text, EntityType.ORGANIZATION));
        assertTrue(of(text, EntityType.LOCATION).isEmpty(), () -> of(text, EntityType.LOCATION).toString());
        // the acronym alone before a country is no such name
        assertFalse(of("The beamline at TARVO in Sweden opened.", EntityType.ORGANIZATION).contains("TARVO in Sweden"));
    }

    @Test
    void aPluralHeadJoinedByAndToOneMoreWordAndAHeadIsOneBody() {
        String text = "The letters are held by the Kessa Valley Archives and Records Service in town.";
        assertEquals(List.of("Kessa Valley Archives and Records Service"), of(text, EntityType.ORGANIZATION));
        // a singular head ends a name of its own
        assertEquals(List.of("Tarvia University", "Orrin Hospital"),
                of("Tarvia University and Orrin Hospital signed.", EntityType.ORGANIZATION));
    }
}
