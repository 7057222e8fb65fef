package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names of kinds found in a history article's acknowledgements and notes, a conference paper's front matter and a
 * field study's methods: libraries, archives and museums, named datasets and inventories, field stations, national
 * parks and regions. Every text is invented (other names than the development documents').
 */
class OtherKindTest {
    @Test
    void librariesArchivesAndMuseumsAreOrganisations() {
        String text = "I worked in the Marston Public Library, the Archivio Comunale di Lucca and the Biblioteca "
                + "Estense Universitaria, and saw the maps of the Museo Civico di Pavia.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Marston Public Library", "Archivio Comunale di Lucca",
                "Biblioteca Estense Universitaria", "Museo Civico di Pavia")), orgs::toString);
    }

    @Test
    void namedDatasetsAndInventoriesAreOtherWithTheirAcronyms() {
        String text = "Images come from the Coastal Sonar Images Dataset (CSID) and lake outlines from the "
                + "Norwegian Lake Inventory, which the Nordic Hydrology Institute maintains.";
        List<String> other = MentionTexts.of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Coastal Sonar Images Dataset", "CSID", "Norwegian Lake Inventory")),
                other::toString);
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertFalse(orgs.contains("CSID"), orgs::toString);
        assertTrue(orgs.contains("Nordic Hydrology Institute"), orgs::toString);
    }

    @Test
    void researchAndFieldStationsAreFacilitiesNotStreets() {
        String text = "Samples were kept at the Birch Creek Field Station and at the Svalbard Research Station "
                + "before shipping to 12 Station Road, Leeds.";
        List<String> fac = MentionTexts.of(text, EntityType.FACILITY);
        assertTrue(fac.containsAll(List.of("Birch Creek Field Station", "Svalbard Research Station")),
                fac::toString);
        assertFalse(fac.stream().anyMatch(f -> f.contains("Road")), fac::toString);
    }

    @Test
    void protectedAreasRegionsAndIcefieldsArePlaces() {
        String text = "Plots were laid out in Corvo Ridge National Park, in the Lunsar Nature Reserve and below the "
                + "Tarvik Icefield in the Ostrava Lowland Region, far from the Delmont Science Park.";
        List<String> loc = MentionTexts.of(text, EntityType.LOCATION);
        assertTrue(loc.containsAll(List.of("Corvo Ridge National Park", "Lunsar Nature Reserve", "Tarvik Icefield",
                "Ostrava Lowland Region")), loc::toString);
        assertFalse(loc.stream().anyMatch(l -> l.contains("Science Park")), loc::toString);
    }

    @Test
    void gulfsAndStraitsOfANameAndSpanishRiversArePlaces() {
        String text = "The transect crossed the Gulf of Tarsa and the Strait of Kerwin before reaching the mouth of "
                + "the Río Tulma.";
        List<String> loc = MentionTexts.of(text, EntityType.LOCATION);
        assertTrue(loc.containsAll(List.of("Gulf of Tarsa", "Strait of Kerwin", "Río Tulma")), loc::toString);
    }

    @Test
    void aNameBeforeDatasetCorpusOrBenchmarkIsOther() {
        String text = "We trained on the KORVA dataset and the Tallsound corpus and report scores on the MERLOT "
                + "benchmark.";
        List<String> other = MentionTexts.of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("KORVA", "Tallsound", "MERLOT")), other::toString);
    }

    @Test
    void aNameEndsBeforeAndWithAPreposition() {
        String text = "The prints are reproduced by permission of the Marlow Museum and of the Vesterby Collection; "
                + "runs were made at the Ostend Computing Centre and on Kraken.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Marlow Museum", "Ostend Computing Centre")), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains(" and ")), orgs::toString);
    }

    @Test
    void governmentOfficesAreOrganisationsButNotAHeadOffice() {
        String text = "Permits came from the Federal Office of Coastal Affairs (FOCA) and the Office for Upland "
                + "Waters, and letters were sent to the Kestrel Head Office.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Federal Office of Coastal Affairs", "FOCA", "Office for Upland Waters")),
                orgs::toString);
        assertFalse(orgs.contains("Kestrel Head Office"), orgs::toString);
    }

    @Test
    void romanceMinistriesServicesAndDirectoratesAreOrganisations() {
        String text = "Fishing permits were issued by the Ministerio de Pesca y Acuicultura, the Dirección General de "
                + "Puertos and the Servizio Idrografico Regionale.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Ministerio de Pesca y Acuicultura", "Dirección General de Puertos",
                "Servizio Idrografico Regionale")), orgs::toString);
    }

    @Test
    void largeNaturalRegionsAndACompassWordBeforeThemArePlaces() {
        String text = "Pollen cores from the Sahel, Siberia and Anatolia were compared with those of the Southern "
                + "Andes.";
        List<String> loc = MentionTexts.of(text, EntityType.LOCATION);
        assertTrue(loc.containsAll(List.of("Sahel", "Siberia", "Anatolia", "Southern Andes")), loc::toString);
        assertFalse(loc.contains("Andes"), loc::toString);
    }

    @Test
    void aStreetNamedAfterAPersonIsNoPerson() {
        String text = "Kestrel Labs, 4 rue Paul Verlet, 75013 Paris, France; Marlow Clinic, Dr Ida Marlow Road, "
                + "Pune 411001, India. We thank Tomas Ekdal.";
        List<String> persons = MentionTexts.of(text, EntityType.PERSON);
        assertTrue(persons.contains("Tomas Ekdal"), persons::toString);
        assertFalse(persons.stream().anyMatch(p -> p.contains("Verlet") || p.contains("Marlow")), persons::toString);
    }

    @Test
    void aProgrammeAfterItsOrTheirIsOther() {
        String text = "The agency supported the work through its Velox programme.";
        List<String> other = MentionTexts.of(text, EntityType.OTHER);
        assertTrue(other.contains("Velox"), other::toString);
    }

    @Test
    void weatherServicesAndCanadianDepartmentsAreOrganisations() {
        String text = "Rainfall came from Deutscher Wetterdienst and KNMI stations; samples were screened by Health "
                + "Canada and Fisheries and Oceans Canada.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Deutscher Wetterdienst", "KNMI", "Health Canada",
                "Fisheries and Oceans Canada")), orgs::toString);
    }

    @Test
    void englishNamesOfEuropeanCitiesArePlaces() {
        String text = "The cloth went from Ghent and Bruges to Nuremberg and Mantua.";
        List<String> loc = MentionTexts.of(text, EntityType.LOCATION);
        assertTrue(loc.containsAll(List.of("Ghent", "Bruges", "Nuremberg", "Mantua")), loc::toString);
    }

    @Test
    void aJointUndertakingIsAnOrganisation() {
        String text = "Funding came from the Clean Hydrogen Joint Undertaking.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("Clean Hydrogen Joint Undertaking"), orgs::toString);
    }

    @Test
    void aNameBeforeProjectOrInitiativeIsOther() {
        String text = "The letters were transcribed by the Coastal Memory project.";
        List<String> other = MentionTexts.of(text, EntityType.OTHER);
        assertTrue(other.contains("Coastal Memory"), other::toString);
    }

    @Test
    void aVesselsNameGoesOnOverAParticle() {
        String text = "Cores were taken from the research vessel Almirante da Costa in the Tarsa Basin.";
        List<String> fac = MentionTexts.of(text, EntityType.FACILITY);
        assertTrue(fac.contains("Almirante da Costa"), fac::toString);
        assertFalse(fac.contains("Almirante"), fac::toString);
    }

    @Test
    void campusesResearchInstitutesAndSupercomputingCentresOfTheBase() {
        String text = "Samples were shared with the University of California, Santa Cruz and Empa; simulations ran at "
                + "HLRS.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("University of California, Santa Cruz", "Empa", "HLRS")), orgs::toString);
        assertFalse(orgs.contains("University of California"), orgs::toString);
    }
}
