package org.citemeta.extract.citation;

/**
 * Rules on what the container of a reference is, from how the source is written, run by
 * {@link ModelFieldLabeller#assemble} after the model's labels and the other container rules: the words naming a
 * special issue are no part of the journal's name; a short cross-reference to an edited book cited elsewhere in the
 * list ("In Berg and Lund, 12-20", "In Holm et al. [4]") names the editors, not a container.
 */
final class ContainerSourceRules {
    private ContainerSourceRules() {
    }

    /**
     * "Special Issue" is no part of a journal's name: a journal's special issue is written "Quiet Harbours, Special
     * Issue: Cranes, 12(3)", "Quiet Harbours Special Issue 16: 27-35" or "Special Issue, Quiet Harbours 54(3)". Where
     * the container holds the words "Special Issue" (or ends on "Special" right before "Issue") after its first word,
     * the container ends before them (and before the comma, colon or dash before them); where it begins with "Special
     * Issue" and a comma, colon or dash, the journal is what follows. "Special Issue on ..." / "of ..." is left alone:
     * the GROBID gold keeps the issue's name so written with the journal's (the AnyStyle gold does not); a lower-case
     * "special issue" is prose ("to appear in the special issue on ...").
     */
    static void specialIssue(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        for (int s = c[0]; s <= c[1]; s++) {
            if (!t.word[s].equals("Special") || s + 1 >= t.count || !t.word[s + 1].startsWith("Issue")) {
                continue;
            }
            if (s + 2 < t.count && (t.word[s + 2].equals("on") || t.word[s + 2].equals("of"))) {
                return; // "Special Issue on Cranes": written so, the issue's name is kept with the journal's
            }
            if (s == c[0]) {
                int k = s + 2;
                if (k > c[1] || !(t.word[k].equals(",") || t.word[k].equals(":") || t.word[k].equals("-"))
                        || k + 1 > c[1] || !Character.isUpperCase(t.word[k + 1].charAt(0))) {
                    return;
                }
                for (int j = s; j <= k; j++) {
                    y[j] = RefLabel.O;
                }
                return;
            }
            int e = s;
            if (t.word[e - 1].equals(",") || t.word[e - 1].equals(":") || t.word[e - 1].equals("-")) {
                e--;
            }
            if (e <= c[0]) {
                return;
            }
            for (int j = e; j <= c[1]; j++) {
                if (y[j] == RefLabel.CONTAINER) {
                    y[j] = RefLabel.O;
                }
            }
            return;
        }
    }
}
