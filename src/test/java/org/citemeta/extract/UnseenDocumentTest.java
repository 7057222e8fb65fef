package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Kinds of names the engine missed on documents it had not seen (eighth session): subdivisions of European
 * countries, cities after postcodes, datelines in capitals, funders and names with their own commas.
 * All texts are invented.
 */
class UnseenDocumentTest {
    private static Set<String> mentions(String text) {
        return new EntityExtractor().extract(text).mentions().stream()
                .map(m -> m.type() + " " + m.text()).collect(Collectors.toSet());
    }

    @Test
    void subdivisionsOfEuropeanCountriesAreKnownPlaces() {
        Set<String> m = mentions("Hay meadows were sampled in Vorarlberg, Thurgau and Umbria, and later in Saarland.");
        assertTrue(m.contains("LOCATION Vorarlberg"), m::toString);
        assertTrue(m.contains("LOCATION Thurgau"), m::toString);
        assertTrue(m.contains("LOCATION Umbria"), m::toString);
        assertTrue(m.contains("LOCATION Saarland"), m::toString);
    }

    @Test
    void aCityAfterItsPostcodeIsAPlace() {
        Set<String> m = mentions("Soil crusts of the Pannonian plain\n\nIlse Marbach 1, Tomas Rieder 2\n\n"
                + "1 Department of Botany, University of Sopron, Bajcsy-Zsilinszky utca 4, 9400 Sopron, Hungary\n"
                + "2 Institute of Soil Research, D-79085 Freiburg\n"
                + "3 Field station, Weinbergweg 7, 2130 Mistelbach\n\n"
                + "The crusts were dated in 2019 and sampled again in 2021.");
        assertTrue(m.contains("LOCATION Sopron"), m::toString);
        assertTrue(m.contains("LOCATION Freiburg"), m::toString);
        assertTrue(m.contains("LOCATION Mistelbach"), m::toString);
    }

    @Test
    void aDatelineInCapitalsIsAPlace() {
        Set<String> m = mentions("Glacier lab opens\n\nBONN — A new cold laboratory opened on Monday.\n\n"
                + "KLAGENFURT, Austria, 4 May 2026 — The second site follows in June.\n\n"
                + "UPDATE — Tickets are sold out.");
        assertTrue(m.contains("LOCATION BONN"), m::toString);
        assertTrue(m.contains("LOCATION KLAGENFURT"), m::toString);
        assertFalse(m.stream().anyMatch(x -> x.contains("UPDATE")), m::toString);
    }

    @Test
    void authorsWithLetterMarkersArePersons() {
        Set<String> m = mentions("Moss growth on scree slopes\n\nWendelin Stocker a, Ottilie Brunnsteiner b, c, "
                + "Quirin Aberle a\n\na University of Graz, Austria\nb University of Bern, Switzerland\n\n"
                + "Mosses grew slowly.");
        assertTrue(m.contains("PERSON Wendelin Stocker"), m::toString);
        assertTrue(m.contains("PERSON Ottilie Brunnsteiner"), m::toString);
        assertTrue(m.contains("PERSON Quirin Aberle"), m::toString);
    }

    @Test
    void theCompanyRunningASynchrotronIsAnOrganisationAndTheMachineAFacility() {
        Set<String> m = mentions("Elettra Sincrotrone Trieste will close the Elettra synchrotron for two years.");
        assertTrue(m.contains("ORGANIZATION Elettra Sincrotrone Trieste"), m::toString);
        assertTrue(m.contains("FACILITY Elettra"), m::toString);
    }

    @Test
    void anOrganisationOnTheNextLineDoesNotReachBackOverTheCountryEndingAnAddress() {
        Set<String> m = mentions("Contact\nGeological Survey of Finland, Vuorimiehentie 5, 02150 Espoo, Finland\n"
                + "Norwegian Polar Institute, Fram Centre, 9296 Tromsø, Norway\n");
        assertTrue(m.contains("ORGANIZATION Norwegian Polar Institute"), m::toString);
        assertFalse(m.stream().anyMatch(x -> x.startsWith("ORGANIZATION Finland")), m::toString);
    }

    @Test
    void commonEuropeanGivenNamesMarkPersons() {
        Set<String> m = mentions("We thank Florian Gstrein, Ilaria Pozzoli and Søren Kvist for help in the field.");
        assertTrue(m.contains("PERSON Florian Gstrein"), m::toString);
        assertTrue(m.contains("PERSON Ilaria Pozzoli"), m::toString);
        assertTrue(m.contains("PERSON Søren Kvist"), m::toString);
    }

    @Test
    void aNameEndingInAListKeepsItsCommas() {
        Set<String> m = mentions("Funding came from the Ministry of Agriculture, Forestry and Fisheries (MAFF) and "
                + "from the University of Utrecht, Leiden and Delft consortium.");
        assertTrue(m.contains("ORGANIZATION Ministry of Agriculture, Forestry and Fisheries"), m::toString);
        assertTrue(m.contains("ORGANIZATION MAFF"), m::toString);
        // places in the list: the name ends at its comma
        assertFalse(m.stream().anyMatch(x -> x.contains("Utrecht, Leiden")), m::toString);
    }

    @Test
    void aFundIsAnOrganisationAndAnArticleBeforeTheNameDoesNotSplitItsAnd() {
        Set<String> m = mentions("The survey was paid for by the Styrian Science and Innovation Fund.");
        assertTrue(m.contains("ORGANIZATION Styrian Science and Innovation Fund"), m::toString);
    }
}
