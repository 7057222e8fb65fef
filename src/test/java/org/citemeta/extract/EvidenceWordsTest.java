package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names found by the words around them in methods sections, press releases and survey reports ({@link EvidenceWords}).
 * Every text and every name in it is invented (the places are real).
 */
class EvidenceWordsTest {
    private static List<String> of(String text, EntityType type) {
        return MentionTexts.of(text, type);
    }

    @Test
    void aSupplierGivenWithItsAddressIsAnOrganisation() {
        String text = "Antibodies were bought from Veltmark Biologicals (Leiden, Netherlands) and the medium from "
                + "New Vale Biosciences (Uppsala, Sweden). Signals were recorded with a hydrophone HX40 (Trondvik "
                + "Acoustics, Trondheim, Norway) and with a sonar (Skarvik Sonics, Bergen, Norway).";
        List<String> orgs = of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Veltmark Biologicals", "New Vale Biosciences", "Trondvik Acoustics",
                "Skarvik Sonics")), orgs::toString);
    }

    @Test
    void aPersonOrAPlaceWithAnAddressIsNoSupplier() {
        String text = "The isolate came from Marta Ilves (Tartu, Estonia) and the soil from Leiden (Netherlands).";
        List<String> orgs = of(text, EntityType.ORGANIZATION);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Marta") || o.contains("Leiden")), orgs::toString);
    }

    @Test
    void banksChannelsAndHeadlandsAfterAPrepositionOfPlaceArePlaces() {
        String text = "Herring were found on the Kestrel Bank and near the Orla Banks, and sprat in St Brendan's "
                + "Channel; a storm off Carrow Head stopped the work.";
        List<String> places = of(text, EntityType.LOCATION);
        assertTrue(places.containsAll(List.of("Kestrel Bank", "Orla Banks", "St Brendan's Channel", "Carrow Head")),
                places::toString);
    }

    @Test
    void aBankThatLendsOrKeepsDataIsNoPlace() {
        String text = "The study took a loan from the World Bank and deposited the structures in the Protein Data "
                + "Bank; the team met on the Velder Data Bank.";
        List<String> places = of(text, EntityType.LOCATION);
        assertFalse(places.stream().anyMatch(p -> p.contains("Bank")), places::toString);
    }

    @Test
    void aShipAfterItsPrefixIsAFacilityWithoutThePrefix() {
        String text = "The survey was run on board RV Morgan Tide, and the moorings were laid by RRS Halcyon Star.";
        List<String> facilities = of(text, EntityType.FACILITY);
        assertTrue(facilities.containsAll(List.of("Morgan Tide", "Halcyon Star")), facilities::toString);
    }

    @Test
    void countyBeforeItsNameAndCompanyAfterItsName() {
        String text = "Water was sampled along the coast of County Leitrim, and the valves came from Brannock Valve "
                + "Company. The County Council paid for the boats.";
        assertTrue(of(text, EntityType.LOCATION).contains("County Leitrim"), () -> of(text, EntityType.LOCATION).toString());
        assertFalse(of(text, EntityType.LOCATION).stream().anyMatch(p -> p.contains("Council")));
        assertTrue(of(text, EntityType.ORGANIZATION).contains("Brannock Valve Company"),
                () -> of(text, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aNameWhoseWordsAreAListIsOneName() {
        String text = "The work was funded by the Nordic Coastal, Fisheries and Lakes Agency and by the Ministry of "
                + "Oceans, Ports and Universities.";
        List<String> orgs = of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.contains("Nordic Coastal, Fisheries and Lakes Agency"), orgs::toString);
        assertTrue(orgs.contains("Ministry of Oceans, Ports and Universities"), orgs::toString);
    }

    @Test
    void aPlaceBeginningWithNewInsideAName() {
        String text = "Students of Eastern New Mexico Polytechnic College and of the Academy of New Mexico took part.";
        List<String> orgs = of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Eastern New Mexico Polytechnic College", "Academy of New Mexico")),
                orgs::toString);
    }

    @Test
    void aNameWithAHeadWordInsideBeforeProgramIsAProgramme() {
        String text = "Two students came through the Coastal Laboratory Exchange Fellowships program, and the "
                + "Halvard Foundation program paid for the rest.";
        assertTrue(of(text, EntityType.OTHER).contains("Coastal Laboratory Exchange Fellowships"),
                () -> of(text, EntityType.OTHER).toString());
        assertTrue(of(text, EntityType.ORGANIZATION).contains("Halvard Foundation"),
                () -> of(text, EntityType.ORGANIZATION).toString());
    }

    @Test
    void aSurnameIsReadWholeAcrossItsHyphens() {
        String text = "\"It works,\" said Selma Vandenhove-Quist, an engineer at the institute. Vandenhove-Quist added "
                + "that it worked well.";
        List<String> persons = of(text, EntityType.PERSON);
        assertTrue(persons.contains("Vandenhove-Quist"), persons::toString);
        assertFalse(persons.contains("Quist"), persons::toString);
    }
}
