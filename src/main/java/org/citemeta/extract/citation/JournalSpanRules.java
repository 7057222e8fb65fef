package org.citemeta.extract.citation;

/**
 * Rules on where a journal's name in the container begins and ends, written from the GROBID corpus's development
 * errors (ninth session of 7 Dec 2026). Called once, from {@link ModelFieldLabeller#assemble}, right before {@link
 * ContainerSpanRules#apply}.
 */
final class JournalSpanRules {

    private JournalSpanRules() {
    }

    /** All rules of the class, in their order. */
    static void apply(ModelTokens t, int[] y) {
        knownNameReachesBack(t, y);
        initialBeforeJournal(t, y);
        knownNameReachesForward(t, y);
        journalHeadsReference(t, y);
        journalEndingNames(t, y);
    }

    /** Small words inside a journal's name. */
    private static final java.util.regex.Pattern CONNECTOR = java.util.regex.Pattern.compile(
            "(?i)of|and|the|for|in|on|de|des|du|la|le|der|die|und|f\\.|fur|für");

    /**
     * The head of a known journal that the model read as names or as the title, right before the rest of the name it
     * read as the container: "C. R. | Acad. Sci. 275, 17", "SIAM J. | Matrix Anal. Appl. 27", "Ann. N.Y. | Acad. Sci.".
     * Where the container's first run ends on a word and the longest known name (the journal list, {@link Journals})
     * that ends there begins before the run, the tokens between are the container's when they are labelled as names,
     * title or nothing, the first of them is a capitalised word, every word is capitalised but for small words ("of",
     * "and") and no punctuation stands among them but commas, hyphens, "&amp;" and periods glued to a word ("... of
     * the breast. | Cancer Res" keeps its title: "breast." is in lower case).
     */
    static void knownNameReachesBack(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int e = c[1];
        while (e > c[0] && !Character.isLetterOrDigit(t.word[e].charAt(0))) {
            e--;
        }
        int b = Journals.longestEndingAt(t, 0, e);
        if (b < 0 || b >= c[0]) {
            return;
        }
        while (b < c[0] && !Character.isLetter(t.word[b].charAt(0))) {
            b++;
        }
        if (b == c[0] || !Character.isUpperCase(t.word[b].charAt(0))) {
            return;
        }
        for (int k = b; k < c[0]; k++) {
            String w = t.word[k];
            boolean word = Character.isLetter(w.charAt(0));
            if (y[k] != RefLabel.AUTHOR && y[k] != RefLabel.TITLE && y[k] != RefLabel.O
                    || !word && !w.equals(",") && !w.equals("-") && !w.equals("&") && !(w.equals(".") && t.glued(k))
                    || word && !Character.isUpperCase(w.charAt(0)) && !CONNECTOR.matcher(w).matches()) {
                return;
            }
        }
        for (int k = b; k < c[0]; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }

    /**
     * The last author's initial that the model read as the head of the journal after it, in references that give the
     * names as "Family, I." and then the journal without a title (the chemists' style): "Lund, K.; Holm, B. | Phys Rev B
     * 1989, 39, 4828" read as the container "B. Phys Rev B". Where the container's first run begins with a one-letter
     * initial (a capital and a period), a comma comes right before it and a name's word before that, the names are
     * written family name first (the reference begins with a word of two letters or more, a comma and an initial), and
     * the words after the initial are a known journal (the journal list, {@link Journals}) while the container with the
     * initial is none ("Holm, B., J. Phys. G 6" keeps its "J."), the initial is the name's.
     */
    static void initialBeforeJournal(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[0] < 2 || c[0] == c[1]) {
            return;
        }
        String w = t.word[c[0]];
        if (w.length() != 2 || !Character.isUpperCase(w.charAt(0)) || w.charAt(1) != '.'
                || !t.word[c[0] - 1].equals(",") || y[c[0] - 2] != RefLabel.AUTHOR
                || !Character.isLetter(t.word[c[0] - 2].charAt(0))) {
            return;
        }
        int e = c[1];
        while (e > c[0] && !Character.isLetterOrDigit(t.word[e].charAt(0))) {
            e--;
        }
        if (e == c[0] || Journals.known(t, c[0], e) || !Journals.known(t, c[0] + 1, e) || !invertedNames(t, y)) {
            return;
        }
        y[c[0]] = RefLabel.AUTHOR;
    }

    /** The reference begins with names written family name first: a word of two letters or more, a comma, an initial. */
    private static boolean invertedNames(ModelTokens t, int[] y) {
        if (t.count < 3 || y[0] != RefLabel.AUTHOR || !t.word[1].equals(",")) {
            return false;
        }
        String family = t.word[0];
        String given = t.word[2];
        return family.length() >= 2 && Character.isUpperCase(family.charAt(0)) && Character.isLowerCase(family.charAt(family.length() - 1))
                && given.length() == 2 && Character.isUpperCase(given.charAt(0)) && given.charAt(1) == '.';
    }

