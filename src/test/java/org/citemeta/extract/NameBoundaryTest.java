package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a facility's or an organisation's name ends and begins, and what an address number is (invented text). */
class NameBoundaryTest {
    @Test
    void aSurnameAfterAnInitialIsNoInvertedNameWithTheNextInitial() {
        String text = "The result was reported last year (K. Halvard, T. Osgood et al., Harbour Letters 12, 3-9 (2024)).";
        List<String> p = MentionTexts.of(text, EntityType.PERSON);
        // "Halvard, T." was read as one inverted name ("Green, M. A." style)
        assertFalse(p.contains("Halvard, T."), p::toString);
        assertTrue(p.contains("K. Halvard"), p::toString);
    }

    @Test
    void anElidedArticleIsNoPartOfTheNameAndEtJoinsTwoNamedOrganisations() {
        String text = "Des chercheurs de l'Université de Kessing et de l'Institut Marlow-Osgood ont utilisé "
                + "la source de l'Observatoire de Valbrune, avec l'aide de l'Agence nationale des quais (ANQ).";
        List<String> o = MentionTexts.of(text, EntityType.ORGANIZATION);
        // "l'Université" was one token: no head word, no name; then "et de l'Institut" ran the two names together
        assertTrue(o.contains("Université de Kessing"), o::toString);
        assertTrue(o.contains("Institut Marlow-Osgood"), o::toString);
        assertTrue(o.contains("Agence nationale des quais"), o::toString);
        assertFalse(o.stream().anyMatch(x -> x.contains(" et ") || x.startsWith("l'")), o::toString);
        // a word that is no head word after "e" / "y" goes on with the name
        List<String> es = MentionTexts.of("Lo financió el Ministerio de Puertos e Innovación y la Agencia de Quais.",
                EntityType.ORGANIZATION);
        assertTrue(es.contains("Ministerio de Puertos e Innovación"), es::toString);
    }

    @Test
    void aFacilityEndsBeforeItsPlaceAndBeforeTheOrganisationThatRunsIt() {
        String text = "Spectra came from the Harlow Telescope on Mount Osgood and from the Wide Field Array of the "
                + "Northern Radio Observatory.";
        List<String> f = MentionTexts.of(text, EntityType.FACILITY);
        assertTrue(f.contains("Harlow Telescope"), f::toString);
        assertTrue(f.contains("Wide Field Array"), f::toString);
        assertFalse(f.stream().anyMatch(x -> x.contains(" on ") || x.contains(" of ")), f::toString);
    }

    @Test
    void anOrganisationEndsBeforeOnAndAPlaceButNotBeforeOnAndItsSubject() {
        String text = "Coils were wound at the Marlow Magnet Laboratory on Kessing Island and reviewed by the Institute "
                + "on Ageing Studies and the Council on Harbour Relations.";
        List<String> o = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(o.contains("Marlow Magnet Laboratory"), o::toString);
        assertTrue(o.contains("Institute on Ageing Studies"), o::toString);
        assertTrue(o.contains("Council on Harbour Relations"), o::toString);
        assertTrue(MentionTexts.of(text, EntityType.LOCATION).contains("Kessing Island"));
    }

    @Test
    void namesCoordinatedBeforeAPluralFacilityNounAreEachAFacility() {
        String text = "It is a milestone for the KORAL and VESTRA experiments. Light came from the Harlow, Osgood and "
                + "Pellin telescopes. The Chinese and Indian missions are planned.";
        List<String> f = MentionTexts.of(text, EntityType.FACILITY);
        assertTrue(f.containsAll(List.of("KORAL", "VESTRA", "Harlow", "Osgood", "Pellin")), f::toString);
        assertFalse(f.contains("Chinese") || f.contains("Indian"), f::toString);
    }

    @Test
    void aGermanArticleOpeningTheSentenceIsNoPartOfTheName() {
        String text = "Das Marlower Institut für Hafenkunde hat eine Station eröffnet. Die Station misst den Wind.";
        List<String> o = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(o.contains("Marlower Institut für Hafenkunde"), o::toString);
        assertTrue(MentionTexts.of(text, EntityType.FACILITY).isEmpty(), () -> MentionTexts.of(text, EntityType.FACILITY).toString());
    }

    @Test
    void germanNamesInTheGenitiveAndCompoundMinistriesAndAPlaceBeforeUnd() {
        String text = "Die Station ergänzt Messungen des Ostrander-Hafen-Instituts in Geesthacht und der Universität "
                + "Lemgo. Gefördert wird sie vom Landesministerium für Hafenbau (LMH).";
        List<String> o = MentionTexts.of(text, EntityType.ORGANIZATION);
        assertTrue(o.containsAll(List.of("Ostrander-Hafen-Instituts", "Landesministerium für Hafenbau")), o::toString);
        assertTrue(MentionTexts.of(text, EntityType.LOCATION).contains("Geesthacht"),
                () -> MentionTexts.of(text, EntityType.LOCATION).toString());
    }

    @Test
    void theBeforeANameWithAndDoesNotCutTheName() {
        List<String> o = MentionTexts.of("The work was funded by the Marine and Coastal Sciences Research Council.",
                EntityType.ORGANIZATION);
        assertTrue(o.contains("Marine and Coastal Sciences Research Council"), o::toString);
    }

    @Test
    void aStreetNumberBeforeATwoPartPostcodeIsNoCitation() {
        Extraction x = MentionTexts.ENGINE.extract("Anna Kowalczyk\n"
                + "Institute of Soil Science, Rolnicza 18, 00-716 Lublin, Poland\n"
                + "Second address: Hauptweg 7, D-52425 Jülich, Germany\n\nWe sampled soils.");
        List<String> other = x.mentions().stream().filter(m -> m.type() == EntityType.OTHER).map(Mention::text)
                .toList();
        assertFalse(other.contains("Rolnicza"), other::toString);
        assertFalse(other.contains("Hauptweg"), other::toString);
    }

    @Test
    void anOrganisationOnTheLineBelowTheAuthorsDoesNotTakeTheirNames() {
        List<String> o = MentionTexts.of("Dune crusts\n\nAna Lima Costa, Rosvaldo Brum Salles and Dalva Sato Nakamura\n"
                + "Centro de Estudos em Ecologia Costeira, Campinas, Brazil\n\nText.", EntityType.ORGANIZATION);
        assertTrue(o.contains("Centro de Estudos em Ecologia Costeira"), o::toString);
        assertFalse(o.stream().anyMatch(x -> x.contains("Nakamura")), o::toString);
    }

    @Test
    void theFirstOfThreeSurnamesCitedAuthorYearIsAPerson() {
        List<String> p = MentionTexts.of("The mass is smaller than Varga, Lindholm & Okafor (2020) suggested.\n\n"
                + "References\nVarga, T., Lindholm, E., & Okafor, N. 2020, ApJ, 901, 12\n", EntityType.PERSON);
        assertTrue(p.containsAll(List.of("Varga", "Lindholm", "Okafor")), p::toString);
    }
}
