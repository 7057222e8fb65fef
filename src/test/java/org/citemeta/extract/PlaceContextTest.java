package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contexts of {@link PlaceContext} (and the spellings the gazetteer needs) that say a gazetteer name is a place.
 * Every text is invented; the places of the positive cases are in the gazetteer, not in the hand-written base.
 */
class PlaceContextTest {
    private static List<String> places(String text) {
        return MentionTexts.of(text, EntityType.LOCATION);
    }

    @Test
    void aRomanianNameWithTheCommaBelowIsTheGazetteersNameWithTheCedilla() {
        List<String> p = places("The first prototype was welded in Brașov.");
        assertTrue(p.contains("Brașov"), p::toString);
    }

    @Test
    void aDatelineInCapitalsNamesAPlaceOfTheGazetteer() {
        List<String> p = places("Bridge sensors installed\nCRAIOVA — Engineers have fitted forty strain gauges.");
        assertTrue(p.contains("CRAIOVA"), p::toString);
    }

    @Test
    void aDatelineInCapitalsMayCarryADateAndANewsAgencyBeforeItsDash() {
        List<String> p = places("Bridge sensors installed\nCRAIOVA, 14 March 2025 — Engineers have fitted forty gauges.\n"
                + "TIMISOARA (Banat Wire) - Engineers followed.\nLUGOJ, March 15 (Banat Wire) - Two more.");
        assertTrue(p.containsAll(List.of("CRAIOVA", "TIMISOARA", "LUGOJ")), p::toString);
        // no date, no dash: a heading in capitals is no dateline
        assertTrue(places("FIELD NOTES, 2025 - Engineers fitted gauges in spring.").isEmpty());
    }

    @Test
    void aPlaceNounBeforeOfOrAfterTheNameSaysItIsAPlace() {
        List<String> p = places("She met the mayor of Zalău on Monday. Enumerators visited Kilosa district twice. "
                + "Boats left the port of Harstad at dawn.");
        assertTrue(p.containsAll(List.of("Zalău", "Kilosa", "Harstad")), p::toString);
    }

    @Test
    void anAppositionNamingAKindOfPlaceSaysItIsAPlace() {
        List<String> p = places("Rents are lower in Getafe or Leganés, small towns on the metro line.");
        assertTrue(p.containsAll(List.of("Getafe", "Leganés")), p::toString);
    }

    @Test
    void aPlaceAfterAPrepositionMayBeFollowedByAVerbOrAPreposition() {
        List<String> p = places("Fieldwork in Eldoret was approved by the board. The clinic in Nakuru in 2021 "
                + "closed early. Farmers near Kitale by contrast kept their herds.");
        assertTrue(p.containsAll(List.of("Eldoret", "Nakuru", "Kitale")), p::toString);
    }

    @Test
    void aSubdivisionAfterInTheIsAPlace() {
        List<String> p = places("Wells were dug in the Northern Province during the dry season.");
        assertTrue(p.contains("Northern Province"), p::toString);
    }

    @Test
    void namesJoinedToAPlaceFoundInTheTextArePlacesToo() {
        List<String> p = places("Traders came from Kumasi and Sunyani, and buyers from Arad, Oradea and Hunedoara.");
        assertTrue(p.containsAll(List.of("Kumasi", "Sunyani", "Arad", "Oradea", "Hunedoara")), p::toString);
    }

    @Test
    void aPlaceAfterAnOrganisationAndACommaIsTaken() {
        List<String> p = places("Kari Nesheim, Nordland Research Institute, Bodø, and Ola Vik, Statistics Norway.");
        assertTrue(p.contains("Bodø"), p::toString);
    }

    @Test
    void caboVerdeAndACountyAreKnownAsPlaces() {
        List<String> p = places("The survey ran in Cabo Verde. Our partners work in Harghita County.");
        assertTrue(p.containsAll(List.of("Cabo Verde", "Harghita County")), p::toString);
    }

    @Test
    void anIslandOfTwoWordsAfterOnAndAPlaceBeforeBoundAreTaken() {
        List<String> p = places("The camera was tested on Las Palmas de Gran Canaria. It was shipped from Leganés bound "
                + "for the coast.");
        assertTrue(p.containsAll(List.of("Las Palmas de Gran Canaria", "Leganés")), p::toString);
    }

    @Test
    void researchSitesAndNiceAreInTheBase() {
        List<String> p = places("Samples went to Daresbury and to Ispra. The team in Nice and the team at Petten met.");
        assertTrue(p.containsAll(List.of("Daresbury", "Ispra", "Nice", "Petten")), p::toString);
        assertFalse(places("Nice work, said the chair.").contains("Nice"));
    }

    @Test
    void greatRiversAndAnOceanBeforeCoastArePlaces() {
        List<String> p = places("Barges on the Elbe carry grain. Storms eroded the Atlantic coast last winter.");
        assertTrue(p.containsAll(List.of("Elbe", "Atlantic")), p::toString);
    }

    @Test
    void anAirportIsAFacility() {
        List<String> f = MentionTexts.of("Delegates land at Vinterby Regional Airport on Sunday.", EntityType.FACILITY);
        assertTrue(f.contains("Vinterby Regional Airport"), f::toString);
    }

    @Test
    void givenNamesOfMoreRegionsMakePersons() {
        List<String> p = MentionTexts.of("We thank Chioma Ezeani, Dilini Jayawardena and Ovidiu Marcu for their help.",
                EntityType.PERSON);
        assertTrue(p.containsAll(List.of("Chioma Ezeani", "Dilini Jayawardena", "Ovidiu Marcu")), p::toString);
    }

    @Test
    void historicalRegionsArePlaces() {
        List<String> p = places("Churches of Transylvania and farms of Bohemia were surveyed.");
        assertTrue(p.containsAll(List.of("Transylvania", "Bohemia")), p::toString);
    }

    @Test
    void aSymposiumIsOther() {
        List<String> o = MentionTexts.of("Abstracts for the Baltic Lichen Symposium are due in May.", EntityType.OTHER);
        assertTrue(o.contains("Baltic Lichen Symposium"), o::toString);
    }

    @Test
    void aGazetteerNameStandingAloneOrAsASurnameIsStillNoPlace() {
        List<String> p = places("As shown in Hamilton et al. (2019), the effect is small. Professor Hamilton "
                + "disagreed. The ideas of Hamilton and the theorem of Arad et al. were combined.");
        assertFalse(p.contains("Hamilton"), p::toString);
        assertFalse(p.contains("Arad"), p::toString);
    }
}
