package org.citemeta.extract.citation;

/**
 * Rules on where the container begins, written from the GROBID corpus's development errors (tenth session of 7 Dec
 * 2026): the model ran the end of the title into the journal's name, left the journal's head in the title, or read
 * the journal as no field or as the title's last comma group. On the labels, called once from {@link
 * ModelFieldLabeller#assemble} right after {@link ContainerVolumeRules}. Each rule was measured alone on both
 * evaluation corpora (see the citation README).
 */
final class ContainerStartRules {

    private ContainerStartRules() {
    }

    /** The label rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y) {
        titleSentenceBeforeKnownJournal(t, y);
        shortTitleIsJournalHead(t, y);
        unlabelledAbbreviatedJournal(t, y);
        journalAfterTitleComma(t, y);
    }

    /**
     * The title's last sentence read into the container before a known journal: "... in the layered semimetal Qa 3 Br.
     * | Science 351, 512", "... of the crane motor in the resting E2 state. | Nature 497, 101", "Quiet Opinion on Salt
     * in Bread. | EFSA Journal, 9(2), 2211". Where the container is one run of labels and as a whole no known name,
     * and after a sentence end inside it (a period token or a word's final period, not glued to the next word: "Comm
     * .Pure" is OCR spacing) a capitalised word begins a known name ({@link Journals}) that runs to the container's
     * end, the volume, issue or pages following (or the year and then one of them), the words before are the title's
     * (where a title word precedes the container with only punctuation between, else no field's) when they show a
     * title, not a journal's abbreviated head: a number of its own ("3", "E 2"), or a word of four letters or more
     * without a period that is no connector ("bound", "Opinion").
     * {@link ContainerBoundaryRules#titleSentenceBeforeJournal} does the same but never after a word that some journal
     * abbreviates ("state.", "Bread.": nearly every word is one in the list). Known harm: the ordinal of a meeting
     * counts as a number ("Proc. 12 th Int'l Conf. | Pattern Recognition" loses its head).
     */
    static void titleSentenceBeforeKnownJournal(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] == 0 || c[0] == c[1] || ContainerSpanRules.runs(y, RefLabel.CONTAINER).size() > 1) {
            return;
        }
        int c1 = c[1]; // one run of container labels only: a stray container word in the title would count as its head
        while (c1 > c[0] && !Character.isLetterOrDigit(t.word[c1].charAt(0))) {
            c1--;
        }
        if (Journals.known(t, c[0], c1) || !ContainerSpanRules.numbersAfter(t, y, c[1])) {
            return;
        }
        for (int k = c[0] + 1; k <= c1; k++) {
            if (y[k] != RefLabel.CONTAINER || !Character.isLetter(t.word[k].charAt(0))
                    || !Character.isUpperCase(t.word[k].charAt(0))) {
                continue;
            }
            int p = k - 1;
            String w = t.word[p];
            if (t.glued(p) || !(w.equals(".") || w.length() > 1 && w.endsWith("."))) {
                continue;
            }
            if (!Journals.known(t, k, c1)) {
                continue;
            }
            if (!titleEvidence(t, c[0], w.equals(".") ? p - 1 : p)) {
                return;
            }
            LabelSpans.containerHeadToTitle(t, y, c[0], k);
            return;
        }
    }

    /**
     * Tokens from..to show a title: a number of its own, or a word of four letters or more without a period (of its
     * own either: "Comm ." is an abbreviation spaced by OCR), no connector.
     */
    private static boolean titleEvidence(ModelTokens t, int from, int to) {
        for (int j = from; j <= to; j++) {
            String w = t.word[j];
            if (LabelSpans.digits(w)) {
                return true;
            }
            if (w.length() >= 4 && w.indexOf('.') < 0 && !(j + 1 < t.count && t.word[j + 1].equals("."))
                    && w.chars().allMatch(Character::isLetter)
                    && !Abbreviations.CONNECTORS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title of one or two capitalised words right before the container, with no punctuation between, is the journal's
     * head that the model cut off: "Lund, K. et al., Barley | Genet. Coop. Bull. 41: 12-13, 1987" (no title), "Holm, B.
     * QSPR | Journal of Quiet Processing 12 101--109", "Strand, W. P | R Soc Bergen 1851, 7, 12-19". Where the title
     * is those words only (no digit, no period; a word is capitalised or a single capital), the container's first word
     * is a journal's word ("Genet.", "Journal", "Soc") and the volume, issue or pages follow the container (or the year
     * and then one of them), the words are the container's.
     */
    static void shortTitleIsJournalHead(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        int[] ti = LabelSpans.span(y, RefLabel.TITLE);
        if (c == null || ti == null || ti[1] != c[0] - 1 || ti[1] - ti[0] > 1
                || !ContainerSpanRules.numbersAfter(t, y, c[1])) {
            return;
        }
        for (int k = ti[0]; k <= ti[1]; k++) {
            String w = t.word[k];
            if (!w.chars().allMatch(Character::isLetter) || !Character.isUpperCase(w.charAt(0))) {
                return;
            }
        }
        String head = t.word[c[0]];
        String bare = head.endsWith(".") ? head.substring(0, head.length() - 1) : head;
        if (!Abbreviations.isJournalWord(bare) && !ContainerRules.journalWords(head)) {
            return;
        }
        for (int k = ti[0]; k <= ti[1]; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }

    /**
     * A journal written in abbreviations only, in lower case, that the model gave no field: "K. Holm, phys. stat. sol.
     * (b) 241, 1234 (2004)." had no container (and the rules' title "phys. stat. sol. (b)"). Where nothing is labelled
     * container, two or more unlabelled words in a row each a journal abbreviation with its period ("phys.",
     * "stat.", "sol."), at the start of the reference or after a separator or the names, are followed by the volume or
     * the issue (a single letter in parentheses between, which is the journal's section and joins it), they are the
     * container.
     */
    static void unlabelledAbbreviatedJournal(ModelTokens t, int[] y) {
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                return;
            }
        }
        for (int b = 0; b < t.count; b++) {
            if (b > 0 && !(LabelSpans.separator(t, b - 1) || y[b - 1] == RefLabel.AUTHOR) || !abbreviation(t, y, b)) {
                continue;
            }
            int e = b;
            while (e + 1 < t.count && abbreviation(t, y, e + 1)) {
                e++;
            }
            if (e == b) {
                continue;
            }
            int n = e + 1;
            int end = e;
            if (n + 2 < t.count && t.word[n].equals("(") && t.word[n + 2].equals(")") && t.word[n + 1].length() == 1
                    && Character.isLetter(t.word[n + 1].charAt(0))) {
                end = n + 2;
                n += 3;
            }
            while (n < t.count && t.word[n].equals(",")) {
                n++;
            }
            if (n >= t.count || y[n] != RefLabel.VOLUME && y[n] != RefLabel.ISSUE) {
                return;
            }
            for (int j = b; j <= end; j++) {
                y[j] = RefLabel.CONTAINER;
            }
            return;
        }
    }

    /** Token k is an unlabelled journal abbreviation with its period ("stat."). */
    private static boolean abbreviation(ModelTokens t, int[] y, int k) {
        String w = t.word[k];
        return y[k] == RefLabel.O && w.length() > 2 && w.endsWith(".")
                && Abbreviations.isJournalWord(w.substring(0, w.length() - 1));
    }

    /** A word naming the volume before its number ("t.", "vol."), between the journal and the volume. */
    private static final java.util.regex.Pattern VOLUME_WORD =
            java.util.regex.Pattern.compile("(?i)t\\.|tome|vol\\.?|volume|bd\\.|band|jg\\.");

    /**
     * A journal named after the title's comma, that the model read as the title's last comma group: "Karl Lund,
     * Quais et grues, Cahiers d'études portuaires, 15, 2012" and "K. HOLM, Les grues du port, Annuaire de la Société
     * des quais, t. II, 1867" had no container. Where nothing is labelled container, the title's last comma group (a
     * capitalised word first, two words or more, no volume word) comes after two title words or more and right before
     * the volume (a comma between, and "t." or "vol." possibly), the group is the container.
     */
    static void journalAfterTitleComma(ModelTokens t, int[] y) {
        int[] ti = LabelSpans.span(y, RefLabel.TITLE);
        if (ti == null || LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int e = ti[1];
        while (e > ti[0] && y[e] == RefLabel.TITLE && !Character.isLetterOrDigit(t.word[e].charAt(0))) {
            e--;
        }
        for (int k = ti[0]; k <= e; k++) {
            if (y[k] != RefLabel.TITLE) {
                return; // one run of title labels
            }
        }
        int comma = -1;
        for (int k = e - 1; k > ti[0]; k--) {
            if (t.word[k].equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || comma + 2 > e) {
            return;
        }
        String first = t.word[comma + 1];
        if (!Character.isLetter(first.charAt(0)) || !Character.isUpperCase(first.charAt(0))) {
            return;
        }
        int before = 0;
        for (int k = ti[0]; k < comma; k++) {
            if (Character.isLetterOrDigit(t.word[k].charAt(0))) {
                before++;
            }
        }
        if (before < 2) {
            return;
        }
        for (int k = comma + 1; k <= e; k++) {
            if (VOLUME_WORD.matcher(t.word[k]).matches() || LabelSpans.hasDigit(t.word[k])) {
                return;
            }
        }
        int n = ti[1] + 1;
        if (n >= t.count || !t.word[n].equals(",")) {
            return;
        }
        n++;
        if (n < t.count && y[n] == RefLabel.O && VOLUME_WORD.matcher(t.word[n]).matches()) {
            n++;
        }
        if (n >= t.count || y[n] != RefLabel.VOLUME) {
            return;
        }
        y[comma] = RefLabel.O;
        for (int k = comma + 1; k <= e; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }
}
