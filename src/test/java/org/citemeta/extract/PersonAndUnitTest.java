package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People named in acknowledgements and with given names of many cultures, committees that are no people, hyphenated
 * surnames written again, and organisations named with a unit or a parent ("X Center of the University of Y",
 * "Makerere University College of ...", "Banco de ..."). Every text is invented.
 */
class PersonAndUnitTest {
    @Test
    void theNamesAnAcknowledgementThanksArePeople() {
        List<String> people = MentionTexts.of("We thank Ngozi Adeyemi, Tomasz Wrona and Ilse Verbeke for comments, "
                + "and thanks to Oskar Lindqvist and the staff of the archive.", EntityType.PERSON);
        assertTrue(people.containsAll(List.of("Ngozi Adeyemi", "Tomasz Wrona", "Ilse Verbeke", "Oskar Lindqvist")),
                people::toString);
    }

    @Test
    void aGivenNameOfAnotherCultureBeforeASurnameIsAPerson() {
        // neither name is in the hand-written list; both are in the generated one, and nothing else marks them
        List<String> people = MentionTexts.of("The maps were drawn by the team, and Nomvula Dlamini checked every "
                + "sheet while Farida Haque measured the plots.", EntityType.PERSON);
        assertTrue(people.containsAll(List.of("Nomvula Dlamini", "Farida Haque")), people::toString);
    }

    @Test
    void committeesAndDirectoratesAreNoPeople() {
        String text = "The protocol was approved by the Human Research Ethics Committee of the University of Tarvo. "
                + "(2) Directorate General of Planning and Statistics, Central Bank of Lorvia, Velm";
        assertEquals(List.of(), MentionTexts.of(text, EntityType.PERSON));
    }

    @Test
    void aHyphenatedSurnameWrittenAgainIsTheWholeSurname() {
        List<String> people = MentionTexts.of("Javier Pereira-Lopes wrote the code. Later, Pereira-Lopes and the "
                + "referees agreed.", EntityType.PERSON);
        assertTrue(people.contains("Pereira-Lopes"), people::toString);
        assertFalse(people.contains("Lopes"), people::toString);
    }

    @Test
    void aUnitOfTheParentIsTwoNames() {
        List<String> orgs = MentionTexts.of("Estimates come from the Coastal Hazards Center of the University of "
                + "California, Santa Barbara, and from the Fogarty Policy Center of the National Institutes of Health.",
                EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Coastal Hazards Center", "University of California, Santa Barbara",
                "Fogarty Policy Center", "National Institutes of Health")), orgs::toString);
        assertTrue(MentionTexts.of("The Hospital of the University of Pennsylvania took part.", EntityType.ORGANIZATION)
                .contains("Hospital of the University of Pennsylvania"), "a one-word unit is no name of its own");
    }

    @Test
    void aUniversityWithOneOfItsCollegesIsTheUniversity() {
        List<String> orgs = MentionTexts.of("Samples went to the University of Dar es Salaam and Makerere University "
                + "College of Health Sciences in Kampala, and to University College London.", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("University of Dar es Salaam", "Makerere University",
                "University College London")), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Health Sciences")), orgs::toString);
    }

    @Test
    void aBankInARomanceLanguageIsAnOrganisation() {
        List<String> orgs = MentionTexts.of("Data were shared by the Banco de Portugal and the Banque de France; "
                + "the Banca d'Italia declined.", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Banco de Portugal", "Banque de France", "Banca d'Italia")),
                orgs::toString);
    }

    @Test
    void namesWithAnAmpersandAreKnown() {
        List<String> orgs = MentionTexts.of("Funded by the Foreign, Commonwealth & Development Office (FCDO) and the "
                + "London School of Hygiene & Tropical Medicine.", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Foreign, Commonwealth & Development Office", "FCDO",
                "London School of Hygiene & Tropical Medicine")), orgs::toString);
    }

    @Test
    void aNationalObservatoryIsAnOrganisationAndASiteAFacility() {
        String text = "Radio data came from the Kenyan Radio Astronomy Observatory and the National Solar Observatories, "
                + "and optical data from Paranal Observatory.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Kenyan Radio Astronomy Observatory", "National Solar Observatories")),
                orgs::toString);
        assertEquals(List.of("Paranal Observatory"), MentionTexts.of(text, EntityType.FACILITY));
    }

    @Test
    void aTelescopeAfterItsSizeAndAProbeAreFacilities() {
        List<String> facilities = MentionTexts.of("We imaged it with the 1-m Kestrel telescope; the Tarvo Probe (TP) "
                + "is a mission of the agency.", EntityType.FACILITY);
        assertTrue(facilities.containsAll(List.of("Kestrel", "Tarvo Probe", "TP")), facilities::toString);
    }

    @Test
    void aClauseAfterAPlaceIsNoRoleOfAPerson() {
        String text = "The cores were landed at Las Palmas de Gran Canaria, then shipped from Vigo to the laboratory. "
                + "Maria Delgado, a physicist at the University of Vigo, led the work.";
        assertEquals(List.of("Maria Delgado"), MentionTexts.of(text, EntityType.PERSON));
    }
}
