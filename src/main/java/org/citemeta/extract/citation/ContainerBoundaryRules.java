package org.citemeta.extract.citation;

/**
 * Rules on where the container (the journal, book or proceedings) begins and ends, run late in
 * {@link ModelFieldLabeller#assemble}, after the model's labels and the earlier rules (each measured on both corpora;
 * see the citation README).
 */
final class ContainerBoundaryRules {
    private ContainerBoundaryRules() {
    }

    /**
     * A container that the model began with the title's last words, before the end of the title's sentence, where a
     * known journal follows that sentence end and is the rest of the container ("... in the quiet semimetal Qu 3 Bi. |
     * Science 350", "... on circular RNAs. | Nature 1995; 268", OCR's "... candidate QuP .Nat .Commun .11"): the words
     * up to the sentence end are the title's (where the title comes right before them), else no field's. Not where the
     * container as a whole is a known name ("Eur. J. Phys."), nor where the word before the period is a journal's
     * abbreviation ("Chem. Soc. | Perkin Trans.").
     */
    static void titleSentenceBeforeJournal(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || c[0] == c[1] || Journals.known(t, c[0], c[1])) {
            return; // at the start of the reference there is no title to end ("Intl. J. Quiet Med.")
        }
        int c1 = c[1];
        while (c1 > c[0] && !Character.isLetterOrDigit(t.word[c1].charAt(0))) {
            c1--;
        }
        // the earliest sentence end inside the container after which a known name runs to the container's end
        for (int k = c[0] + 1; k <= c1; k++) {
            if (!Character.isLetter(t.word[k].charAt(0)) || !Character.isUpperCase(t.word[k].charAt(0))) {
                continue;
            }
            int p = k - 1; // the period ending the sentence: its own token or the end of a word
            String w = t.word[p];
            String before;
            if (w.equals(".")) {
                if (p - 1 < c[0]) {
                    continue;
                }
                before = t.word[p - 1];
            } else if (w.length() > 1 && w.endsWith(".") && !t.glued(p)) {
                before = w.substring(0, w.length() - 1);
            } else {
                continue;
            }
            if (before.isEmpty() || !Character.isLetterOrDigit(before.charAt(0)) || before.endsWith(".")
                    || Abbreviations.isJournalWord(before) || Journals.abbreviation(before + ".")
                    || before.length() == 1 && Character.isUpperCase(before.charAt(0))) {
                continue; // "Chem. Soc.", an initial "R."
            }
            if (!Journals.known(t, k, c1)) {
                continue;
            }
            int prev = c[0] - 1;
            while (prev >= 0 && y[prev] == RefLabel.O && !Character.isLetterOrDigit(t.word[prev].charAt(0))) {
                prev--;
            }
            int to = prev >= 0 && y[prev] == RefLabel.TITLE ? RefLabel.TITLE : RefLabel.O;
            for (int j = c[0]; j < k; j++) {
                if (y[j] == RefLabel.CONTAINER || to == RefLabel.TITLE && y[j] == RefLabel.O) {
                    y[j] = to;
                }
            }
            if (to == RefLabel.TITLE) {
                for (int j = prev + 1; j < c[0]; j++) {
                    y[j] = RefLabel.TITLE;
                }
            }
            return;
        }
    }

    /**
     * A known journal name whose first words the model gave to the title (or to nothing, or read as a place) right
     * before the container it began later ("Qu Volkova Yad. | Fiz. 31", "... detectors Class .| Quantum Grav .18",
     * "... equation ,Chaos ,| Solitons and Fractals 20"): the name's words are the container's. Only through words and
     * the punctuation inside names; not where the container alone is a known name too.
     */
    static void journalAcrossBoundary(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || Journals.known(t, c[0], c[1])) {
            return;
        }
        int c1 = c[1];
        while (c1 > c[0] && !Character.isLetterOrDigit(t.word[c1].charAt(0))) {
            c1--;
        }
        int min = c[0] - 1;
        while (min > 0 && (y[min - 1] == RefLabel.TITLE || y[min - 1] == RefLabel.PLACE || y[min - 1] == RefLabel.O)) {
            min--;
        }
        int b = Journals.longestEndingAt(t, min, c1);
        if (b < 0 || b >= c[0]) {
            return;
        }
        for (int j = b; j < c[0]; j++) {
            if (y[j] != RefLabel.TITLE && y[j] != RefLabel.PLACE && y[j] != RefLabel.O) {
                return;
            }
        }
        for (int j = b; j < c[0]; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }
}
