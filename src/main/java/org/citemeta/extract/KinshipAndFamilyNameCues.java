package org.citemeta.extract;

import java.util.Set;
import org.citemeta.extract.text.Tokens;

/**
 * Names that kinds of documents the gold set has few of write in ways the general passes miss: obituaries and thesis
 * acknowledgements (relatives by their given names), news releases of East Asian universities (family names in
 * capitals):
 * <ul>
 * <li>a possessive and a noun of kinship before capitalised words ("my sister Ngara", "their daughters Anke and
 * Liese", "My parents, Obi and Clara Mensah-Lowe"): the words name the relatives, persons, whether or not the given
 * names are listed;</li>
 * <li>a family name written in capitals before a given name, listed or after a title or a noun of a person ("Professor
 * TANAKA Yumi", "student OKADA Rin"):
 * the Japanese (and Korean) English-language convention of the family name first, in capitals; no acronym of the base,
 * no town, and the capitals spell romanised syllables.</li>
 * </ul>
 * Runs from {@link Annotator#run()} after {@link DocumentKindCues}; every look-around is bounded by a few tokens, and
 * each rule is one pass over the tokens.
 */
final class KinshipAndFamilyNameCues {
    /** Nouns of relatives that name them after a possessive ("his wife Anna", "our son Tomas"). */
    static final Set<String> KIN = Set.of("wife", "husband", "widow", "widower", "daughter", "daughters", "son", "sons",
            "sister", "sisters", "brother", "brothers", "mother", "father", "parents", "grandmother", "grandfather",
            "grandson", "grandsons", "granddaughter", "granddaughters", "grandchildren", "children", "partner",
            "cousin", "cousins", "uncle", "aunt", "niece", "nephew", "fiancé", "fiancée", "twin");

    /** Possessive determiners before a noun of kinship. */
    static final Set<String> POSSESSIVES = Set.of("my", "his", "her", "their", "our", "your", "My", "His", "Her",
            "Their", "Our", "Your");

    /** Most capitalised words of one relative's name. */
    private static final int MAX_NAME_WORDS = 3;

    private final CandidateSpace a;
    private final Tokens t;

    KinshipAndFamilyNameCues(CandidateSpace a) {
        this.a = a;
        this.t = a.tokens();
    }

    void run() {
        relatives();
        for (int k = 0; k + 1 < t.count; k++) {
            familyNameInCapitals(k);
        }
    }

    // ------------------------------------------------------------------ relatives

    /**
     * "my sister Ngara", "their daughters Anke and Liese", "My parents, Obi and Clara Mensah-Lowe": after a possessive
     * (and at most one lower-case word: "his late wife", "her younger brother") a noun of {@link #KIN}, an optional
     * comma, then one or two names of one to three capitalised words joined by "and" or a comma; each is a person.
     */
    private void relatives() {
        for (int k = 1; k + 1 < t.count; k++) {
            if (!t.isWord(k) || !KIN.contains(t.word[k]) || !possessiveBefore(k)) {
                continue;
            }
            int s = t.is(k + 1, ",") ? k + 2 : k + 1;
            for (int n = 0; n < 2; n++) {
                int e = relativeNameEnd(s);
                if (e == s) {
                    break;
                }
                a.add(s, e, EntityType.PERSON, ExtractionMethod.PATTERN_ROLE, 0.8, 76, null);
                if (!(t.is(e, "and") || t.is(e, ",") && t.isCap(e + 1) && t.is(relativeNameEnd(e + 1), "and"))) {
                    break;
                }
                s = e + 1;
            }
        }
    }

    /** A possessive right before token k, or before one lower-case word before it ("his late wife"). */
    private boolean possessiveBefore(int k) {
        return POSSESSIVES.contains(a.w(k - 1))
                || t.isWord(k - 1) && !t.isCap(k - 1) && POSSESSIVES.contains(a.w(k - 2));
    }

