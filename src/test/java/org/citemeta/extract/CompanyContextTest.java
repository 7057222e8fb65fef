package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Companies, investors and trade bodies without an organisation head word, found by {@link CompanyContext}: a company
 * word at the end of the name, a member list with semicolons, and the other names of a list that holds an
 * organisation. Every text and name is invented.
 */
class CompanyContextTest {
    private static List<String> orgs(String text) {
        return MentionTexts.of(text, EntityType.ORGANIZATION);
    }

    private static List<String> places(String text) {
        return MentionTexts.of(text, EntityType.LOCATION);
    }

    @Test
    void aCompanyWordEndsAnInvestorsOrACompanysName() {
        List<String> o = orgs("Harbour Lane Ventures and Kestrel Capital led the round, with money from Brightwater "
                + "Partners; Norvik Therapeutics will spend it on a new plant.");
        assertTrue(o.containsAll(List.of("Harbour Lane Ventures", "Kestrel Capital", "Brightwater Partners",
                "Norvik Therapeutics")), o::toString);
    }

    @Test
    void aCompanyWordAfterOfInsideALongerNameIsNoCompany() {
        List<String> o = orgs("She studied the economics of Human Capital at home.");
        assertFalse(o.contains("Human Capital"), o::toString);
    }

    @Test
    void anAcronymBeforeBankOrGroupIsACompany() {
        List<String> o = orgs("The loan came from QRT Bank, and the pumps from the Ulvang Group.");
        assertTrue(o.containsAll(List.of("QRT Bank", "Ulvang Group")), o::toString);
    }

    @Test
    void aWorkingGroupIsNoCompany() {
        List<String> o = orgs("The Working Group met in spring, and the Study Group in autumn.");
        assertFalse(o.contains("Working Group") || o.contains("Study Group"), o::toString);
    }

    @Test
    void theEntriesOfAMemberListAreCompaniesAndTheirTowns() {
        String text = "Report of the year.\n\nAssociate members: Velmora Oy, Tarkula; Brisko Lim, Holtavik; "
                + "Kattegrin Kemi, Varderup.\n";
        List<String> o = orgs(text);
        assertTrue(o.containsAll(List.of("Brisko Lim", "Kattegrin Kemi")), o::toString);
        List<String> p = places(text);
        assertTrue(p.containsAll(List.of("Tarkula", "Holtavik", "Varderup")), p::toString);
    }

    @Test
    void theOtherNamesOfAListWithAnAgencyInItAreOrganisations() {
        List<String> o = orgs("Guests came from the Velmora Chemicals Agency (VCA), Tessenbo, Kurrikala and the "
                + "Holtavik Safety Board to the meeting.");
        assertTrue(o.containsAll(List.of("Tessenbo", "Kurrikala")), o::toString);
    }

    @Test
    void aListThatAnAndDoesNotCloseGivesNothing() {
        List<String> o = orgs("She works at the Velmora Chemicals Agency, Tessenbo, Kurrikala.");
        assertFalse(o.contains("Tessenbo"), o::toString);
    }

    @Test
    void aNameInParenthesesAfterAPersonIsTheEmployer() {
        List<String> o = orgs("The board: Anna Lindqvist (Velmora); Jens Mogensen (Brisko A/S); Paula Virtanen "
                + "(Teknovo).");
        assertTrue(o.containsAll(List.of("Velmora", "Brisko A/S", "Teknovo")), o::toString);
    }

    @Test
    void thePartiesOfADealAreOrganisations() {
        List<String> o = orgs("The $8 million round was led by Harbour Lane and Tessenbo. Analysts at Kurrikon expect "
                + "the price to rise. Brisko and Lindahl advised the buyer. Rivermark invested $5 million in Tarkon.");
        assertTrue(o.containsAll(List.of("Harbour Lane", "Tessenbo", "Kurrikon", "Brisko", "Lindahl", "Rivermark",
                "Tarkon")), o::toString);
    }

    @Test
    void aStudyLedBySomeoneIsNoDeal() {
        List<String> o = orgs("The survey was led by Holmgaard and Tessvik during the winter.");
        assertFalse(o.contains("Holmgaard") || o.contains("Tessvik"), o::toString);
    }

    @Test
    void aLenderABankAFintechOrAnAcceleratorNamesAnOrganisation() {
        List<String> o = orgs("The loan came from the Dutch development bank VKM, the fintech Paro Kiri and the "
                + "lender Varsa Kredit. Nord5Labs, the accelerator, chose them.");
        assertTrue(o.containsAll(List.of("VKM", "Paro Kiri", "Varsa Kredit")), o::toString);
        assertFalse(o.contains("Labs"), o::toString);
    }

    @Test
    void aMemberListMayHaveAWordInParenthesesBeforeItsColon() {
        String text = "Report of the year.\n\nFull members (selection): Orvanto, Kelsaari; Brisko Lim, Holtavik; "
                + "Kattegrin Kemi, Varderup.\n";
        List<String> o = orgs(text);
        assertTrue(o.contains("Orvanto"), o::toString);
        List<String> p = places(text);
        assertTrue(p.contains("Kelsaari"), p::toString);
    }

    @Test
    void theShortFormOfACompanyWithALegalFormIsTheCompany() {
        List<String> o = orgs("The meeting was hosted by Velmorin. Members: Velmorin Oyj, Tarkula; Brisko Lim, "
                + "Holtavik; Kattegrin Kemi, Varderup.\n");
        assertTrue(o.containsAll(List.of("Velmorin", "Velmorin Oyj")), o::toString);
    }

    @Test
    void aNameAfterACompanyNounIsACompanyNotTheSpeaker() {
        String text = "The coatings group Tervalon said its profit fell. Drugmaker Quellix gained, and the grid "
                + "operator Vardenet Holding fell.";
        List<String> o = orgs(text);
        assertTrue(o.containsAll(List.of("Tervalon", "Quellix", "Vardenet Holding")), o::toString);
        assertFalse(MentionTexts.of(text, EntityType.PERSON).contains("Tervalon"));
    }

    @Test
    void oneWordBeforeASpeechVerbIsAPersonOnlyAsAGivenName() {
        String text = "Analysts at Morrow Securities and Kelbrant said the price was high. Maria said it was fair.";
        List<String> p = MentionTexts.of(text, EntityType.PERSON);
        assertFalse(p.contains("Kelbrant"), p::toString);
        assertTrue(p.contains("Maria"), p::toString);
    }

    @Test
    void theNameAfterOfBeforeASpeechVerbIsTheSpeakersEmployerNotAPerson() {
        String text = "Tor Lindqvist of Kalvik Nordic said that demand for sealants had recovered.";
        List<String> p = MentionTexts.of(text, EntityType.PERSON);
        assertFalse(p.contains("Kalvik Nordic"), p::toString);
        assertTrue(p.contains("Tor Lindqvist"), p::toString);
    }
}
