package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Software, services, events, research infrastructures, venues and spacecraft named by the words around them
 * ({@link ToolAndInfrastructureNames}). Every text and every name in it is invented (the places and the short names of
 * well-known agencies are real).
 */
class ToolAndInfrastructureNamesTest {
    private static List<String> of(String text, EntityType type) {
        return MentionTexts.of(text, type);
    }

    @Test
    void eventsNamedByTheirHeadWordAreOther() {
        String text = "The start-up won the pitch contest at the Velmora Tech Summit. The pavilion was built for the "
                + "1931 Kestrel Colonial Exhibition and used again for Expo '31.";
        List<String> o = of(text, EntityType.OTHER);
        assertTrue(o.containsAll(List.of("Velmora Tech Summit", "Kestrel Colonial Exhibition", "Expo '31")),
                o::toString);
    }

    @Test
    void aHallOrAHouseWhereAMeetingIsHeldIsAFacility() {
        String text = "The guild held its yearly meeting at the Ostrand Hall, and the winners will speak at the "
                + "discussion meetings at Pellin House in Kessel.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Ostrand Hall", "Pellin House")), f::toString);
    }

    @Test
    void spacecraftNamedInAppositionAreFacilities() {
        String text = "Two cubesats, Brisa and Halvo, travel with the probe to the asteroid.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Brisa", "Halvo")), f::toString);
    }

    @Test
    void toolsAfterAVerbOfWorkingWithThemAreOther() {
        String text = "The pass is implemented in Kestrel ML and compared against Orvo Runtime and FastKest. Echograms "
                + "were scrutinised with Sonarquill. Packages are distributed through PyPI and velmo-forge, and the "
                + "manual is hosted on Pages of Kest.";
        List<String> o = of(text, EntityType.OTHER);
        assertTrue(o.containsAll(List.of("Kestrel ML", "Orvo Runtime", "FastKest", "Sonarquill", "velmo-forge",
                "Pages of Kest")), o::toString);
    }

    @Test
    void anAdjectiveAfterAToolVerbIsNoTool() {
        String text = "The peaks were fitted with Gaussian functions and processed with Fourier filters.";
        List<String> o = of(text, EntityType.OTHER);
        assertFalse(o.contains("Gaussian") || o.contains("Fourier"), o::toString);
    }

    @Test
    void librariesOfAProgrammingLanguageAreOtherButNotTheLanguage() {
        String text = "The code is written in Python with tidekit and gridpy, and it runs every night.";
        List<String> o = of(text, EntityType.OTHER);
        assertTrue(o.containsAll(List.of("tidekit", "gridpy")), o::toString);
        assertFalse(o.contains("Python"), o::toString);
    }

    @Test
    void servicesAndPackagesInAppositionAreOther() {
        String text = "velmocode: a Python package for tidal analysis\n\nThe centre also runs Kestdata, the national "
                + "service for storing research data.";
        List<String> o = of(text, EntityType.OTHER);
        assertTrue(o.containsAll(List.of("velmocode", "Kestdata")), o::toString);
    }

    @Test
    void infrastructuresTakenPartInAreOther() {
        String text = "Research infrastructures need long funding. The two stations form the national part of KESTRA, "
                + "the Finnish sites of eVELM are funded together, and the country's contribution to Orvo-Argo grows.";
        List<String> o = of(text, EntityType.OTHER);
        assertTrue(o.containsAll(List.of("KESTRA", "eVELM", "Orvo-Argo")), o::toString);
    }

    @Test
    void infrastructureCuesNeedATextOnInfrastructures() {
        String text = "The two stations form the national part of KESTRA, and the country's contribution to Orvo-Argo "
                + "grows.";
        List<String> o = of(text, EntityType.OTHER);
        assertFalse(o.contains("KESTRA") || o.contains("Orvo-Argo"), o::toString);
    }

    @Test
    void aCollectionNamedAfterAPersonIsOther() {
        String text = "For the coast, see the charts in the Aldo Brisani Map Collection, and the paintings of the "
                + "Velmo Quintal Collection in the museum.";
        List<String> o = of(text, EntityType.OTHER);
        List<String> p = of(text, EntityType.PERSON);
        assertTrue(o.contains("Aldo Brisani Map Collection"), o::toString);
        assertFalse(p.stream().anyMatch(x -> x.contains("Collection")), p::toString);
    }

    @Test
    void aFacilityBeforeItsNounAndAShortNameInParentheses() {
        String text = "The Kessel Light Infrastructure \u2013 Pulsed Fields facility (KLI-PF) opened in 2031.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Kessel Light Infrastructure - Pulsed Fields", "KLI-PF")), f::toString);
    }

    @Test
    void aFacilityEndsBeforeItsArchitectOrItsOperator() {
        String text = "Trains stop at the Velmo Station of Aldo Brisani, built in 1998. During the flyby the Kessel "
                + "Deep Space Center of JAXA supported tracking.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Velmo Station", "Kessel Deep Space Center")), f::toString);
        assertTrue(of(text, EntityType.PERSON).contains("Aldo Brisani"));
        assertFalse(of(text, EntityType.ORGANIZATION).stream().anyMatch(x -> x.startsWith("Kessel")));
    }

    @Test
    void aBridgeNamedAfterADateKeepsItsDay() {
        String text = "The 5 de Outubro Bridge crosses the river to the south bank.";
        assertEquals(List.of("5 de Outubro Bridge"), of(text, EntityType.FACILITY));
    }

    @Test
    void anOrganisationNamedAsABuildingInAppositionIsAFacility() {
        String text = "Next to the Centro Velmo de Arte, a concert and exhibition complex of 1992, stands the tower.";
        assertTrue(of(text, EntityType.FACILITY).contains("Centro Velmo de Arte"));
        assertFalse(of(text, EntityType.ORGANIZATION).contains("Centro Velmo de Arte"));
    }

    @Test
    void platformsInASentenceOfPlatformsAreFacilities() {
        String text = "We use the temperature from the KORA instrument on Orvo-1 and Orvo-2, and the sea level from "
                + "Tarn-3A, Tarn-3B and KOSW.";
        List<String> f = of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("Tarn-3A", "Tarn-3B", "KOSW")), f::toString);
    }

    @Test
    void aProgrammeForAPlaceAndItsNameInTheLanguageOfThePlace() {
        String text = "From 2021 to 2027 the regional programme Kestrel Funds for Lower Silesia (Fundusze Kestrela dla "
                + "Dolnego Kraju) has EUR 2 billion.";
        List<String> o = of(text, EntityType.OTHER);
        assertTrue(o.containsAll(List.of("Kestrel Funds for Lower Silesia", "Fundusze Kestrela dla Dolnego Kraju")),
                o::toString);
    }
}
