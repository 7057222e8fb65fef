package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organisations named without one of the usual head words ("University", "Institute" ...): the built-in base's
 * international organisations, statistical offices, databases and companies, and the head words "Bureau", "Service"
 * and "Bank" (the last only in a bank's name). Every text is invented.
 */
class HeadlessNameTest {
    @Test
    void banksAreOrganisationsOnlyWhenTheNameSaysBank() {
        String text = "Loans from the World Bank and the African Development Bank were matched by the Reserve Bank "
                + "of Malawi and the Bank of Ghana. The signal was recorded at Jodrell Bank and stored in the "
                + "Protein Data Bank.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("World Bank", "African Development Bank", "Reserve Bank of Malawi",
                "Bank of Ghana")), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("Jodrell") || o.contains("Protein")), orgs::toString);
        assertTrue(MentionTexts.of(text, EntityType.OTHER).contains("Protein Data Bank"));
    }

    @Test
    void aBureauOrAServiceIsAnOrganisation() {
        List<String> orgs = MentionTexts.of("Household data came from the Malawi National Bureau of Statistics and the Irish "
                + "Social Data Service.", EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Malawi National Bureau of Statistics", "Irish Social Data Service")),
                orgs::toString);
    }

    @Test
    void wellKnownOrganisationsWithoutAHeadWordAreFound() {
        String text = "The IMF and UNICEF funded the survey; Statistics Norway shared its registers. Sensors were "
                + "donated by Infineon and Bruker, and the code runs on hardware from NVIDIA.";
        List<String> orgs = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("IMF", "UNICEF", "Statistics Norway", "Infineon", "Bruker",
                "NVIDIA")), orgs::toString);
    }
}
