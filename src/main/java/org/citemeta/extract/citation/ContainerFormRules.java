package org.citemeta.extract.citation;

import java.util.regex.Pattern;

/**
 * Rules on the form in which a container is written, from the AnyStyle corpus's development errors (session 7): a
 * note of a reprint or of a coming publication before the container is no part of its name; a magazine cited after
 * the date of an unsigned article; the names of translators are no container; the subtitle of an edited book goes on
 * to its "Place: Publisher"; the book named right after its editors' "ed," or "(dir.)," is the container. Run by {@link ModelFieldLabeller#assemble}.
 */
final class ContainerFormRules {
    private ContainerFormRules() {
    }

    private static final Pattern NOTE_HEAD = Pattern.compile("(?i)reprinted|repr\\.|reprint|forthcoming");

    /** The length in tokens of a note "Reprinted in", "Repr. in", "To appear in", "Forthcoming in" at k, or 0. */
    private static int noteLength(ModelTokens t, int k) {
        if (k + 1 < t.count && NOTE_HEAD.matcher(t.word[k]).matches() && t.word[k + 1].equals("in")) {
            return 2;
        }
        if (k + 2 < t.count && t.word[k].equalsIgnoreCase("to") && t.word[k + 1].equals("appear") && t.word[k + 2].equals("in")) {
            return 3;
        }
        return 0;
    }

