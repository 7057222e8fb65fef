package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places that no list knows, found by {@link PlaceCues} from the words around them: a noun of a kind of place after
 * the name, river words, lists after a preposition, datelines with a region, a body in or at a place, the gazetteer
 * before a lower-case word, streets and squares, a town before a company's noun, "near" and "neighbouring". Every text
 * and name is invented (but for the gazetteer's towns and the countries).
 */
class PlaceCuesTest {
    private static List<String> places(String text) {
        return MentionTexts.of(text, EntityType.LOCATION);
    }

    @Test
    void aNounOfAKindOfPlaceAfterTheNameMakesItAPlace() {
        List<String> p = places("Samples were taken in the Varnoka estuary, and rooms are booked in the Tellum and "
                + "Orsavi quarters near the Kelmo reservoir.");
        assertTrue(p.containsAll(List.of("Varnoka", "Tellum", "Orsavi", "Kelmo")), p::toString);
    }

    @Test
    void aPartOfAYearIsNoQuarter() {
        List<String> p = places("Sales of the firm rose in the Fourth quarter.");
        assertFalse(p.contains("Fourth"), p::toString);
    }

    @Test
    void riverWordsBeforeTheAndANameMakeItARiver() {
        List<String> p = places("Gauges now stand along the Vessa and the Morn. The weir at the mouth of the Darrow "
                + "is old. On the Kelbra, two plants were rebuilt.");
        assertTrue(p.containsAll(List.of("Vessa", "Morn", "Darrow", "Kelbra")), p::toString);
    }

    @Test
    void onTheInternetIsNoRiver() {
        List<String> p = places("The data were put on the Internet, and the course of the Revolution was told.");
        assertFalse(p.contains("Internet") || p.contains("Revolution"), p::toString);
        List<String> q = places("The runs were made on the Vardo Booster, and the plots on the Kelda, in the lab.");
        assertFalse(q.contains("Vardo Booster") || q.contains("Kelda"), q::toString);
    }

    @Test
    void aListOfNamesAfterAPrepositionOfPlaceIsAListOfPlaces() {
        List<String> p = places("Three clinics opened in Waralu, Kebana and Tumbeli, where malaria is common. Gauges "
                + "stand at Vennby, Tessla in Sweden and Kaamo in Finland.");
        assertTrue(p.containsAll(List.of("Waralu", "Kebana", "Tumbeli", "Vennby", "Tessla", "Kaamo")), p::toString);
    }

    @Test
    void languagesPersonsAndSoftwareAreNoListOfPlaces() {
        assertTrue(places("The interviews were held in English and French, and then coded.").isEmpty());
        assertTrue(places("The model was written in Python and Fortran.").isEmpty());
        List<String> p = places("A. Brolin and K. Vessel wrote it; the test is in Brolin and Vessel, who used it.");
        assertFalse(p.contains("Brolin") || p.contains("Vessel"), p::toString);
    }

    @Test
    void aDatelineInCapitalsBeforeARegionAndADash() {
        List<String> p = places("Science digest\n\nMĂGURELE, Kestrel County — A new laser opened.\n\n"
                + "TAOS, N.M. — A new lab opened.\n\nHO CHI MINH CITY — A fund was raised.\n");
        assertTrue(p.containsAll(List.of("MĂGURELE", "N.M.", "HO CHI MINH CITY")), p::toString);
    }

    @Test
    void aNameAfterABodyAndInOrOnIsWhereTheBodyIs() {
        List<String> p = places("The samples went to the Kestrel Spectroscopy Laboratory (KSL) in Dorvenhaal, where "
                + "they were measured, and the antenna was tested at KESTEC in Vollerwijk, as were the mirrors of "
                + "the Brightwater Infrared Telescope (BIT) on Maunaloa.");
        assertTrue(p.containsAll(List.of("Dorvenhaal", "Vollerwijk", "Maunaloa")), p::toString);
    }

    @Test
    void aNameOfTheGazetteerAfterAPrepositionAndBeforeALowerCaseWord() {
        List<String> p = places("Ships waiting off Agigea will no longer run their engines.");
        assertTrue(p.contains("Agigea"), p::toString);
    }

    @Test
    void aSquareOrAStreetInARomanceLanguage() {
        List<String> p = places("Walk to the Praça do Leme, the square of the old port, and at the top of Rua do "
                + "Sal turn left.");
        assertTrue(p.containsAll(List.of("Praça do Leme", "Rua do Sal")), p::toString);
        List<String> q = places("Contact: Piazza Leone da Carpi 12, Milano.");
        assertFalse(q.stream().anyMatch(x -> x.startsWith("Piazza")), q::toString);
    }

    @Test
    void aTownOfTheGazetteerBeforeACompanysNoun() {
        List<String> p = places("Brolin Vessel joins the board of Kestrel Pharma, a Groningen start-up, and of "
                + "Tarvo, the Naarden venture firm.");
        assertTrue(p.containsAll(List.of("Groningen", "Naarden")), p::toString);
    }

    @Test
    void nearOrNeighbouringAndAName() {
        List<String> p = places("The station lies near Vallekaskis. Groups from neighbouring Haute-Varenne and the "
                + "plain will join.");
        assertTrue(p.containsAll(List.of("Vallekaskis", "Haute-Varenne")), p::toString);
    }

    @Test
    void fromANameToANameIsARangeOfPlaces() {
        List<String> p = places("New machines are in every hospital from Waikelo to Ba'ubo on the south coast.");
        assertTrue(p.containsAll(List.of("Waikelo", "Ba'ubo")), p::toString);
        List<String> q = places("Shifts run from Monday to Friday, and letters went from Anna to Maria.");
        assertTrue(q.isEmpty(), q::toString);
    }
}
