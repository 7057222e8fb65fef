package org.citemeta.extract.citation;

/**
 * Rules on the boundary between the title and the journal that follows it, run late in
 * {@link ModelFieldLabeller#assemble} after {@link ContainerBoundaryRules} (each measured on both corpora; see the
 * citation README).
 */
final class TitleJournalRules {
    private TitleJournalRules() {
    }

    /**
     * A journal that the model ran into the title, reading no container at all, where the journal's numbers follow
     * ("... Approaches to Harbour Control. | Frontiers in quiet harbours. 2018; 12:62", "Héros et cranes, | Cahiers
     * des ports tranquilles, 15, 2012", "The second harbour, Quiet architecture, No. 83, 2000"): a reference with a
     * volume (or, without one, an issue; digits or a Roman numeral) after the title and no container has its
     * container somewhere, and the last sentence or comma group of the title, right before those numbers, is it.
     * Only where the title is followed by a number field, the last group has two to eight words, no digit, and at
     * least three title words come before it; a sentence ends at a period after a word that is no initial or journal
     * abbreviation.
     */
    static void journalRunOnInTitle(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int[] ti = LabelSpans.span(y, RefLabel.TITLE);
        if (ti == null) {
            return;
        }
        int n = ti[1] + 1;
        while (n < t.count && y[n] == RefLabel.O) {
            n++;
        }
        if (n >= t.count || y[n] != RefLabel.VOLUME && y[n] != RefLabel.YEAR && y[n] != RefLabel.ISSUE
                && y[n] != RefLabel.PAGES) {
            return;
        }
        int v = LabelSpans.first(t, y, RefLabel.VOLUME);
        if (v < 0) {
            v = LabelSpans.first(t, y, RefLabel.ISSUE); // "..., No. 83, 2000"
        }
        if (v < ti[1] || !LabelSpans.digits(t.word[v]) && !LabelSpans.ROMAN.matcher(t.word[v]).matches()
                || LabelSpans.last(t, y, RefLabel.TITLE) != ti[1]) {
            return; // no volume after the title (a book's or a report's numbers: "67p."), or a second title run
        }
        int e = ti[1];
        while (e > ti[0] && !Character.isLetterOrDigit(t.word[e].charAt(0))) {
            e--;
        }
        int words = 0;
        for (int k = e; k > ti[0]; k--) {
            String w = t.word[k];
            if (LabelSpans.hasDigit(w) || y[k] != RefLabel.TITLE && Character.isLetterOrDigit(w.charAt(0))) {
                return;
            }
            if (Character.isLetter(w.charAt(0))) {
                words++;
            }
            if (words > 8) {
                return;
            }
            if (!Character.isLetter(w.charAt(0))) {
                continue;
            }
            int p = k - 1;
            if (!boundary(t, p, ti[0], false)) {
                continue;
            }
            if (words < 2 || !Character.isUpperCase(w.charAt(0))) {
                return;
            }
            int before = 0;
            for (int j = ti[0]; j < p; j++) {
                if (Character.isLetterOrDigit(t.word[j].charAt(0))) {
                    before++;
                }
            }
            if (before < 3) {
                return;
            }
            for (int j = k; j <= ti[1]; j++) {
                y[j] = RefLabel.CONTAINER;
            }
            if (!Character.isLetterOrDigit(t.word[p].charAt(0))) {
                y[p] = RefLabel.O;
            }
            return;
        }
    }

    /**
     * A word (token {@code k}, {@code w} without its period) that a period after it ends a sentence: no initial; no
     * journal abbreviation unless the word before it is a plain word ("... Harbour Control." ends a sentence, "J.
     * Guid. Control." does not).
     */
    /**
     * Token p separates two groups: a comma, a period alone after a word that ends a sentence (from token {@code from}
     * on; with {@code freePeriod}, not a period glued to the next word), or a word that ends a sentence with its period.
     */
    private static boolean boundary(ModelTokens t, int p, int from, boolean freePeriod) {
        String b = t.word[p];
        if (b.equals(",")) {
            return true;
        }
        if (b.equals(".") && (!freePeriod || !t.glued(p))) {
            int q = LabelSpans.wordBefore(t, p);
            return q >= from && sentenceWord(t, q, t.word[q]);
        }
        return b.length() > 1 && b.endsWith(".") && !t.glued(p) && sentenceWord(t, p, b.substring(0, b.length() - 1));
    }