    /**
     * A note that the work is reprinted in, or is to appear in, the container is no part of the container's name:
     * where the container begins with "Reprinted in", "Repr. in", "To appear in" or "Forthcoming in" ("Reprinted in
     * Quiet Monographs, Vol. 12"), the note is unlabelled; where such a note opens a new sentence inside the container
     * ("In Proceedings of the Quiet Workshop, Lund, 1987. Reprinted in Readings in Harbours"), the container ends
     * before it (the reprint is a second source, not the first one's name), and a year that ends the first source's
     * sentence is its year.
     */
    static void reprintNote(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null) {
            return;
        }
        for (int k = c[0]; k <= c[1]; k++) {
            int n = noteLength(t, k);
            if (n == 0) {
                continue;
            }
            if (k == c[0]) {
                for (int j = k; j < k + n; j++) {
                    y[j] = RefLabel.O;
                }
                return;
            }
            String before = t.word[k - 1];
            boolean sentence = before.equals(".") || before.length() > 3 && before.endsWith(".");
            if (sentence && Character.isUpperCase(t.word[k].charAt(0))) {
                for (int j = k; j <= c[1]; j++) {
                    if (y[j] == RefLabel.CONTAINER) {
                        y[j] = RefLabel.O;
                    }
                }
                int e = k - 1;
                if (t.word[e].equals(".") && e > c[0]) {
                    y[e] = RefLabel.O;
                    e--;
                }
                if (e > c[0] && y[e] == RefLabel.CONTAINER && NumberRules.PLAUSIBLE_YEAR.matcher(t.word[e]).matches()) {
                    y[e] = RefLabel.YEAR; // the first source's year ("Lund, 1987. Reprinted in ...")
                }
                return;
            }
        }
    }

    /**
     * An unsigned article in a magazine or newspaper, cited in APA by its title, the date in parentheses and the
     * periodical ("Quiet harbours. (1997, May). Lund Harbour Magazine, 12(3), p. 4."): the capitalised words right
     * after "(year, month …)." up to the comma before the volume are the periodical, whatever the model read them as
     * (a second title); and the opening sentence before the date, where the model read it as names though it has no
     * comma and a lower-case word, is the title.
     */
    static void magazineAfterDate(ModelTokens t, int[] y) {
        int k = 1;
        while (k + 3 < t.count && !(t.word[k].equals("(") && y[k + 1] == RefLabel.YEAR && t.word[k + 2].equals(",")
                && Months.isMonth(t.word[k + 3]))) {
            k++;
        }
        if (k + 3 >= t.count) {
            return;
        }
        int close = k + 4;
        while (close < t.count && close < k + 7 && !t.word[close].equals(")")) {
            close++;
        }
        if (close + 2 >= t.count || !t.word[close].equals(")") || !t.word[close + 1].equals(".")) {
            return;
        }
        int a = close + 2;
        int b = a;
        while (b < t.count && Character.isLetter(t.word[b].charAt(0)) && !LabelSpans.hasDigit(t.word[b])
                && (y[b] == RefLabel.TITLE || y[b] == RefLabel.CONTAINER || y[b] == RefLabel.O || y[b] == RefLabel.PUBLISHER
                || y[b] == RefLabel.PLACE)) {
            b++;
        }
        if (b == a || b + 1 >= t.count || !Character.isUpperCase(t.word[a].charAt(0)) || !t.word[b].equals(",")
                || y[b + 1] != RefLabel.VOLUME) {
            return;
        }
        for (int j = a; j < b; j++) {
            y[j] = RefLabel.CONTAINER;
        }
        boolean comma = false;
        boolean lower = false;
        for (int j = 0; j < k; j++) {
            if (y[j] != RefLabel.AUTHOR && y[j] != RefLabel.O || t.word[j].equals(",")) {
                return;
            }
            comma |= t.word[j].equals(",") || t.word[j].equals("&");
            lower |= t.word[j].length() >= 4 && Character.isLowerCase(t.word[j].charAt(0));
        }
        if (!comma && lower) {
            for (int j = 0; j < k; j++) {
                if (y[j] == RefLabel.AUTHOR) {
                    y[j] = RefLabel.TITLE;
                }
            }
        }
    }

    private static final Pattern TRANSLATOR = Pattern.compile("(?i)trans\\.?|transl\\.?|tr\\.|trad\\.?|translators?|übers\\.?");

    /**
     * The translators of a book, written as names before "(trans.)", "(tr.)" or "(trad.)" ("Lund, Karl, Quiet
     * Harbours, Anna Holm (ed.), Eva Berg and Anna Holm (trans.) (Lund: Quarry Press, 1990)"), are no container: the
     * names (capitalised words, initials, "and", "&", commas) right before the parenthesis that the model read as the
     * container are the editors' field.
     */
    static void translatorNames(ModelTokens t, int[] y) {
        for (int k = 1; k + 2 < t.count; k++) {
            if (!t.word[k].equals("(") || !TRANSLATOR.matcher(t.word[k + 1]).matches() || !t.word[k + 2].equals(")")) {
                continue;
            }
            int b = k - 1;
            boolean container = false;
            while (b >= 0 && (y[b] == RefLabel.CONTAINER || y[b] == RefLabel.EDITOR)
                    && (Character.isUpperCase(t.word[b].charAt(0)) || t.word[b].equals("and") || t.word[b].equals("&")
                    || t.word[b].equals(","))) {
                container |= y[b] == RefLabel.CONTAINER;
                b--;
            }
            if (!container) {
                continue;
            }
            for (int j = b + 1; j < k; j++) {
                if (y[j] == RefLabel.CONTAINER) {
                    y[j] = RefLabel.EDITOR;
                }
            }
        }
    }

    /**
     * The subtitle of an edited book, written after a period, goes on up to the book's "Place: Publisher" ("In A.
     * Holm & K. Lund (Eds.), The handbook of quiet harbours. Practice, theory, and research. London: Quarry."): where
     * the container follows the editors and ends at a period, the capitalised sentence after it (no digits), ended by a
     * period or a comma right before one to three place words and a colon, is the container's, whatever the model read
     * it as (a place, a publisher, a second title); not where the model read all its words as a place (the place's
     * own first part: "Washington, DC: Quarry").
     */
    static void subtitleBeforePlace(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] + 2 >= t.count) {
            return;
        }
        int e = LabelSpans.last(t, y, RefLabel.EDITOR);
        if (e < 0 || e > c[0]) {
            return;
        }
        int a = c[1] + 1;
        if (t.word[a].equals(".")) {
            a++;
        } else if (!(t.word[c[1]].endsWith(".") && t.word[c[1]].length() > 3)) {
            return;
        }
        if (a >= t.count || !Character.isUpperCase(t.word[a].charAt(0)) || !Character.isLetter(t.word[a].charAt(0))) {
            return;
        }
        for (int k = a; k < t.count && k < a + 14; k++) {
            String w = t.word[k];
            int l = y[k];
            if (LabelSpans.hasDigit(w) || !(l == RefLabel.TITLE || l == RefLabel.PLACE || l == RefLabel.PUBLISHER || l == RefLabel.O)) {
                return;
            }
            boolean end = w.equals(",") || w.equals(".") || w.length() > 3 && w.endsWith(".");
            if (!end) {
                continue;
            }
            if (placeColon(t, y, k + 1) && !allPlace(t, y, a, k)) {
                for (int j = a; j <= k; j++) {
                    if (Character.isLetterOrDigit(t.word[j].charAt(0)) || j < k) {
                        y[j] = RefLabel.CONTAINER;
                    }
                }
                for (int j = c[1] + 1; j < a; j++) {
                    y[j] = RefLabel.CONTAINER;
                }
                return;
            }
            if (!w.equals(",")) {
                return; // the sentence ends elsewhere
            }
        }
    }

    /** Whether every word from a to before e is read as a place ("Washington, DC:", "Cambridge, Mass.:"). */
    private static boolean allPlace(ModelTokens t, int[] y, int a, int e) {
        for (int j = a; j < e; j++) {
            if (Character.isLetterOrDigit(t.word[j].charAt(0)) && y[j] != RefLabel.PLACE) {
                return false;
            }
        }
        return true;
    }

    /** One to three capitalised place words from k, then a colon. */
    private static boolean placeColon(ModelTokens t, int[] y, int k) {
        int j = k;
        while (j < t.count && j < k + 3 && y[j] == RefLabel.PLACE && Character.isUpperCase(t.word[j].charAt(0))) {
            j++;
        }
        return j > k && j < t.count && t.word[j].equals(":");
    }

    private static final Pattern EDITOR_WORD = Pattern.compile("(?iu)eds?\\.?|dir\\.|hrsg\\.|coord\\.");

    /**
     * The book of a chapter named right after its editors and their word, "ed", "(ed.)", "(dir.)", and a comma, where
     * the model read no container ("Holm, Anna, ‘Quiet Harbours’, in K. Lund, ed, Harbour Studies: Cranes and Quays
     * (Lund: Quarry)", "« Les grues », Pierre BERG (dir.), Les ports tranquilles, Paris"): the words after the comma, up
     * to the next comma, semicolon or parenthesis, that the model read as the editors, a second title or nothing are
     * the container. Only after a title, and where the words hold one of three letters or more with a lower-case
     * letter (not initials), and not before "(trans.)" or "(ed.)" (names again).
     */
    static void bookAfterEditorWord(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int ti = LabelSpans.first(t, y, RefLabel.TITLE);
        for (int m = 1; m + 2 < t.count; m++) {
            if (!EDITOR_WORD.matcher(t.word[m]).matches() || y[m] != RefLabel.EDITOR && y[m - 1] != RefLabel.EDITOR) {
                continue;
            }
            if (ti < 0 || ti > m) {
                return;
            }
            int k = m + 1;
            if (t.word[k].equals(")") && t.word[m - 1].equals("(")) {
                k++;
            }
            if (k + 1 >= t.count || !t.word[k].equals(",")) {
                return;
            }
            int a = k + 1;
            if (!Character.isUpperCase(t.word[a].charAt(0))) {
                return;
            }
            int b = a;
            boolean word = false;
            while (b < t.count && (y[b] == RefLabel.EDITOR || y[b] == RefLabel.TITLE || y[b] == RefLabel.O)
                    && !t.word[b].equals(",") && !t.word[b].equals("(") && !t.word[b].equals(";") && !t.word[b].equals(".")) {
                String w = t.word[b];
                word |= w.length() >= 3 && w.chars().anyMatch(Character::isLowerCase);
                b++;
            }
            if (!word || b >= t.count || !(t.word[b].equals(",") || t.word[b].equals("(") || t.word[b].equals(";") || t.word[b].equals("."))) {
                return;
            }
            if (t.word[b].equals("(") && b + 1 < t.count
                    && (TRANSLATOR.matcher(t.word[b + 1]).matches() || EDITOR_WORD.matcher(t.word[b + 1]).matches())) {
                return; // more names: the translators' or the editors' ("Eva Berg and Anna Holm (trans.)")
            }
            for (int j = a; j < b; j++) {
                y[j] = RefLabel.CONTAINER;
            }
            return;
        }
    }
}