    /**
     * The end of a relative's name starting at s: one to {@link #MAX_NAME_WORDS} capitalised words (hyphenated ones
     * count as one) on one line, none a head word or a stop word, no known place or body first; s if none.
     */
    private int relativeNameEnd(int s) {
        int e = s;
        while (e < t.count && a.orgWord(e) && !t.isAllCaps(e) && Lexicon.head(t.word[e]) == null
                && !Lexicon.STOP_CAP.contains(t.word[e]) && e - s < MAX_NAME_WORDS && (e == s || !t.newlineBefore[e])) {
            e = a.joined(e + 1);
        }
        if (e == s || a.headsIn(s, e) || t.isCap(e) || a.placeEnd(s) >= e || known(s, e)) {
            return s;
        }
        return e;
    }

    /** An organisation or facility of the base on exactly the words [s, e). */
    private boolean known(int s, int e) {
        if (e - s != 1) {
            return false;
        }
        var entry = a.single(s);
        return entry != null && entry.type() != EntityType.PERSON && !entry.ambiguous();
    }

    // ------------------------------------------------------------------ family names in capitals

    /**
     * A romanised Japanese, Korean or Chinese family name: syllables of a consonant onset, one or two vowels and at
     * most a final n, ng or m ("sato", "nakamura", "kim", "wang", "li"); most acronyms are not ("ztf", "cnrs").
     */
    /**
     * The longest family name read in capitals ("HASHIMOTO", "ZHUANG" are 9 and 6): the syllables' group recurses once
     * per syllable in java.util.regex, and a word of 10,000 capitals overflowed the stack (the fuzzer, sixteenth session).
     */
    private static final int MAX_FAMILY_LETTERS = 16;
    private static final java.util.regex.Pattern ROMANISED = java.util.regex.Pattern.compile(
            "(?:(?:[bcdfghjkmnprstwyz]|ch|sh|ts|ky|ry|ny|hy|my|gy|ng|zh|x|q)?[aeiou]{1,2}(?:ng|n|m)?)+");

    /** Lower-case nouns of a person's role right before a name: "student OKADA Rin", "author MORI Kaede". */
    static final Set<String> PERSON_NOUNS = Set.of("student", "students", "researcher", "author", "professor",
            "lecturer", "scientist", "engineer", "director", "president", "postdoc", "fellow", "candidate",
            "assistant", "chair", "leader", "coordinator");

    /**
     * "Professor TANAKA Yumi", "student OKADA Rin": a word in capitals of two letters or more (letters only), no
     * acronym or place of the base and no town of the gazetteer, then a listed given name that ends the name (no
     * capitalised word after it), on one line: a person written family name first, the family name in capitals.
     */
    private void familyNameInCapitals(int k) {
        // (a given name the lists do not know is read after a title or a noun of a person: "Professor SATO Haruki")
        if (!t.isAllCaps(k) || t.word[k].length() > MAX_FAMILY_LETTERS
                || !ROMANISED.matcher(t.word[k].toLowerCase(java.util.Locale.ROOT)).matches()
                || t.newlineBefore[k + 1]
                || !t.isCap(k + 1) || t.isAllCaps(k + 1) || t.isCap(k + 2) || !t.isWord(k + 1)
                || t.isCap(k - 1) && !Lexicon.TITLES.contains(t.word[k - 1]) || a.single(k) != null
                || a.gazetteerEnd(k) > k || a.placeEnd(k) > k || Lexicon.head(t.word[k + 1]) != null) {
            return;
        }
        if (!a.kb().isAnyGivenName(t.word[k + 1]) && !Lexicon.TITLES.contains(a.w(k - 1))
                && !PERSON_NOUNS.contains(a.w(k - 1))) {
            return;
        }
        a.add(k, k + 2, EntityType.PERSON, ExtractionMethod.PATTERN_GIVEN_NAME, 0.8, 74, null);
    }
}
