package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places and agencies in reports of health offices, development projects and regional governments: head words of
 * agencies in other languages ({@link Lexicon#AGENCY_HEADS_OTHER_LANGUAGES}), administrative units as a place's head
 * word, and the names that the words around them say are places though no list knows them
 * . Every text and every name in it is invented.
 */
class PlaceAndAgencyTest {
    private static List<String> orgs(String text) {
        return MentionTexts.of(text, EntityType.ORGANIZATION);
    }

    private static List<String> places(String text) {
        return MentionTexts.of(text, EntityType.LOCATION);
    }

    @Test
    void indonesianHeadWordsOpenAnAgencysName() {
        List<String> o = orgs("Training was paid by Yayasan Cahaya Lestari and the Dinas Kesehatan Kota Sungai Merah, "
                + "with staff from Universitas Tanjung Barat.");
        assertTrue(o.containsAll(List.of("Yayasan Cahaya Lestari", "Dinas Kesehatan Kota Sungai Merah",
                "Universitas Tanjung Barat")), o::toString);
    }

    @Test
    void theIndonesianAndJoinsTheWordsOfOneName() {
        List<String> o = orgs("Samples went to the Badan Riset dan Teknologi Pesisir for testing.");
        assertTrue(o.contains("Badan Riset dan Teknologi Pesisir"), o::toString);
    }

    @Test
    void swahiliFrenchPolishAndTurkishHeadWordsMakeAnOrganisation() {
        List<String> o = orgs("The Wizara ya Afya ya Pwani approved it. The Autorité du Bassin de la Varenne met "
                + "twice. Engineers of Politechnika Nadbrzeżna joined, and Kuzeydağ Üniversitesi sent two students.");
        assertTrue(o.containsAll(List.of("Wizara ya Afya ya Pwani", "Autorité du Bassin de la Varenne",
                "Politechnika Nadbrzeżna", "Kuzeydağ Üniversitesi")), o::toString);
    }

    @Test
    void aFrenchOfficeBeforeDuIsAnAgency() {
        List<String> o = orgs("Water is shared with the Office du Haut Sénégal each season.");
        assertTrue(o.contains("Office du Haut Sénégal"), o::toString);
    }

    @Test
    void aHospitalGroupIsAnOrganisation() {
        List<String> o = orgs("In 2024 Meranti Hospitals Selatan joined the referral network.");
        assertTrue(o.contains("Meranti Hospitals Selatan"), o::toString);
    }

    @Test
    void aHeadWordRightAfterAndOpensANameOfItsOwn() {
        List<String> o = orgs("In 2023 Unkasa and Universitas Pelangi Raya started a residency.");
        assertTrue(o.contains("Universitas Pelangi Raya"), o::toString);
        assertFalse(o.stream().anyMatch(x -> x.startsWith("Unkasa and")), o::toString);
    }

    @Test
    void anAdministrativeUnitAfterANameIsAPlaceWithIt() {
        List<String> p = places("Output fell in the Kresowe Voivodeship and in Batu Lintang Regency last year.");
        assertTrue(p.containsAll(List.of("Kresowe Voivodeship", "Batu Lintang Regency")), p::toString);
    }
}
