package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names of kinds found in data-availability statements, multi-centre affiliation lists and mission news: named
 * surveys, studies, registries and databases (OTHER), and the organisations around them. Every text is invented.
 */
class NewKindTest {
    @Test
    void namedSurveysStudiesAndRegistriesAreOther() {
        String text = "We used the Uganda National Panel Survey (UNPS), the Tromsø Heart Study and the Norwegian "
                + "Prescription Database, and linked deaths through the Finnish Cancer Registry. Maps came from the "
                + "British Geological Survey and the Institute for Advanced Study hosted the workshop.";
        List<String> other = MentionTexts.of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Uganda National Panel Survey", "UNPS", "Tromsø Heart Study",
                "Norwegian Prescription Database", "Finnish Cancer Registry")), other::toString);
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("British Geological Survey", "Institute for Advanced Study")),
                orgs::toString);
        assertFalse(orgs.contains("Uganda National Panel Survey"), orgs::toString);
    }

    @Test
    void anAcronymDefinedInTheTextTakesTheTypeOfItsLongForm() {
        // "(ACR, grant ...)" defines the acronym as "(ACR)" does; "EIC" is a collider in the base, a council here
        String text = "Support came from the Lisbon Marine Science Fund (LMSF, grant 2023-117) and from the European "
                + "Innovation Council (EIC). Later calls of the EIC were open to start-ups.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Lisbon Marine Science Fund", "LMSF", "European Innovation Council",
                "EIC")), orgs::toString);
        assertFalse(MentionTexts.of(text, EntityType.FACILITY).contains("EIC"));
        assertFalse(orgs.contains("UK"), orgs::toString);
        assertTrue(MentionTexts.of("Samples were shipped from the Royal Botanic Gardens (UK, 2019).", EntityType.LOCATION)
                .contains("UK"));
    }

    @Test
    void companiesWithALegalFormAreOrganisationsThatEndThere() {
        String text = "The detectors were built by Kestrel Optics AG and Harbourline Sensors LLC, and two engineers "
                + "of Nordvik Photonics PLC and Tallinn Labs joined the test.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Kestrel Optics AG", "Harbourline Sensors LLC", "Nordvik Photonics PLC")),
                orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains(" and ")), orgs::toString);
    }

    @Test
    void anAffiliationLineNamesAnOrganisationWithoutAHeadWordBeforeTheStreet() {
        String text = "Optical coherence tomography of the retina in field clinics\n\n"
                + "Mira Falk1, Tobias Lund2\n\n"
                + "1 Department of Optics, Nordlys Photonics, Fjordgata 12, 7010 Trondheim, Norway\n"
                + "2 Ostara Devices, Harbour Road 5, 8001 Zurich, Switzerland\n"
                + "3 Clinic of Eye Diseases, Marsh Lane, Riverside Drive 40, Leeds LS2 9JT, UK\n";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Nordlys Photonics", "Ostara Devices")), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Department") || o.contains("Lane")), orgs::toString);
    }

    @Test
    void instrumentsAreFacilities() {
        String text = "The orbiter carries the Wide Angle Polar Camera (WAPC), the Lunar Mineral Imager and a "
                + "Deep Ice Radar; its ground support includes the Telescopio Nazionale Galileo and the Andean "
                + "Echelle Spectrograph.";
        List<String> fac = MentionTexts.of(text, EntityType.FACILITY);
        assertTrue(fac.containsAll(List.of("Wide Angle Polar Camera", "WAPC", "Lunar Mineral Imager",
                "Deep Ice Radar", "Telescopio Nazionale Galileo", "Andean Echelle Spectrograph")), fac::toString);
    }

    @Test
    void dataAndInformationSystemsAreOther() {
        String text = "Deaths were taken from the Andean Vital Statistics Information System (AVSIS) and the maps "
                + "from the Lunar Orbital Data System. The Goldstone Solar System Radar tracked the probe.";
        List<String> other = MentionTexts.of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Andean Vital Statistics Information System", "AVSIS",
                "Lunar Orbital Data System")), other::toString);
        assertFalse(MentionTexts.of(text, EntityType.ORGANIZATION).contains("AVSIS"));
        assertFalse(other.stream().anyMatch(o -> o.contains("Solar")), other::toString);
    }

    @Test
    void aStreetBeforeAKnownPlaceIsNoPlace() {
        String text = "Samples were stored at the Marlow Clinic, Kettering Avenue, Nairobi, Kenya, and at the depot "
                + "in Thika, Kenya.";
        List<String> loc = MentionTexts.of(text, EntityType.LOCATION);
        assertFalse(loc.contains("Kettering Avenue"), loc::toString);
        assertTrue(loc.containsAll(List.of("Nairobi", "Kenya")), loc::toString);
    }

    @Test
    void anAcronymDefinedBeforeAFacilityNounIsAFacility() {
        String text = "The probe follows the Lunar Ice Cube Explorer (LICE) mission, and the Coastal Carbon "
                + "Monitoring Network (CCMN) shares its data.";
        List<String> fac = MentionTexts.of(text, EntityType.FACILITY);
        assertTrue(fac.containsAll(List.of("Lunar Ice Cube Explorer", "LICE")), fac::toString);
        assertFalse(fac.contains("CCMN"), fac::toString);
    }

    @Test
    void aNameBeforeAProgrammeOrDataNounIsOther() {
        String text = "The trial was listed in the PROSPERA registry and funded by the Kestrel Pathfinder programme; "
                + "we compared it with the German cohort and the NASA archive.";
        List<String> other = MentionTexts.of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("PROSPERA", "Kestrel Pathfinder")), other::toString);
        assertFalse(other.contains("German") || other.contains("NASA"), other::toString);
    }
}
