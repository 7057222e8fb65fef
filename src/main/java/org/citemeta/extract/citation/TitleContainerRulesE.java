package org.citemeta.extract.citation;

/**
 * Rules on the boundary between the title and the container (the journal, book or proceedings), run in
 * {@link ModelFieldLabeller#assemble} after the model's labels (each measured on both corpora; see the citation
 * README).
 */
final class TitleContainerRulesE {
    private TitleContainerRulesE() {
    }

    /**
     * The journal written as the last sentence of the title, right before its numbers, where the model read no
     * container at all ("... to Neuromuscular Control. | Frontiers in Quiet Studies. 2018; 12:62", "... evaluation
     * program. | Quantitative structure-activity relationships 11:176-184"): the words after the title's last sentence
     * end that the rules read as the container are the container, when the volume, an issue in parentheses, or the year
     * and then the volume follow them. Only with three title words at least before the sentence end and no digit in the
     * journal's words.
     */
    static void journalAfterTitleSentence(ModelTokens t, int[] y, byte[] rule) {
        int e = -1;
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                return;
            }
            if (y[k] == RefLabel.TITLE) {
                e = k;
            }
        }
        if (e < 3 || e + 1 >= t.count || rule[e] != RefLabel.CONTAINER) {
            return;
        }
        if (!numbersAfter(t, y, e + 1)) {
            return;
        }
        int b = e;
        while (b >= 0 && y[b] == RefLabel.TITLE && rule[b] == RefLabel.CONTAINER && e - b < 12) {
            b--;
        }
        if (b < 0 || b == e || y[b] != RefLabel.TITLE || rule[b] == RefLabel.CONTAINER) {
            return;
        }
        String w = t.word[b];
        boolean end = w.equals(".") || w.equals("?") || w.equals("!") || ModelFieldLabeller.sentenceEnd(w);
        if (!end || !Character.isLetter(t.word[b + 1].charAt(0))) {
            return;
        }
        int words = 0;
        for (int j = b; j >= 0 && y[j] == RefLabel.TITLE; j--) {
            words += Character.isLetterOrDigit(t.word[j].charAt(0)) ? 1 : 0;
        }
        if (words < 3) {
            return;
        }
        for (int j = b + 1; j <= e; j++) {
            if (Character.isDigit(t.word[j].charAt(0))) {
                return;
            }
        }
        for (int j = b + 1; j <= e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /**
     * Whether a journal's numbers begin at token {@code n} (after one separator at most): the volume, "(" and an
     * issue or volume, or the year and the volume within two tokens.
     */
    private static boolean numbersAfter(ModelTokens t, int[] y, int n) {
        if (n < t.count && y[n] == RefLabel.O && (t.word[n].equals(".") || t.word[n].equals(","))) {
            n++;
        }
        if (n >= t.count) {
            return false;
        }
        if (y[n] == RefLabel.VOLUME) {
            return true;
        }
        if (t.word[n].equals("(") && n + 1 < t.count) {
            return y[n + 1] == RefLabel.ISSUE || y[n + 1] == RefLabel.VOLUME;
        }
        if (y[n] == RefLabel.YEAR) {
            for (int j = n + 1; j < t.count && j <= n + 3; j++) {
                if (y[j] == RefLabel.VOLUME) {
                    return true;
                }
            }
        }
        return false;
    }
}
