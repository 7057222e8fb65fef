package org.citemeta.extract;

import org.citemeta.extract.citation.FoundReference;
import org.citemeta.extract.citation.ParsedReference;
import org.citemeta.extract.citation.ReferenceParser;
import org.citemeta.extract.citation.UnguardedParse;
import org.citemeta.support.Reliability;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property-based fuzzing of the engine: random documents built from scholarly fragments, markup, reference
 * look-alikes, odd Unicode and noise. Whatever the text, extraction finishes, every offset lies inside the original
 * text, mentions and relations point at entities that exist, references carry sane fields, and the same text gives
 * the same answer. Bounded budget; the seed is printed with any failure and can be replayed with
 * {@code -DfuzzSeed=N}.
 */
@Tag("reliability")
class EnginePropertiesTest {

    static final int DOCUMENTS = 300;
    static final int REFERENCE_STRINGS = 500;

    private static final EntityExtractor ENGINE = new EntityExtractor();
    private static final ReferenceParser PARSER = new ReferenceParser();

    private static final List<String> FRAGMENTS = List.of(
            "CERN", "the Chinese Academy of Sciences (CAS)", "CAS", "SESAME", "the Sirius synchrotron", "Jordan",
            "Science", "University of Nottingham Ningbo China", "Geneva, Switzerland", "said Maria Curie, a physicist at ",
            "(X. Yang et al. Science 379, 240\u2013243; 2023)", "(A. B. et al. X 1, 1\u20132; 2000)",
            "*Science* **379**", "References\n", "1. ", "[1]", "[2\u20134]", "ref. 1", "refs 2,3", "et al.", "doi:10.1126/science.abc1234",
            "arXiv:2101.00001", "https://example.org/x", "Phys. Rev. Lett. 94, 102301 (2005).", "J. Am. Chem. Soc. 141, 45\u201367",
            "\u201cquoted\u201d", "\u2018single\u2019", "\u2014", "-", "-\n", "\n\n", "  ", "\t", "**", "_", "#", ">", "(", ")", "[", "]",
            ";", ",", ".", "\u00e9", "e\u0301", "\u4e2d\u56fd\u79d1\u5b66\u9662", "\ud83d\ude80", "\u200b", "\u00a0", "\ufeff",
            "Dr.", "Prof.", "Inc.", "Mr", "St.", "U.S.", "1999", "2023", "379", "240", "Department of Physics, ",
            "Institute of High Energy Physics, Beijing 100049, China", "Max Planck Society", "MIT", "NASA");

    static String fragment(Random r) {
        switch (r.nextInt(5)) {
            case 0: { // printable ASCII noise
                StringBuilder b = new StringBuilder();
                for (int i = r.nextInt(12); i > 0; i--) {
                    b.append((char) (' ' + r.nextInt('~' - ' ' + 1)));
                }
                return b.toString();
            }
            case 1: { // any code point, surrogates and controls included
                StringBuilder b = new StringBuilder();
                for (int i = r.nextInt(4); i > 0; i--) {
                    b.append((char) r.nextInt(Character.MAX_VALUE + 1));
                }
                return b.toString();
            }
            case 2: { // a word
                StringBuilder b = new StringBuilder(" ");
                for (int i = 1 + r.nextInt(10); i > 0; i--) {
                    char c = (char) ('a' + r.nextInt(26));
                    b.append(r.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
                }
                return b.append(' ').toString();
            }
            default:
                return FRAGMENTS.get(r.nextInt(FRAGMENTS.size()));
        }
    }

    static String document(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(121); i > 0; i--) {
            b.append(fragment(r));
        }
        return b.toString();
    }

    static String referenceString(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(26); i > 0; i--) {
            b.append(switch (r.nextInt(3)) {
                case 0 -> FRAGMENTS.get(r.nextInt(FRAGMENTS.size()));
                case 1 -> Integer.toString(r.nextInt(30_001));
                default -> fragment(r);
            }).append(' ');
        }
        return b.toString();
    }

    static long seed() {
        return Long.getLong("fuzzSeed", 20261129L);
    }

    @Test
    void extractionKeepsItsInvariantsOnAnyText() {
        long seed = seed();
        Random r = new Random(seed);
        for (int i = 0; i < DOCUMENTS; i++) {
            Reliability.caseTried();
            String text = document(r);
            try {
                invariants(text);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + " document " + i + " (replay with -DfuzzSeed=" + seed + "): "
                        + escape(text), e);
            }
        }
    }

    @Test
    void parsingAnyStringGivesSaneFields() {
        long seed = seed();
        Random r = new Random(seed);
        for (int i = 0; i < REFERENCE_STRINGS; i++) {
            Reliability.caseTried();
            String raw = referenceString(r);
            try {
                // unguarded: parse() answers the rule labeller's parse when the labeller throws, which would hide a defect
                saneFields(UnguardedParse.parse(PARSER, raw));
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + " string " + i + ": " + escape(raw), e);
            }
        }
    }

    /** Found by the property above: a hyphen opening the text before a known name read before the first token. */
    @Test
    void aHyphenOpeningTheTextBeforeANameIsNoError() {
        Extraction x = ENGINE.extract("-CERN and -SESAME");
        assertEquals(List.of("CERN", "SESAME"), x.mentions().stream().map(Mention::text).toList());
    }

    static void invariants(String text) {
        Extraction x = ENGINE.extract(text);
        assertNotNull(x.metadata());
        Set<String> keys = new HashSet<>();
        x.entities().forEach(e -> keys.add(e.key()));
        for (Mention m : x.mentions()) {
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), "mention offsets " + m);
            assertTrue(keys.contains(m.entityKey()), "mention of a known entity " + m);
            assertTrue(m.confidence() >= 0 && m.confidence() <= 1, "confidence " + m);
            assertTrue(!m.text().isBlank(), "non-blank surface " + m);
        }
        for (Relation rel : x.relations()) {
            assertTrue(keys.contains(rel.subjectKey()) && keys.contains(rel.objectKey()), "relation between known entities " + rel);
            assertTrue(0 <= rel.start() && rel.start() <= rel.end() && rel.end() <= text.length(), "relation offsets " + rel);
        }
        int order = 0;
        for (FoundReference f : x.references()) {
            assertEquals(order++, f.order(), "references numbered in order");
            assertTrue(0 <= f.start() && f.start() < f.end() && f.end() <= text.length(), "reference offsets " + f);
            assertNotNull(f.key());
            saneFields(f.parsed());
        }
        assertEquals(x, ENGINE.extract(text), "deterministic");
    }

    static void saneFields(ParsedReference p) {
        assertNotNull(p);
        if (p.year() != null) {
            assertTrue(p.year() >= 1000 && p.year() <= 2999, "year " + p.year());
        }
        if (p.pageLast() != null) {
            assertNotNull(p.pageFirst(), "a last page needs a first page");
        }
        p.authors().forEach(a -> assertTrue(a.family() != null && !a.family().isBlank(), "author family " + a));
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append((char) c);
            }
        });
        return b.toString();
    }
}
