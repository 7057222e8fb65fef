package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organisations, facilities and OTHER names without a head word, found by their context ({@link NameWithoutHead}).
 * Every text and every name in it is invented.
 */
class NameWithoutHeadTest {
    private static List<String> orgs(String text) {
        return MentionTexts.of(text, EntityType.ORGANIZATION);
    }

    private static List<String> others(String text) {
        return MentionTexts.of(text, EntityType.OTHER);
    }

    @Test
    void aLegalFormMakesACompanyAndItsNameWithoutTheFormToo() {
        String text = "Turbines came from Kvalvik Vind A/S and stacks from Bremnes Hydrogen AS, while coatings came "
                + "from Larrea Recubrimientos S.A. in a second phase. Vantor SAS ran the pilot; later, the pilot run "
                + "by Vantor was extended.";
        List<String> orgs = orgs(text);
        assertTrue(orgs.containsAll(List.of("Kvalvik Vind A/S", "Bremnes Hydrogen AS", "Larrea Recubrimientos S.A.",
                "Vantor SAS", "Vantor")), orgs::toString);
    }

    @Test
    void aFormThatIsAlsoAPlaceAbbreviationNeedsANameThatIsNoPlace() {
        List<String> orgs = orgs("The team met in Reno, NV, and again in Pretoria SA before the winter.");
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Reno") || o.contains("Pretoria")), orgs::toString);
    }

    @Test
    void anAppositionSaysWhatANameIs() {
        String text = "Data are kept in Quillbase, the data portal of the Marden Institute. Frostline, the Finnish "
                + "company, builds cryostats, and Ardvik, a spin-off of the University of Tartu, makes lasers. The runs "
                + "used Halvor, the pre-exascale supercomputer of the Marden Institute. Later, Frostline doubled.";
        assertTrue(others(text).contains("Quillbase"), () -> others(text).toString());
        List<String> orgs = orgs(text);
        assertTrue(orgs.containsAll(List.of("Frostline", "Ardvik")), orgs::toString);
        assertTrue(orgs.stream().filter("Frostline"::equals).count() == 2, orgs::toString);
        assertTrue(MentionTexts.of(text, EntityType.FACILITY).contains("Halvor"));
    }

    @Test
    void anOpenerOrAPersonBeforeAnAppositionIsNoOrganisation() {
        List<String> orgs = orgs("Today, the company employs forty people. Anna Lindfors, a developer of sensors, "
                + "joined it.");
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Today") || o.contains("Lindfors")), orgs::toString);
    }

    @Test
    void aNounBeforeANameSaysWhatItIs() {
        List<String> orgs = orgs("The round was led by the Oslo venture fund Corvalis, with the Danish state investor "
                + "Nordinvest-DK.");
        assertTrue(orgs.containsAll(List.of("Corvalis", "Nordinvest-DK")), orgs::toString);
    }

    @Test
    void aNounAfterANameSaysWhatItIs() {
        String text = "Winds come from the ERA7 reanalysis and depths from the SEABED-2 data set. The Polar Sensors "
                + "Europe association and its Open Grant for Young Researchers programme helped.";
        List<String> others = others(text);
        assertTrue(others.containsAll(List.of("ERA7", "SEABED-2", "Open Grant for Young Researchers")),
                others::toString);
        assertTrue(orgs(text).contains("Polar Sensors Europe"), () -> orgs(text).toString());
    }

    @Test
    void whereDataAndCodeAreDepositedNamesARepository() {
        String text = "The code is archived on Codevault and harvested by Softcastle; wheels are distributed through "
                + "PyIndex and Wheelhouse. The raw counts are available in Supplementary Table 2.";
        List<String> others = others(text);
        assertTrue(others.containsAll(List.of("Codevault", "Softcastle", "PyIndex", "Wheelhouse")),
                others::toString);
        assertFalse(others.stream().anyMatch(o -> o.contains("Supplementary")), others::toString);
    }

