package org.citemeta.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Entities of kinds of documents the gold set lacks (an astronomy press release, a thesis's front matter and
 * acknowledgements, an obituary, an agricultural report from Africa, an East Asian university's news release, a call
 * for papers with its committee), read from invented sentences: every person, body and name here is invented but for
 * real towns and countries. The six invented documents these rules were found on are under
 * {@code src/test/resources/org/citemeta/extract/invented/}.
 */
class KinshipAndFamilyNameCuesTest {
    private static List<String> of(String text, EntityType type) {
        return MentionTexts.of(text, type);
    }

    // ------------------------------------------------------------------ fixes in Annotator

    @Test
    void aHyphenatedKoreanOrChineseGivenNameKeepsItsLowerCaseSyllable() {
        String text = "The detector was built by the group of Professor Park Seo-yeon at Velmar University, with Dr Lin "
                + "Wei-hsun and Jung Ha-eun of the Tarnova Institute.";
        List<String> p = of(text, EntityType.PERSON);
        assertTrue(p.containsAll(List.of("Park Seo-yeon", "Lin Wei-hsun", "Jung Ha-eun")), p::toString);
        assertFalse(p.contains("Park Seo") || p.contains("Lin Wei"), p::toString);
        // an English word after a name and a hyphen is no syllable of it
        List<String> q = of("A survey led by Dr Anna Kessler-led teams found nothing.", EntityType.PERSON);
        assertFalse(q.stream().anyMatch(x -> x.endsWith("-led")), q::toString);
    }

    @Test
    void aLabelOnTheNextLineIsNoPartOfAName() {
        String text = "Supervisors: Professor Gareth Pennington and Dr Oskar Brendel\nExaminers: Professor Mira Solberg\n";
        List<String> p = of(text, EntityType.PERSON);
        assertTrue(p.contains("Oskar Brendel"), p::toString);
        assertFalse(p.stream().anyMatch(x -> x.contains("Examiners")), p::toString);
    }

    @Test
    void aNameDoesNotGoOnWithAndAfterItsHeadWord() {
        String text = "The work was funded by the Velmor Foundation and the Kessing Trust, and by the Orlan Foundation "
                + "and Pellworth.";
        List<String> o = of(text, EntityType.ORGANIZATION);
        assertTrue(o.containsAll(List.of("Velmor Foundation", "Orlan Foundation")), o::toString);
        assertFalse(o.stream().anyMatch(x -> x.contains(" and ")), o::toString);
    }

    @Test
    void thePossessiveAfterOfBelongsToTheWholeName() {
        String text = "The University of Tarnova's new telescope and the Ministry of Fisheries's report were praised by"
                + " the Institute of Velmar Studies's director.";
        List<String> o = of(text, EntityType.ORGANIZATION);
        assertTrue(o.containsAll(List.of("University of Tarnova", "Ministry of Fisheries", "Institute of Velmar Studies")),
                o::toString);
    }

    @Test
    void anAllianceIsABodyAndForAGoesOnInsideAName() {
        String text = "The workshop was held with the Alliance for a Drier Velmar (ADV) and the Centre for an Open "
                + "Tarnova Sea.";
        List<String> o = of(text, EntityType.ORGANIZATION);
        assertTrue(o.containsAll(List.of("Alliance for a Drier Velmar", "Centre for an Open Tarnova Sea")),
                o::toString);
    }

    @Test
    void eachLineOfACommitteeListAfterACountryStartsAName() {
        String text = "Programme Committee\n"
                + "Ilse Vantorp, Kessel University, Cologne, Germany\n"
                + "Marco Brandolini, University of Tarnova, Italy\n"
                + "Karim Soudani, Institute for the Social Sciences, Lyon, France\n"
                + "Sara Okonkwo, University of Lagos, Nigeria\n";
        List<String> p = of(text, EntityType.PERSON);
        assertTrue(p.containsAll(List.of("Ilse Vantorp", "Marco Brandolini", "Karim Soudani", "Sara Okonkwo")),
                p::toString);
    }