    private static boolean sentenceWord(ModelTokens t, int k, String w) {
        if (w.length() < 2 || !Character.isLetterOrDigit(w.charAt(0)) || w.endsWith(".")) {
            return false;
        }
        if (!Abbreviations.isJournalWord(w) && !Journals.abbreviation(w + ".")) {
            return true;
        }
        int q = LabelSpans.wordBefore(t, k);
        return q >= 0 && !t.word[q].endsWith(".") && (q + 1 >= t.count || !t.word[q + 1].equals("."))
                && Character.isLowerCase(t.word[q].charAt(t.word[q].length() - 1));
    }
    /**
     * A container that the model began with the title's last one or two words, the last of them in lower case, where no punctuation separates the
     * title from the container and a known journal follows that word to the container's end ("... a quiet probe for
     * investigating | harbour Science 1998; 282", "... of the quiet QuP | class Nat. Phys. 11"): those words are the title's.
     * The word right before the journal in lower case, which does not begin a journal's name (a capitalised head may begin a longer name that is
     * not known: "... in cold water | Quarry Science (1999)"); not where the container as a whole is a known name,
     * nor where a head word is a connector or a journal's word.
     */
    static void titleWordBeforeJournal(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || y[c[0] - 1] != RefLabel.TITLE || c[1] <= c[0] || Journals.known(t, c[0], c[1])) {
            return;
        }
        String prev = t.word[c[0] - 1];
        if (!Character.isLetterOrDigit(prev.charAt(prev.length() - 1))) {
            return; // a separator or a period ends the title
        }
        int c1 = c[1];
        while (c1 > c[0] && !Character.isLetterOrDigit(t.word[c1].charAt(0))) {
            c1--;
        }
        for (int k = c[0] + 1; k <= c[0] + 2 && k <= c1; k++) {
            String h = t.word[k - 1];
            if (h.length() < 2 || !h.chars().allMatch(Character::isLetter) || Abbreviations.isJournalWord(h)
                    || Abbreviations.CONNECTORS.contains(h.toLowerCase(java.util.Locale.ROOT)) || ContainerRules.journalWords(h)) {
                return; // a journal's own word ("Br J | Urol Int")
            }
            if (Character.isLowerCase(h.charAt(0)) && Journals.known(t, k, c1)) {
                for (int j = c[0]; j < k; j++) {
                    y[j] = RefLabel.TITLE;
                }
                return;
            }
        }
    }
    /**
     * A journal begun too late, its head left at the end of the title, where no punctuation separates title and
     * container ("Quiet cranes of the harbour. Notizblatt des Quiet Gartens zu | Lund-Dahlem 12", "... of the Art,
     * Transactions of the Society of Quiet/ | Harbour Engineers 4"): the title's last sentence or comma group, of one to
     * six capitalised words, connectors or journal abbreviations, is the container's head.
     */
    static void journalHeadInTitle(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] < 2 || y[c[0] - 1] != RefLabel.TITLE || Journals.known(t, c[0], c[1])) {
            return; // a known name alone: the words before it are the title's ("..., Quiet Arabia | J Trop Pediatr")
        }
        String last = t.word[c[0] - 1];
        if (!Character.isLetter(last.charAt(last.length() - 1)) && !(t.glued(c[0] - 1) && (last.equals("/") || last.equals("-")))) {
            return; // a separator or a period ends the title
        }
        int words = 0;
        for (int k = c[0] - 1; k > 0 && y[k] == RefLabel.TITLE; k--) {
            String w = t.word[k];
            if (Character.isLetter(w.charAt(0))) {
                if (!Character.isUpperCase(w.charAt(0)) && !Abbreviations.CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT))
                        && !Abbreviations.isJournalWord(w)) {
                    return;
                }
                if (++words > 6) {
                    return;
                }
            } else if (!(w.equals("/") || w.equals("-") || w.equals("'")) || !t.glued(k) && !t.glued(k - 1)) {
                return;
            }
            int p = k - 1;
            String b = t.word[p];
            boolean boundary;
            if (!Character.isLetter(w.charAt(0))) {
                boundary = false;
            } else if (b.equals(",")) {
                boundary = true;
            } else if (b.equals(".")) {
                int q = LabelSpans.wordBefore(t, p);
                boundary = q >= 0 && y[q] == RefLabel.TITLE && sentenceWord(t, q, t.word[q]);
            } else if (b.length() > 1 && b.endsWith(".") && !t.glued(p)) {
                boundary = sentenceWord(t, p, b.substring(0, b.length() - 1));
            } else {
                boundary = false;
            }
            if (!boundary) {
                continue;
            }
            int[] ti = LabelSpans.span(y, RefLabel.TITLE);
            int before = 0;
            for (int j = ti[0]; j < p; j++) {
                if (Character.isLetterOrDigit(t.word[j].charAt(0))) {
                    before++;
                }
            }
            if (before < 3 || y[p] != RefLabel.TITLE && y[p] != RefLabel.O) {
                return;
            }
            for (int j = k; j < c[0]; j++) {
                y[j] = RefLabel.CONTAINER;
            }
            if (!Character.isLetterOrDigit(t.word[p].charAt(0))) {
                y[p] = RefLabel.O;
            }
            return;
        }
    }
    /** As {@code ContainerSpanRules.MEETING_OR_BOOK}: "In" only where the head begins with it. */
    private static final java.util.regex.Pattern MEETING_OR_BOOK = java.util.regex.Pattern.compile(
            "(?i)(?:in\\b.*|.*\\b(?:proc|proceedings|conference|conf|symposium|workshop|congress|meeting|colloquium|book|"
            + "handbook|eds?|series|notes|vol|volume)\\b.*)");

    /**
     * A container that the model began with the title's last words before a separator, where the rest of the
     * container, after the separator, is a journal's name by its words ("... in the Mg2 | +-bound E1 state. Nature",
     * "... for IoT-based App | Development, Journal of the Quiet Convergence Society", "... Scientific Opinion on Lead in
     * Food. | EFSA Journal"): the words before the separator are the title's. Only where the title comes right before
     * the container, the words after the last separator (a comma or a sentence-ending period) have a periodical's
     * word or a journal abbreviation or are a known name, and the words before have none and name no meeting, book or
     * series.
     */
    static void titleTailInContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || y[c[0] - 1] != RefLabel.TITLE || Journals.known(t, c[0], c[1])) {
            return;
        }
        int c1 = c[1];
        while (c1 > c[0] && !Character.isLetterOrDigit(t.word[c1].charAt(0))) {
            c1--;
        }
        for (int k = c1; k > c[0] + 1; k--) {
            String w = t.word[k];
            if (y[k] != RefLabel.CONTAINER || !Character.isLetter(w.charAt(0)) || !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            int p = k - 1;
            if (!boundary(t, p, c[0], true)) {
                continue;
            }
            String head = t.text.substring(t.start[c[0]], t.end[p]);
            String tail = t.text.substring(t.start[k], t.end[c1]);
            for (int j = c[0]; j < p; j++) {
                if (t.word[j].endsWith(".")) {
                    return; // an abbreviated name ("SIAM J. Discr. | Math.")
                }
            }
            if (!ContainerRules.journalWords(tail) && !Journals.known(t, k, c1) || ContainerRules.journalWords(head)
                    || MEETING_OR_BOOK.matcher(head).matches()) {
                return;
            }
            for (int j = c[0]; j < p; j++) {
                y[j] = RefLabel.TITLE;
            }
            if (!Character.isLetterOrDigit(t.word[p].charAt(0))) {
                y[p] = RefLabel.O;
            } else {
                y[p] = RefLabel.TITLE;
            }
            return;
        }
    }
}
