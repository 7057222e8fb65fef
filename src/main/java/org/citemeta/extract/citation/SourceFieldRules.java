package org.citemeta.extract.citation;

/**
 * Rules on the source of a reference (its container and the title before it) by the form of the reference, written
 * from the AnyStyle development errors on containers and volumes and checked against the GROBID development errors of
 * the same forms (thirteenth session of 7 Dec 2026, helper R6). Called once, at the end of the label rules of {@link
 * ModelFieldLabeller#assemble}. Each rule was measured alone on both evaluation corpora (see the citation README).
 */
final class SourceFieldRules {

    private SourceFieldRules() {
    }

    /** The label rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, byte[] rule) {
        titleOpensWithIn(t, y, rule);
    }

    /**
     * A title whose first word is "In" ("Lund, K. 2009. In Harbour Cranes We Trust: Notes on Quays. Bergen: ...",
     * "... 2011. In Quiet Water Tests of Harbour Cranes, Journal of Quay Studies, 27(3)") is no "In" before a book:
     * the model read the words after "In" as the container and left the title empty or began it later. When no
     * title, container, editor or number stands before the "In" (only the names, the year and punctuation), no
     * editor is read anywhere, and the rule labeller read the "In" and the words after it as the title, that
     * stretch is the title (up to where the rule labeller's title ends).
     */
    static void titleOpensWithIn(ModelTokens t, int[] y, byte[] rule) {
        int k = 0;
        boolean head = false;
        for (; k < t.count; k++) {
            if (t.word[k].equals("In")) {
                break;
            }
            if (y[k] == RefLabel.AUTHOR || y[k] == RefLabel.YEAR) {
                head = true;
            } else if (y[k] != RefLabel.O) {
                return;
            }
        }
        if (!head || k + 1 >= t.count || y[k] != RefLabel.O || rule[k] != RefLabel.TITLE
                || y[k + 1] != RefLabel.CONTAINER && y[k + 1] != RefLabel.TITLE
                || !Character.isLetter(t.word[k + 1].charAt(0)) || LabelSpans.first(t, y, RefLabel.EDITOR) >= 0) {
            return;
        }
        int e = k;
        while (e < t.count && rule[e] == RefLabel.TITLE) {
            if (y[e] != RefLabel.O && y[e] != RefLabel.TITLE && y[e] != RefLabel.CONTAINER) {
                return;
            }
            e++;
        }
        while (e > k + 1 && !Character.isLetterOrDigit(t.word[e - 1].charAt(0))) {
            e--;
        }
        if (e < t.count && y[e] == RefLabel.CONTAINER) {
            return; // the model's container goes on past the rule labeller's title: no clear end
        }
        for (int j = k; j < e; j++) {
            y[j] = RefLabel.TITLE;
        }
    }
}
