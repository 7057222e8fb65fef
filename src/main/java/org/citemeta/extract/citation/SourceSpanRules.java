package org.citemeta.extract.citation;

import java.util.regex.Pattern;

/**
 * Rules on where a container (a journal, a book's series, a meeting) begins and ends, for forms the earlier rules
 * leave: a bracket after the journal's name (on the labels, {@link #apply(ModelTokens, int[])}, called from
 * {@link ModelFieldLabeller#assemble} right after {@link ContainerVolumeRules}); a work still to appear in its source
 * and a book's series read as the container (on the fields, {@link #apply(LabelledFields, String)}, right after
 * {@link ContainerVolumeRules}); a meeting's year that ends its name ({@link #yearNamesContainer}, asked by
 * {@link ReferenceParser#numbersAroundContainer}). Each rule was measured alone on both evaluation corpora (see the
 * citation README).
 */
final class SourceSpanRules {
    private SourceSpanRules() {
    }

    /** The label rules, in the order they were measured; called from {@link ModelFieldLabeller#assemble}. */
    static void apply(ModelTokens t, int[] y) {
        bracketAfterContainer(t, y);
    }

    /**
     * A word or two in square brackets right after the journal's name belong to it: a medium ("Quiet Harb Eng
     * [Internet]. 2015;3(2):1-9") or a place added to the name ("Annales du Port [de Bergen], IV, 1998"). Where the
     * last container run is followed by "[", one to four words of letters (no digits) left unlabelled, "]" and a
     * separator or the end, the bracket joins the container.
     */
    static void bracketAfterContainer(ModelTokens t, int[] y) {
        int c = LabelSpans.last(t, y, RefLabel.CONTAINER);
        if (c < 0 || c + 2 >= t.count || !t.word[c + 1].equals("[")
                || !Character.isLetterOrDigit(t.word[c].charAt(0))) {
            return;
        }
        int k = c + 2;
        while (k < t.count && k <= c + 5 && !t.word[k].equals("]")) {
            if (y[k] != RefLabel.O || !t.word[k].chars().allMatch(SourceSpanRules::wordChar)) {
                return;
            }
            k++;
        }
        if (k == c + 2 || k >= t.count || !t.word[k].equals("]") || y[c + 1] != RefLabel.O || y[k] != RefLabel.O) {
            return;
        }
        if (k + 1 < t.count && !LabelSpans.separator(t, k + 1)) {
            return;
        }
        for (int j = c + 1; j <= k; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /** A letter, an apostrophe or a hyphen. */
    private static boolean wordChar(int ch) {
        return Character.isLetter(ch) || ch == '\'' || ch == '\u2019' || ch == '-';
    }

    /** The field rules, in the order they were measured; called from {@link ModelFieldLabeller#assemble}. */
    static void apply(LabelledFields f, String s) {
        statusBeforeContainer(s, f);
        bookSeriesIsNoContainer(f);
    }

    /** A series named as such: a name that ends with the word "Series". */
    private static final Pattern SERIES = Pattern.compile("\\bSeries[\\p{P}\\s]*$");

    /**
     * The series a book is published in is not the container of the book: "K. Holm. Quiet Cranes. Harbour Engineering
     * Series. Quay Press, Bergen, 1989." Where the container's name ends with "Series" and nothing is read as volume,
     * issue or pages, the container goes. ("Wiley Series in Applied Probability", a series "X in Y", is kept:
     * {@link ContainerEdgeRules#seriesHeadBeforeIn} reads it as the container on purpose.)
     */
    static void bookSeriesIsNoContainer(LabelledFields f) {
        if (f.container == null || f.volume != null || f.issue != null || f.pageFirst != null
                || !SERIES.matcher(f.container).find()) {
            return;
        }
        f.container = null;
    }

    /** A note that the work is not yet in its source, ending right before the container (its last word first). */
    private static final Pattern STATUS_BEFORE = Pattern.compile(
            "(?i)\\b(?:to\\s+appear|submitted|to\\s+be\\s+presented)\\s+(?:in|to|at)\\s*:?\\s*(?:the\\s+)?$");

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\s]*");

    /**
     * A work that is to appear in a journal, submitted to it or to be presented at a meeting is not yet in it: "K.
     * Holm, Quiet cranes, to appear in Harbour Engineering Letters.", "..., paper submitted to QHC '97." The gold of
     * both corpora mostly gives such a reference no container. Where the words right before the container (a leading
     * "the" aside) are "to appear in", "submitted to" or "to be presented at" and the container ends the reference
     * (punctuation aside), the container goes. (Where a date, a place or numbers follow, "to appear in Proc. QHC 2003,
     * Bergen, 2003", the GROBID gold keeps the container.)
     */
    static void statusBeforeContainer(String s, LabelledFields f) {
        if (f.container == null) {
            return;
        }
        int at = s.indexOf(f.container);
        if (at < 0) {
            return;
        }
        if (STATUS_BEFORE.matcher(s.substring(Math.max(0, at - 40), at)).find()
                && PUNCTUATION.matcher(s.substring(at + f.container.length())).matches()) {
            f.container = null;
        }
    }

    /**
     * A year that ends the container, after a space, and that the reference writes once more after it, names the
     * meeting or the book: "Quiet Harbours 2019, 2019.", "Lund Crane Congress 2007, v. 2, pp. 11-19, 2007". The
     * year of publication follows it. Where the container's final number is the reference's year, the separator
     * before it is a space and the same year stands as a word later in {@code s}, the year stays in the container.
     */
    static boolean yearNamesContainer(String container, String year, String s) {
        if (s == null || year == null || !container.endsWith(" " + year)) {
            return false;
        }
        int at = s.indexOf(container);
        if (at < 0) {
            return false;
        }
        return wordAt(s, year, at + container.length()) >= 0;
    }

    /** Where {@code w} next stands in {@code s} from {@code from} as a word (no letter or digit glued on), or -1. */
    private static int wordAt(String s, String w, int from) {
        for (int i = s.indexOf(w, from); i >= 0; i = s.indexOf(w, i + 1)) {
            int e = i + w.length();
            if ((i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                    && (e == s.length() || !Character.isLetterOrDigit(s.charAt(e)))) {
                return i;
            }
        }
        return -1;
    }
}
