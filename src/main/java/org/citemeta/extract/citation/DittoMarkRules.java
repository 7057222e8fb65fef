package org.citemeta.extract.citation;

/**
 * A reference that opens with a ditto mark for its authors ("———. Quiet Harbours. London: ...", the Chicago and MLA way
 * of repeating the previous entry's names; dashes are "-" after cleaning), run in {@link ModelFieldLabeller#assemble}
 * (measured on both corpora; see the citation README). When a list is read from a document, {@code ReferenceExtractor}
 * puts the previous entry's names in place of the mark before parsing; a reference parsed alone has no names.
 */
final class DittoMarkRules {
    private DittoMarkRules() {
    }

    /**
     * A raw entry that opens with a ditto mark and its period, the text after them in group 1 ("———. Quiet Harbours",
     * "- - - . Quiet Harbours" as PDF extraction spaces it): the same test as {@link #opensWithDittoMark} on the tokens,
     * where every dash is a token of its own, so spaces between the dashes count neither here nor there. Written as
     * a dash, dashes and spaces, a dash: the same strings as {@code (?:[dashes]\\s*){2,}}, whose group java.util.regex
     * repeats by recursion, one level per dash, so that a run of 10,000 dashes overflowed the stack and failed the
     * whole document (the fuzzer of 7 Dec 2026, src/test/java/org/citemeta/fuzz/README.md); a character class
     * repeats without recursion.
     */
    static final java.util.regex.Pattern MARK_THEN_TEXT = java.util.regex.Pattern.compile(
            "[-\u2012\u2013\u2014\u2015_][-\u2012\u2013\u2014\u2015_\\s]*[-\u2012\u2013\u2014\u2015_]\\s*\\.\\s*(\\S.*)");

    /**
     * Whether the reference opens with a ditto mark and its period: two dashes or underscores at least, then ".".
     * After a comma, names go on ("--, and A. Quist, 2007:"), so a comma does not count.
     */
    private static boolean opensWithDittoMark(ModelTokens t) {
        int k = 0;
        while (k < t.count && (t.word[k].equals("-") || t.word[k].equals("_"))) {
            k++;
        }
        return k >= 2 && k + 1 < t.count && t.word[k].equals(".");
    }

    /**
     * No name is written after a ditto mark: the names assembled are none ("———. | Dom Quieto. In Obras, 1: 80–94"
     * gave the author "Quieto, Dom": the model read the mark as the names, and the rules, which read the title's words
     * as a name, then gave theirs). Relabelling those words as the title changed no figure: the title was right already.
     */
    static void noNamesAfterDittoMark(ModelTokens t, LabelledFields f) {
        if (opensWithDittoMark(t)) {
            f.authors.clear();
            f.etAl = false;
        }
    }
}