    @Test
    void whoBuiltSomethingInAPlaceIsAnOrganisation() {
        String text = "The mirrors were polished by Veltra Optics in Lyon, the antenna was built by Korvan Space in "
                + "Oslo, and the survey was run by Maria Lund in Bergen.";
        List<String> orgs = orgs(text);
        assertTrue(orgs.containsAll(List.of("Veltra Optics", "Korvan Space")), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Lund")), orgs::toString);
    }

    @Test
    void anAcronymOfTwoWordsDefinesTheNameBeforeIt() {
        String text = "The partners are KELDA Energy Systems (KELDA ES) and two universities. Tests are run by Ida "
                + "Vik (KELDA ES).";
        List<String> orgs = orgs(text);
        assertTrue(orgs.contains("KELDA Energy Systems"), orgs::toString);
        assertTrue(orgs.stream().filter("KELDA ES"::equals).count() == 2, orgs::toString);
    }

    @Test
    void lastWordsOfPartnershipsNetworksAndGovernments() {
        String text = "The work was supported by the Green Steel Partnership, the Coastal Robotics Catapult and the "
                + "Government of Tasmania; the plots belong to the Alpine Soil Monitoring Network, and two "
                + "fellows came through the Nordic Mobility Actions.";
        List<String> orgs = orgs(text);
        assertTrue(orgs.containsAll(List.of("Green Steel Partnership", "Coastal Robotics Catapult",
                "Government of Tasmania")), orgs::toString);
        List<String> others = others(text);
        assertTrue(others.containsAll(List.of("Alpine Soil Monitoring Network", "Nordic Mobility Actions")),
                others::toString);
    }

    @Test
    void researchersFromANameWorkForAnOrganisation() {
        String text = "The prototype was built by three engineers from Brightwave and tested by scientists from the "
                + "Instituut de la Mer Froide.";
        List<String> orgs = orgs(text);
        assertTrue(orgs.containsAll(List.of("Brightwave", "Instituut de la Mer Froide")), orgs::toString);
    }

    @Test
    void aShortNameInParenthesesAfterAnOrganisation() {
        String text = "Funding came from the Norwegian Council for Coastal Research (Kystforsk) and the Baltic "
                + "Institute for Ports (Oslo), and Kystforsk hosted the meeting.";
        List<String> orgs = orgs(text);
        assertTrue(orgs.stream().filter("Kystforsk"::equals).count() == 2, orgs::toString);
        assertFalse(orgs.contains("Oslo"), orgs::toString);
    }

    @Test
    void anAcronymAndADashBeforeAnOrganisation() {
        List<String> orgs = orgs("Runs were hosted by KTC – Nordic Center for Computing in Lund.");
        assertTrue(orgs.contains("KTC - Nordic Center for Computing"), orgs::toString); // dashes made ASCII
    }

    @Test
    void aNameBasedInAPlaceIsAnOrganisation() {
        String text = "Lumora Photonics, based in Turku, Finland, signed the agreement. Maria Holm, based in Turku, "
                + "signed too.";
        List<String> orgs = orgs(text);
        assertTrue(orgs.contains("Lumora Photonics"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Holm")), orgs::toString);
    }

    @Test
    void aListedPartnerBeforeItsPlace() {
        String text = "Partners\n1. Veridia, Bilbao, Spain. Coatings.\n2. Marta Ruiz, Bilbao, Spain. Chair.\n"
                + "- Nordhavn Testing, Aarhus, Denmark. Certification.";
        List<String> orgs = orgs(text);
        assertTrue(orgs.containsAll(List.of("Veridia", "Nordhavn Testing")), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Ruiz")), orgs::toString);
    }

    @Test
    void theFirstWordOfACompanyNamedByItsBusiness() {
        String text = "Nuvola Computing Inc. was founded in 2019. Engineers said the chips from Nuvola work well.";
        List<String> orgs = orgs(text);
        assertTrue(orgs.contains("Nuvola"), orgs::toString);
    }

    @Test
    void namesListedAfterSuchAsTakeTheKindOfTheNoun() {
        String text = "Benchmarks such as TinyBench Edge and the Long Context Arena are used, and companies such as "
                + "Kvantor and Orbisense sell the boards, in cities such as Lyon.";
        List<String> others = others(text);
        assertTrue(others.containsAll(List.of("TinyBench Edge", "Long Context Arena")), others::toString);
        assertTrue(orgs(text).containsAll(List.of("Kvantor", "Orbisense")), () -> orgs(text).toString());
        assertFalse(orgs(text).contains("Lyon"));
    }

    @Test
    void aRepositoryNamedLikeAPersonIsARepository() {
        String text = "Winds were downloaded from the Halley Climate Data Store in March.";
        assertTrue(others(text).contains("Halley Climate Data Store"), () -> others(text).toString());
    }
}
