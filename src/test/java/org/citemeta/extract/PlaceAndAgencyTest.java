package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places and agencies in reports of health offices, development projects and regional governments: head words of
 * agencies in other languages ({@link Lexicon#AGENCY_HEADS_OTHER_LANGUAGES}), administrative units as a place's head
 * word, and the names that the words around them say are places or agencies though no list knows them
 * ({@link UnlistedPlacesAndAgencies}). Every text is invented; the unlisted places are invented names, the places of
 * the gazetteer's cases (Sikasso, Koudougou, Ruteng, Nakuru) are in the gazetteer and not in the hand-written base.
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

    @Test
    void aPlaceNounBeforeOfSaysThatANameNoListKnowsIsAPlace() {
        List<String> p = places("Pumps were repaired in the commune of Torokanba were late. Nets went to the "
                + "cercles of Dabaroko, Fiénso and Kalakan Tougo, and to the island of Pulau Merangi.");
        assertTrue(p.containsAll(List.of("Torokanba", "Dabaroko", "Fiénso", "Kalakan Tougo", "Pulau Merangi")),
                p::toString);
    }

    @Test
    void aPlaceNounBeforeOfTakesNoHeadWordNorAnotherName() {
        List<String> p = places("She works in the department of Physics. He visited the town of Dr Hollis. "
                + "The capital of Universitas Raya moved.");
        assertTrue(p.isEmpty(), p::toString);
    }

    @Test
    void anAdjectiveOfPlaceAfterAPrepositionSaysTheNameIsAPlace() {
        List<String> p = places("In rural Kelabit a mother may walk for hours; clinics across northern Matarongo "
                + "are few.");
        assertTrue(p.containsAll(List.of("Kelabit", "Matarongo")), p::toString);
    }

    @Test
    void aPlaceNounAfterTheNameSaysItIsAPlace() {
        List<String> p = places("Rice is grown in the Woroba valley and in the Sudeczki Góry subregion.");
        assertTrue(p.containsAll(List.of("Woroba", "Sudeczki Góry")), p::toString);
    }

    @Test
    void aNameOfTheGazetteerAfterInAndBeforeAVerbInThePastIsAPlace() {
        List<String> p = places("In 2024 the hospital in Ruteng started a night shift.");
        assertTrue(p.contains("Ruteng"), p::toString);
    }

    @Test
    void aNameOfTheGazetteerBeforeBasedIsAPlace() {
        List<String> p = places("The Koudougou-based cooperative sells the grain.");
        assertTrue(p.contains("Koudougou"), p::toString);
    }

    @Test
    void namesInAListWithAPlaceAfterAPrepositionArePlacesToo() {
        List<String> p = places("Bed nets were handed out from Sikasso and Kolondiéba Sud. Looms are made in "
                + "Sikasso and Wolimbé, and Tessarin Labs, Fabrum and Orvel have offices there.");
        assertTrue(p.containsAll(List.of("Kolondiéba Sud", "Wolimbé")), p::toString);
        assertFalse(p.stream().anyMatch(x -> x.contains("Tessarin") || x.contains("Fabrum")), p::toString);
    }

    @Test
    void anAmpersandInTheSecondOfTwoNamesKeepsThemApart() {
        List<String> o = orgs("Partners were the Kestrel Development Bank and the Mara & Jon Holt Foundation.");
        assertTrue(o.containsAll(List.of("Kestrel Development Bank", "Mara & Jon Holt Foundation")), o::toString);
    }

    @Test
    void aLowerCaseNounOrNgoBeforeANameSaysItIsAnOrganisation() {
        List<String> o = orgs("Nets were handed out with the NGO Tanah Hijau, the association of village midwives. "
                + "The Kiroba-based NGO Mwangaza trains clerks, and the agency Pesakar audits them.");
        assertTrue(o.containsAll(List.of("Tanah Hijau", "Mwangaza", "Pesakar")), o::toString);
        assertFalse(o.contains("NGO Tanah Hijau"), o::toString);
    }

    @Test
    void aNameEndingWithInternationalIsAnOrganisation() {
        List<String> o = orgs("Harvest Aid International, from its office in the capital, plants trees. "
                + "The Journal of Wave International was cited. They landed at Sorvik International Airport.");
        assertTrue(o.contains("Harvest Aid International"), o::toString);
        assertFalse(o.stream().anyMatch(x -> x.contains("Wave") || x.contains("Sorvik")), o::toString);
    }

    @Test
    void aDatelinesPlaceBeforeADashIsNoAcronymOfTheNameAfterIt() {
        String text = "Looms for the cooperative\nKOUDOUGOU — Vanter University of Koudougou has opened a weaving "
                + "school.";
        List<String> o = orgs(text);
        assertTrue(o.contains("Vanter University of Koudougou"), o::toString);
        assertTrue(places(text).contains("KOUDOUGOU"), () -> places(text).toString());
    }

    @Test
    void aPlaceNounBeforeOfTakesANameBeforeAnyWordInLowerCase() {
        List<String> p = places("North of the dam the town of Kelmira Bakri sits on a terrace.");
        assertTrue(p.contains("Kelmira Bakri"), p::toString);
    }

    @Test
    void aNameOfTheGazetteerAfterOffOrOppositeIsAPlace() {
        List<String> p = places("The buoy was moored 12 km off Nakuru, and the depot stands opposite Ruteng.");
        assertTrue(p.containsAll(List.of("Nakuru", "Ruteng")), p::toString);
    }

    @Test
    void aCompassWordAndANameAfterAPrepositionAreARegion() {
        List<String> p = places("Clinics run from Kelabit Hilir to West Marobo in the dry season, and nurses work "
                + "in Upper Tandaru.");
        assertTrue(p.containsAll(List.of("West Marobo", "Upper Tandaru")), p::toString);
    }

    @Test
    void aDepartmentWithACountryOrADemonymBeforeItIsAGovernmentsDepartment() {
        List<String> o = orgs("Grants came from the Australian Department of Reef Affairs and Trade. The Department "
                + "of Physics hosted the workshop.");
        assertTrue(o.contains("Australian Department of Reef Affairs and Trade"), o::toString);
        assertFalse(o.stream().anyMatch(x -> x.contains("Physics")), o::toString);
    }

    @Test
    void aTechnologyOrScienceParkIsAnOrganisation() {
        List<String> o = orgs("Forty firms rent space in the Kestrelby Technology Park, and the Nadbrzeżny Park "
                + "Technologiczny has a clean room.");
        assertTrue(o.containsAll(List.of("Kestrelby Technology Park", "Nadbrzeżny Park Technologiczny")),
                o::toString);
    }

    @Test
    void aNameEndsBeforeAndTheXBased() {
        List<String> o = orgs("The Vanter University of Glass Sciences and the Kelmira-based firms work on lenses.");
        assertTrue(o.contains("Vanter University of Glass Sciences"), o::toString);
    }

    @Test
    void aSchemeNamedAfterTheWordSchemeAndACommaIsOtherWithItsAcronym() {
        String text = "Visits are paid by the farmers' insurance scheme, Kartu Tani Sehat (KTS), in every district.";
        List<String> other = MentionTexts.of(text, EntityType.OTHER);
        assertTrue(other.containsAll(List.of("Kartu Tani Sehat", "KTS")), other::toString);
        assertTrue(orgs(text).isEmpty(), () -> orgs(text).toString());
    }
}
