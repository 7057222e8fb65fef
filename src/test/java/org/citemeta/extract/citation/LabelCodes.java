package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

/**
 * Token labels written as two-letter codes, as `ReferenceModelEval show` prints them ("AU TI - CO", "-" for none), for
 * tests that give the tokens of an invented reference the labels of a model error by hand.
 */
final class LabelCodes {
    private static final Map<String, Integer> CODES = Map.ofEntries(Map.entry("-", RefLabel.O),
            Map.entry("AU", RefLabel.AUTHOR), Map.entry("ED", RefLabel.EDITOR), Map.entry("TI", RefLabel.TITLE),
            Map.entry("CO", RefLabel.CONTAINER), Map.entry("VO", RefLabel.VOLUME), Map.entry("IS", RefLabel.ISSUE),
            Map.entry("PA", RefLabel.PAGES), Map.entry("YE", RefLabel.YEAR), Map.entry("PU", RefLabel.PUBLISHER),
            Map.entry("PL", RefLabel.PLACE));

    private LabelCodes() {
    }

    /** The labels of the codes, one per token. */
    static int[] labels(ModelTokens t, String codes) {
        String[] c = codes.trim().split("\\s+");
        assertEquals(t.count, c.length, "one code per token: " + String.join("|", t.word));
        int[] y = new int[c.length];
        for (int k = 0; k < c.length; k++) {
            y[k] = CODES.get(c[k]);
        }
        return y;
    }

    /** The text of the first run of a label, as the assembly reads the field. */
    static String field(ModelTokens t, int[] y, int label) {
        int[] sp = LabelSpans.span(y, label);
        return sp == null ? null : t.text.substring(t.start[sp[0]], t.end[sp[1]]);
    }
}