    // ------------------------------------------------------------------ fix in UnlistedPlacesAndAgencies

    @Test
    void namesListedWithAPlaceBeforeAPluralPlaceNounArePlaces() {
        String text = "Farmers in the Tamale, Wondurba and Savelugu districts planted the new maize.";
        List<String> l = of(text, EntityType.LOCATION);
        assertTrue(l.containsAll(List.of("Tamale", "Wondurba", "Savelugu")), l::toString);
        // no known place in the list, no reading: "the Velmar and Kessogu districts"
        List<String> m = of("Farmers in the Velmar and Kessogu districts planted maize.", EntityType.LOCATION);
        assertFalse(m.contains("Kessogu"), m::toString);
    }

    @Test
    void aYearInParenthesesClosesAPlaceAndGoesOnWithItsList() {
        String text = "Earlier meetings were held in Valletta (2021), Tunis (2022), Wondurba (2023) and Split (2024).";
        List<String> l = of(text, EntityType.LOCATION);
        assertTrue(l.containsAll(List.of("Valletta", "Tunis", "Wondurba", "Split")), l::toString);
    }

    @Test
    void theBaseKnowsTheCgiarCentres() {
        String text = "Soil samples from Wondurba were analysed by World Agroforestry in Nairobi, and the herd data were "
                + "shared with ILRI.";
        List<String> o = of(text, EntityType.ORGANIZATION);
        assertTrue(o.containsAll(List.of("World Agroforestry", "ILRI")), o::toString);
    }

    // ------------------------------------------------------------------ KinshipAndFamilyNameCues

    @Test
    void relativesAfterAPossessiveAndAKinshipNounArePersons() {
        String text = "She is survived by her husband, their daughters Anke and Liese, and five grandchildren. I "
                + "thank my parents, Obi and Clara Mensah-Lowe, and my sister Ngara for everything.";
        List<String> p = of(text, EntityType.PERSON);
        assertTrue(p.containsAll(List.of("Anke", "Liese", "Obi", "Clara Mensah-Lowe", "Ngara")), p::toString);
        // no possessive, no relative: "the son of a miner", "sister journal Nature"
        List<String> q = of("He was the son of Kessel miners and wrote for the sister journal Velmar Letters.",
                EntityType.PERSON);
        assertTrue(q.isEmpty(), q::toString);
    }

    @Test
    void aFamilyNameInCapitalsBeforeAGivenNameIsAPerson() {
        String text = "The group of Professor TAKEMURA Ryota of Velmar University observed the decay; graduate student "
                + "OSHIRO Mei presented it, with HONDA Kenji of the Tarnova Institute.";
        List<String> p = of(text, EntityType.PERSON);
        assertTrue(p.containsAll(List.of("TAKEMURA Ryota", "OSHIRO Mei", "HONDA Kenji")), p::toString);
        // an acronym that spells no romanised syllables, or one the base knows, is no family name
        List<String> q = of("The ZTF Kenji pipeline and the CERN Anna programme ran.", EntityType.PERSON);
        assertFalse(q.stream().anyMatch(x -> x.startsWith("ZTF") || x.startsWith("CERN")), q::toString);
    }
    /** A word of thousands of capitals is no family name, and reading it must not overflow the stack (the fuzzer). */
    @Test
    void aVeryLongWordInCapitalsIsNoFamilyNameAndDoesNotOverflow() {
        String text = "The review by Professor " + "A".repeat(10_000) + " Haruki was short. Professor SATO Haruki agreed.";
        List<String> p = of(text, EntityType.PERSON);
        assertTrue(p.contains("SATO Haruki"), p::toString);
        assertFalse(p.stream().anyMatch(x -> x.startsWith("AAAA")), p::toString);
    }
}
