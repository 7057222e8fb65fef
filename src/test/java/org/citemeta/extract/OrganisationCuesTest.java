package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organisations without a head word found by {@link OrganisationCues} from the words around them, and the deal words
 * and company nouns added to {@link CompanyContext}. Every text and every unknown name is invented.
 */
class OrganisationCuesTest {
    private static List<String> orgs(String text) {
        return MentionTexts.of(text, EntityType.ORGANIZATION);
    }

    private static List<String> persons(String text) {
        return MentionTexts.of(text, EntityType.PERSON);
    }

    @Test
    void theNameAfterAPersonAndOfIsTheEmployer() {
        List<String> o = orgs("At the meeting, Ole Haugstad of Velmorix said that sales had fallen.");
        assertTrue(o.contains("Velmorix"), o::toString);
    }

    @Test
    void theNameAfterPlaceBasedIsAnOrganisationEvenWithAPlaceInIt() {
        List<String> o = orgs("The prize went to Nairobi-based Kestravo Africa this spring.");
        assertTrue(o.contains("Kestravo Africa"), o::toString);
    }

    @Test
    void theMakerAfterSuppliedByWithItsTownIsAnOrganisation() {
        String text = "The new runners, supplied by Brennvik Hydro of Graz, went into service in June.";
        List<String> o = orgs(text);
        assertTrue(o.contains("Brennvik Hydro"), o::toString);
        assertFalse(persons(text).contains("Brennvik Hydro"), persons(text)::toString);
    }

    @Test
    void theNamesAfterAPluralCompanyNounAreOrganisations() {
        List<String> o = orgs("Power flowed to the northern operators Velnetta and Holtgrida all winter.");
        assertTrue(o.containsAll(List.of("Velnetta", "Holtgrida")), o::toString);
    }

    @Test
    void theFirstWordOfACompanysNameAloneIsTheCompany() {
        String text = "Tessarovo Biologics B.V. makes enzymes. Last year Tessarovo chief executive Mara Lind hired "
                + "forty people.";
        List<String> o = orgs(text);
        assertTrue(o.contains("Tessarovo"), o::toString);
        assertFalse(persons(text).contains("Tessarovo"), persons(text)::toString);
    }

    @Test
    void anAcronymAfterTheOtherLanguageNameInParenthesesIsAnOrganisation() {
        List<String> o = orgs("The Velmorian Research Agency (Badan Riset Velmoria, BRV) tested the samples.");
        assertTrue(o.contains("BRV"), o::toString);
    }

    @Test
    void theNamesOfAListBeforeAVerbOfCompaniesAreOrganisations() {
        String text = "Velmorax, Briskovo and Holt-Kemi have plants near the river.\n\n- Tessarin and Kallvane "
                + "have hired advisers.\n\nQendrik and Ostavio, which compete with them, were quiet.";
        List<String> o = orgs(text);
        assertTrue(o.containsAll(List.of("Velmorax", "Briskovo", "Holt-Kemi", "Tessarin", "Kallvane", "Qendrik",
                "Ostavio")), o::toString);
    }

    @Test
    void aKnownCompanyAndACompanyWordIsTheLongerName() {
        List<String> o = orgs("The lab builds grippers for Google Robotics in its workshop.");
        assertTrue(o.contains("Google Robotics"), o::toString);
    }

    @Test
    void thePlacesWhereAPersonWorkedAreOrganisations() {
        List<String> o = orgs("Before that, she worked at Velmora Bank and Kestrel IBK for ten years.");
        assertTrue(o.containsAll(List.of("Velmora Bank", "Kestrel IBK")), o::toString);
    }

    @Test
    void aNameJoinedByAndToAnOrganisationIsOne() {
        List<String> o = orgs("The firm hopes to raise money from Google and Brisvane, a person familiar with it "
                + "said.");
        assertTrue(o.contains("Brisvane"), o::toString);
    }

    @Test
    void aNameAfterAnOfInsideALongerNameIsNoPartner() {
        List<String> o = orgs("She studied at the Velmora School of Tropical Health and the Karolinska Institute.");
        assertFalse(o.contains("Tropical Health"), o::toString);
    }

    @Test
    void newDealWordsNameTheParties() {
        List<String> o = orgs("Tessavo raised $12 million in a round led by local banks. Brisko Tec said the "
                + "purchase was large, and that it bought Kallvane-Ost in 2019 after its takeover by QRTX.");
        assertTrue(o.containsAll(List.of("Tessavo", "Kallvane-Ost", "QRTX")), o::toString);
    }

    @Test
    void theNameAfterTheContractorIsACompany() {
        List<String> o = orgs("The solar park was handed over by the contractor Elvantro in May.");
        assertTrue(o.contains("Elvantro"), o::toString);
    }
}
