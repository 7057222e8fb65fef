package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.citemeta.extract.Cancellation;
import org.citemeta.extract.bench.ReferenceParseBenchmark;
import org.junit.jupiter.api.Test;

/**
 * The parser must not throw on any string: a reference comes from a document or a client as it is. The rules of the
 * trained labeller index tokens around what the model labelled, and a string shaped unlike the ones they were written
 * for has made one of them index outside the tokens before ("( in QCD ..., Nucl. Phys. A 956"). This test parses
 * mutated references with the guard off ({@link ReferenceParser#parseUnguarded}), so a defect shows here instead of
 * only as a warning in the service's log: references rendered through every style of the training generator (a fixed
 * seed of its own, so not the training data) and the benchmark's hand-written ones, each cut at every token
 * boundary from the left (also with a bracket, quote or punctuation mark left before it) and from the right, and changed at random places (a bracket, quote, dash, digit, CJK unit
 * or punctuation put in, a character dropped, a word doubled, two words swapped).
 */
class ReferenceParserFuzzTest {
    private static final String OPENERS = "([{\"'“‘«,.;:–&/";
    private static final String PUT_IN = "()[]{}\"'“”‘’«»,.;:–-—&/ 0123456789卷号页期年.eEIVpS";

    @Test
    void shouldParseCutAndChangedReferencesWithoutAnException() throws Exception {
        List<String> base = new ArrayList<>(ReferenceParseBenchmark.REFERENCES);
        for (SyntheticReferences.Sample s : SyntheticReferences.generate(2, 777L, new ArrayList<>(SyntheticReferences.STYLES),
                List.of("en-GB", "de-DE", "fr-FR"))) {
            base.add(s.text());
        }
        assertTrue(base.size() > 150, "too few references generated: " + base.size());
        ReferenceParser parser = new ReferenceParser();
        Random rnd = new Random(20261206L);
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        for (String ref : base) {
            for (String v : variants(ref, rnd)) {
                parsed++;
                try {
                    parser.parseUnguarded(v);
                } catch (RuntimeException | StackOverflowError e) {
                    if (failures.size() < 10) {
                        failures.add(e + " at " + e.getStackTrace()[0] + " for \"" + v + "\"");
                    }
                }
            }
        }
        assertTrue(parsed > 5_000, "too few variants: " + parsed);
        assertTrue(failures.isEmpty(), "the parser threw on " + failures.size() + "+ of " + parsed + " strings:\n"
                + String.join("\n", failures));
    }