    /**
     * The last words of a known journal that the model left out of the container or read as a place or the title:
     * "Phys. Rev. ST Accel. | Beams, 6: 044001", "... in Hydrozoa. Sci | Mar 2000; 64:117", "In: Nature | methods 10".
     * Where the longest known name (the journal list, {@link Journals}) that begins at the container's first word goes
     * on past the container's first run, over words that the model labelled as nothing, a place, a publisher or the
     * title, with no comma, semicolon, colon or parenthesis among them, those words are the container's.
     */
    static void knownNameReachesForward(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        int n = Journals.knownFrom(t, c[0]);
        if (n == 0) {
            return;
        }
        long[] words = Journals.words(t);
        int k = c[0];
        int end = -1;
        for (int count = 0; k < t.count && count < n; k++) {
            if (words[k] != Journals.SKIP) {
                count++;
                end = k;
            }
        }
        if (end <= c[1]) {
            return;
        }
        for (int j = c[1] + 1; j <= end; j++) {
            String w = t.word[j];
            int l = y[j];
            if (l != RefLabel.O && l != RefLabel.PLACE && l != RefLabel.PUBLISHER && l != RefLabel.TITLE
                    || w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
                return;
            }
        }
        for (int j = c[1] + 1; j <= end; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /** A word that numbers a journal's volume or issue: "Vol.", "Band", "Bd.", "Heft", "No.", "Nr.", "Tome". */
    private static final java.util.regex.Pattern VOLUME_WORD = java.util.regex.Pattern.compile(
            "(?i)vol\\.?|volume|band|bd\\.?|heft|no\\.?|nr\\.?|tome|t\\.|jahrgang|jg\\.?");

    /**
     * A reference that begins with the journal's name and then its numbering, with no title (a page's running header
     * or a note citing the issue): "Quiet Harbour Letters, Band 20, Nr. 9 (1996), Seiten 986-990", "Journal f. Hafen
     * Chemie. Band 327, Heft 6", "Harbour Pharmacology, Vol. 31, No. 2". Where the reference begins with words (and
     * periods, hyphens or "&amp;"; eleven tokens at most) that the model read as names, title, publisher, place or nothing, a comma or a period
     * may follow them, then a numbering word ("Vol.", "Band", "Heft", "No.", "Nr.") and the volume or issue, the model
     * labelled no title and no container elsewhere, and the words are a known journal (the journal list, {@link
     * Journals}) or have a periodical's word or a journal abbreviation without beginning with an initial ("A. Lund et
     * B. Holm. Org. Quays Coll. Vol. 5" keeps its names), they are the container.
     */
    static void journalHeadsReference(ModelTokens t, int[] y) {
        int e = 0;
        while (e < t.count && (Character.isLetter(t.word[e].charAt(0)) && !VOLUME_WORD.matcher(t.word[e]).matches()
                || t.word[e].equals(".") || t.word[e].equals("-") || t.word[e].equals("&"))) {
            e++;
        }
        int head = e - 1;
        while (head >= 0 && !Character.isLetter(t.word[head].charAt(0))) {
            head--;
        }
        if (head < 0 || head > 10 || e >= t.count) {
            return;
        }
        int k = e;
        if (t.word[k].equals(",") || t.word[k].equals(".")) {
            k++;
        }
        if (k + 1 >= t.count || !VOLUME_WORD.matcher(t.word[k]).matches()) {
            return;
        }
        int n = k + 1;
        while (n < t.count && t.word[n].equals(".")) {
            n++;
        }
        if (n >= t.count || y[n] != RefLabel.VOLUME && y[n] != RefLabel.ISSUE || !LabelSpans.hasDigit(t.word[n])) {
            return;
        }
        for (int j = 0; j <= head; j++) {
            int l = y[j];
            if (l != RefLabel.AUTHOR && l != RefLabel.TITLE && l != RefLabel.PUBLISHER && l != RefLabel.PLACE
                    && l != RefLabel.O && l != RefLabel.CONTAINER) {
                return;
            }
        }
        for (int j = head + 1; j < t.count; j++) {
            if (y[j] == RefLabel.TITLE || y[j] == RefLabel.CONTAINER) {
                return;
            }
        }
        String name = t.text.substring(t.start[0], t.end[head]);
        boolean initial = t.word[0].length() == 2 && Character.isUpperCase(t.word[0].charAt(0)) && t.word[0].charAt(1) == '.';
        if (!Journals.known(t, 0, head) && (initial || !ContainerRules.journalWords(name))) {
            return;
        }
        for (int j = 0; j <= head; j++) {
            y[j] = RefLabel.CONTAINER;
        }
        for (int j = head + 1; j < k; j++) {
            if (y[j] == RefLabel.PUBLISHER || y[j] == RefLabel.PLACE) {
                y[j] = RefLabel.O;
            }
        }
    }

    /**
     * A known journal that the model read as the last name of a Vancouver name list, in a reference without title or
     * container: "Lund K, Holm P, Berg N Biochemistry 1992; 31", "Quist et al Cell, 81:727". Where the model labelled
     * no title and no container, the names end on capitalised words that are a known journal (the journal list,
     * {@link Journals}), right after "al" / "al." or a name's initials (one to three capitals without a period), and
     * the volume, issue, pages or year come next (a comma or a semicolon between at most), those words are the
     * container.
     */
    static void journalEndingNames(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0 || LabelSpans.first(t, y, RefLabel.TITLE) >= 0) {
            return;
        }
        int a1 = LabelSpans.last(t, y, RefLabel.AUTHOR);
        if (a1 < 1 || a1 + 1 >= t.count) {
            return;
        }
        int n = a1 + 1;
        if (t.word[n].equals(",") || t.word[n].equals(";")) {
            n++;
        }
        if (n >= t.count || y[n] != RefLabel.VOLUME && y[n] != RefLabel.ISSUE && y[n] != RefLabel.PAGES
                && y[n] != RefLabel.YEAR) {
            return;
        }
        int b = Journals.longestEndingAt(t, 0, a1);
        if (b < 1) {
            return;
        }
        for (int k = b; k <= a1; k++) {
            String w = t.word[k];
            if (y[k] != RefLabel.AUTHOR || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                return;
            }
        }
        String before = t.word[b - 1];
        boolean al = before.equalsIgnoreCase("al") || before.equalsIgnoreCase("al.");
        boolean initials = before.length() <= 3 && before.chars().allMatch(Character::isUpperCase) && y[b - 1] == RefLabel.AUTHOR;
        if (!al && !initials) {
            return;
        }
        for (int k = b; k <= a1; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }
}