    /**
     * A regular expression that can cut the same run of text in many ways tries them all when the string does not
     * match, and an interrupt does not stop it: two rules did so until the twelfth session of 7 Dec 2026 (a
     * collaboration's name, over a second for a run of 100 capitals and minutes for 400; a list of OCR'd names, over
     * 100 s for "Smith J, Jones K. " and twenty spaced capitals). Long runs of one word or mark, alone and after or
     * before a reference's usual parts, must be parsed in a bounded time; the bound is far above what the parser
     * needs (well under a second for all of them) and far below what either rule took, so it is no speed target.
     */
    @Test
    void shouldFinishOnLongRunsOfOneWordOrMark() {
        ReferenceParser parser = new ReferenceParser();
        parser.parseUnguarded("X. Yang et al. Science 379, 240–243 (2023)."); // loads the model outside the bound
        List<String> strings = new ArrayList<>();
        for (String unit : List.of("A", "A ", "A. ", "Ab ", "AB ", "A, ", "Collaboration ", "a ", "1 ", ". ")) {
            for (String before : List.of("", "Smith J, Jones K. ", "J. Smith, ")) {
                for (int n : new int[]{20, 300}) {
                    strings.add(before + unit.repeat(n));
                    strings.add(before + unit.repeat(n) + " Science 379, 240–243 (2023).");
                }
            }
        }
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String s : strings) {
                parser.parseUnguarded(s);
            }
        }, "a run of one word or mark made the parser backtrack without end");
    }

    /**
     * A {@code \\b} of java.util.regex on a non-spacing mark looks back over every mark before it for their base
     * character, so a run of marks made each {@code \\b} of the labeller cost the run's length: 25 s for 8,000 marks
     * after a reference and 115 s for 16,000 before the parser kept at most four in a row (the fuzzer of 7 Dec 2026,
     * src/test/java/org/citemeta/fuzz/README.md). The bound is far above what the parser needs (under a second for
     * all of them) and far below what the old code took for one.
     */
    @Test
    void shouldFinishOnLongRunsOfCombiningMarks() {
        ReferenceParser parser = new ReferenceParser();
        parser.parseUnguarded("X. Yang et al. Science 379, 240–243 (2023)."); // loads the model outside the bound
        String marks = "\u0301".repeat(20_000);
        List<String> strings = List.of("Smith RK. Handbook of Widgets. Springer (2001)." + marks,
                "Smith RK" + marks + ". Handbook of Widgets. Springer (2001).", marks, "e" + marks + " Nature 1, 2 (2000).");
        ParsedReference[] last = new ParsedReference[1];
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String s : strings) {
                last[0] = parser.parseUnguarded(s);
            }
        }, "a run of combining marks made the parser's \\b look back over the run at every position");
        assertEquals(Integer.valueOf(2000), last[0].year());
    }

    /**
     * The report number's hint ({@code NumberRules.REPORT_HINT}) tried every capital of a run of letters to the run's
     * end: a word of 16,000 capitals took 12 s in that one pattern, and it grew with the square of the word (the
     * fuzzer of 7 Dec 2026; the parser took 24 s for 40,000 capitals, 0.7 s after). The bound is far above what the parser needs and far below what the old code took.
     */
    @Test
    void shouldFinishOnAVeryLongWord() {
        ReferenceParser parser = new ReferenceParser();
        parser.parseUnguarded("X. Yang et al. Science 379, 240–243 (2023)."); // loads the model outside the bound
        List<String> strings = List.of("Smith RK. Handbook of Widgets. Springer (2001). " + "A".repeat(80_000),
                "Mc".repeat(40_000) + " RK. Handbook of Widgets. Springer (2001).");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String s : strings) {
                parser.parseUnguarded(s);
            }
        }, "a very long word made the report number's pattern try each of its capitals to its end");
        assertEquals("XLAB-PROJ-2016-0412", NumberRules.REPORT_HINT.matcher("Lund K. Widgets. Tech. Rep. XLAB-PROJ-2016-0412")
                .find() ? "XLAB-PROJ-2016-0412" : null);
    }

    /**
     * The OCR'd name list of {@code AuthorEdgeRules} ("Lund P. C., DahlR .S ., HolmS ., 2001,") repeated its group of
     * initials and its group of names without a bound, and java.util.regex recurses once per repetition: the trained
     * labeller's path overflowed the stack on 20,000 initials (the parser's guard answered with the rule labeller and a
     * warning; found by the fuzzer's thirteenth session). A name has at most a few initials and a list a few hundred
     * names, so both are bounded: these strings are parsed without the guard and without an overflow, and a real OCR'd
     * list still gives its names. So are a word's hyphenated parts ({@code RefTokens}) and a report number's
     * ({@code NumberRules.REPORT_NUMBER}): runs of "a-" and "AB-12-" overflowed too (sixteenth session).
     */
    @Test
    void shouldNotOverflowOnLongRunsOfInitialsOrOcrNames() {
        ReferenceParser parser = new ReferenceParser();
        List<String> strings = List.of("A. ".repeat(20_000), "Lund P. C., ".repeat(5_000) + "2001, Widgets. Nature 1, 2.",
                "Smith J, " + "A A ".repeat(10_000) + "(2001).", "a-".repeat(5_000), "AB-12-".repeat(1_700),
                "Smith J. Title. " + "A-B-".repeat(2_500) + " Nature 1, 2 (2000).");
        for (String s : strings) {
            assertDoesNotThrow(() -> parser.parseUnguarded(s), "overflow on " + s.substring(0, 12) + "…");
        }
        ParsedReference ocr = parser.parseUnguarded("Lund P. C., DahlR .S ., HolmS ., 2001, Widgets of the north. Nature 12, 34-56.");
        assertEquals(List.of("Lund", "DahlR", "HolmS"), ocr.authors().stream().map(CitationAuthor::family).toList());
    }

    /**
     * Cutting punctuation off a field's end with {@code "[set]+$"} cost the square of a run of that punctuation inside
     * the field: a title of 15,000 "; " took 30 s, of ": " 40 s (sixteenth session of 7 Dec 2026); {@link Ends} cuts in
     * linear time (0.8 s for the whole parse of each). The bound is far above what the parser needs and far below what
     * the old code took.
     */
    @Test
    void shouldFinishOnLongRunsOfPunctuationInsideAField() {
        ReferenceParser parser = new ReferenceParser();
        parser.parseUnguarded("X. Yang et al. Science 379, 240–243 (2023)."); // loads the model outside the bound
        List<String> strings = List.of("Smith J. Widgets. " + "; ".repeat(15_000) + " Nature 1, 2 (2000).",
                "Smith J. Widgets. " + ": ".repeat(15_000) + " Nature 1, 2 (2000).");
        ParsedReference[] last = new ParsedReference[1];
        assertTimeoutPreemptively(Duration.ofSeconds(12), () -> {
            for (String s : strings) {
                last[0] = parser.parseUnguarded(s);
            }
        }, "a field's end was cut with a pattern that tried every position of a run of punctuation");
        assertEquals(Integer.valueOf(2000), last[0].year());
        assertEquals("Widgets", Ends.cutTrailing("Widgets; : (", Ends.SPACE + ",;:([{"));
    }

    private static Set<String> variants(String ref, Random rnd) {
        Set<String> out = new LinkedHashSet<>();
        out.add(ref);
        for (int i = 1; i < ref.length(); i++) {
            if (ref.charAt(i) == ' ') {
                out.add(ref.substring(0, i)); // cut on the right
                out.add(ref.substring(i + 1)); // cut on the left
                out.add(OPENERS.charAt(rnd.nextInt(OPENERS.length())) + " " + ref.substring(i + 1)); // a mark left over
            }
        }
        String[] words = ref.split(" ");
        for (int n = 0; n < 12; n++) {
            StringBuilder b = new StringBuilder(ref);
            int at = rnd.nextInt(b.length() + 1);
            switch (n % 4) {
                case 0 -> b.insert(at, PUT_IN.charAt(rnd.nextInt(PUT_IN.length())));
                case 1 -> {
                    if (b.length() > 1) {
                        b.deleteCharAt(Math.min(at, b.length() - 1));
                    }
                }
                case 2 -> {
                    int w = rnd.nextInt(words.length);
                    List<String> l = new ArrayList<>(List.of(words));
                    l.add(w, words[w]);
                    b = new StringBuilder(String.join(" ", l));
                }
                default -> {
                    if (words.length > 1) {
                        int w = rnd.nextInt(words.length - 1);
                        List<String> l = new ArrayList<>(List.of(words));
                        l.set(w, words[w + 1]);
                        l.set(w + 1, words[w]);
                        b = new StringBuilder(String.join(" ", l));
                    }
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void shouldAnswerTheRuleLabellersParseWhenTheLabellerThrows() {
        ReferenceParser failing = new ReferenceParser(s -> {
            throw new ArrayIndexOutOfBoundsException(-1);
        });
        ParsedReference r = failing.parse("X. Yang et al. Science 379, 240–243; 2023");
        assertEquals("Science", r.containerTitle());
        assertEquals("379", r.volume());
        assertEquals("240", r.pageFirst());
        assertEquals("243", r.pageLast());
        assertEquals(2023, r.year());
        assertEquals("Yang", r.authors().get(0).family());
    }

    @Test
    void shouldAnswerAParseWithNoFieldsWhenTheRuleLabellerThrowsToo() {
        FieldLabeller defect = s -> {
            throw new IllegalStateException("defect");
        };
        ReferenceParser failing = new ReferenceParser(defect, defect);
        ParsedReference r = failing.parse("X. Yang et al. Science 379, 240–243; 2023");
        assertTrue(r.authors().isEmpty());
        assertNull(r.containerTitle());
        assertNull(r.year());
    }

    @Test
    void shouldLetCancellationThrough() {
        ReferenceParser cancelled = new ReferenceParser(s -> {
            throw new Cancellation.Cancelled();
        });
        assertThrows(Cancellation.Cancelled.class, () -> cancelled.parse("X. Yang et al. Science 379, 240–243; 2023"));
    }
}
