package org.citemeta.extract.citation;

import java.util.Set;

/**
 * Rules on what a container's name holds, read from the reference's own words, written from the GROBID corpus's
 * development container errors (thirteenth session of 7 Dec 2026, helper R5). Called once, at the end of the rule
 * calls of {@link ModelFieldLabeller#assemble}. Each rule was measured alone on both evaluation corpora (see the
 * citation README).
 */
final class ContainerReadingRules {

    private ContainerReadingRules() {
    }

    /** The label rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        numberedTransactions(t, y);
        knownJournalAsAuthor(t, y, f);
        sectionAfterColon(t, y);
        placeColonPublisher(t, y);
    }

    /**
     * A book's imprint read as the container ("Quiet harbours. Bergen: Quarry and Sons, 1994: 651-666.", "Edited by K.
     * Holm. The Hague, | Netherlands: Harbour Nijhoff, 1970.", the container after the bar): a container of one to
     * three capitalised words (no punctuation), a colon and one to five capitalised words or "and" / "&", followed by
     * a comma or nothing and then the year, in a reference with a title before it and no volume, is the place and the
     * publisher.
     */
    static void placeColonPublisher(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || LabelSpans.first(t, y, RefLabel.TITLE) < 0 || LabelSpans.first(t, y, RefLabel.TITLE) > c[0]
                || LabelSpans.first(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        int colon = -1;
        for (int j = c[0]; j <= c[1]; j++) {
            if (y[j] != RefLabel.CONTAINER) {
                return;
            }
            if (t.word[j].equals(":")) {
                if (colon >= 0) {
                    return;
                }
                colon = j;
            }
        }
        if (colon - c[0] < 1 || colon - c[0] > 3 || c[1] - colon < 1 || c[1] - colon > 5) {
            return;
        }
        for (int j = c[0]; j < colon; j++) {
            if (!LabelSpans.placeWord(t.word[j], NOT_PLACE, false)) {
                return;
            }
        }
        for (int j = colon + 1; j <= c[1]; j++) {
            String w = t.word[j];
            if (!Character.isUpperCase(w.charAt(0)) && !w.equals("and") && !w.equals("&") || LabelSpans.hasDigit(w)) {
                return;
            }
        }
        int n = c[1] + 1;
        if (n < t.count && t.word[n].equals(",")) {
            n++;
        }
        if (n >= t.count || y[n] != RefLabel.YEAR) {
            return;
        }
        LabelSpans.imprint(y, c[0], colon, c[1]);
    }

    /** Words that are no place although capitalised: a journal's or a meeting's words. */
    private static final java.util.regex.Pattern NOT_PLACE = java.util.regex.Pattern.compile(
            "(?i)proc\\.?|proceedings|conference|symposium|workshop|congress|meeting|lecture|lectures|notes|series"
                    + "|society|journal|transactions|part|vol\\.?|volume|session|track|in|and|of|on|the|for|review"
                    + "|letters|bulletin|annals|acta|nature|science|research|studies|reports|proc");

    /**
     * A journal's section or subtitle after a colon ("Harbour Engineering and Function: Cellular harbours and their
     * modulation by tides. 2006;24(3):195-9", "Quay Instruments Section A : Cranes , Winches ,Detectors 8 (2011)"),
     * which the model read as a second title after the journal: the colon right after the container and the title
     * run after it, up to the year, volume, issue or pages, are the container's (a number glued to the run's last word,
     * with no volume read, is the volume). Only a run of words (no digits, at most 16 words) that is the reference's
     * last title run and is not quoted.
     */
    static void sectionAfterColon(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] + 2 >= t.count || !t.word[c[1] + 1].equals(":") || y[c[1] + 1] != RefLabel.O
                || y[c[1] + 2] != RefLabel.TITLE || !Character.isLetter(t.word[c[1] + 2].charAt(0))) {
            return;
        }
        int e = LabelSpans.runEnd(y, c[1] + 2);
        int volume = -1;
        if (LabelSpans.digits(t.word[e]) && e > c[1] + 2 && t.glued(e - 1) && LabelSpans.first(t, y, RefLabel.VOLUME) < 0) {
            volume = e--; // "... Equipment8 (2011)": the volume glued to the name's last word
        }
        int words = 0;
        for (int j = c[1] + 2; j <= e; j++) {
            String w = t.word[j];
            if (LabelSpans.hasDigit(w) || w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("'")) {
                return;
            }
            words += Character.isLetter(w.charAt(0)) ? 1 : 0;
        }
        int n = volume >= 0 ? volume : e + 1;
        while (n < t.count && y[n] == RefLabel.O && !Character.isLetterOrDigit(t.word[n].charAt(0))) {
            n++;
        }
        if (words > 16 || n >= t.count || LabelSpans.last(t, y, RefLabel.TITLE) != (volume >= 0 ? volume : e)
                || volume < 0 && y[n] != RefLabel.YEAR && y[n] != RefLabel.VOLUME && y[n] != RefLabel.ISSUE
                && y[n] != RefLabel.PAGES) {
            return;
        }
        for (int j = c[1] + 1; j <= e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
        if (volume >= 0) {
            y[volume] = RefLabel.VOLUME;
        }
    }

    /**
     * A journal cited in the place of the authors ("Quiet Harbour Review, Vol. 31, No. 2, pp. 19-22, 1988.", "The
     * Harbour Weekly, 20 May 2016, ..."), which the model read as one person's name: the reference's first group, up
     * to a comma, read as the only name, with no container in the reference, is the container when it is a known
     * journal's name (of two words or more).
     */
    static void knownJournalAsAuthor(ModelTokens t, int[] y, LabelledFields f) {
        if (t.count < 4 || y[0] != RefLabel.AUTHOR || f.authors.size() != 1 || f.etAl
                || LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int e = 0;
        int words = 0;
        while (e < t.count && y[e] == RefLabel.AUTHOR && !LabelSpans.separator(t, e)) {
            if (Character.isLetter(t.word[e].charAt(0))) {
                words++;
            }
            e++;
        }
        if (words < 2 || words > 8 || e + 1 >= t.count || !t.word[e].equals(",") || y[e + 1] == RefLabel.AUTHOR
                || LabelSpans.last(t, y, RefLabel.AUTHOR) >= e || !Journals.known(t, 0, e - 1)) {
            return;
        }
        for (int k = 0; k < e; k++) {
            y[k] = RefLabel.CONTAINER;
        }
        f.authors.clear();
    }

    /** The chemical societies' journals whose series is numbered ("Perkin Trans. 1", "Faraday Trans. 2"). */
    private static final Set<String> NUMBERED_SERIES = Set.of("perkin", "faraday");

    /**
     * The number of a chemical society's numbered series is part of the journal's name ("J. Quay Soc. Perkin Trans.
     * 1, 211 (1983)", "J Quay Soc Perkin 2. 1976;211-9"), not its volume: a "1" or "2" right after a container that
     * ends in "Perkin" or "Faraday" or in "Trans." after one of them, when another number follows (after a separator or
     * not: "Perkin 2 1976;11:211").
     */
    static void numberedTransactions(ModelTokens t, int[] y) {
        int c1 = LabelSpans.last(t, y, RefLabel.CONTAINER);
        if (c1 < 1 || c1 + 3 >= t.count) {
            return;
        }
        String last = LabelSpans.bare(t.word[c1]);
        int b = LabelSpans.wordBefore(t, c1);
        String before = b < 0 ? "" : LabelSpans.bare(t.word[b]);
        boolean series = NUMBERED_SERIES.contains(last)
                || (last.equals("trans") || last.equals("transactions")) && NUMBERED_SERIES.contains(before);
        int n = c1 + 1;
        if (!series || !(t.word[n].equals("1") || t.word[n].equals("2")) || y[n] == RefLabel.CONTAINER
                || !(LabelSpans.digits(t.word[n + 1]) || (t.word[n + 1].equals(",") || t.word[n + 1].equals(".")
                || t.word[n + 1].equals(";")) && LabelSpans.hasDigit(t.word[n + 2]))) {
            return;
        }
        y[n] = RefLabel.CONTAINER;
    }

    /** A chemical society's series before its number ("... Perkin Trans.", "... Faraday"): the number is the name's. */
    private static final java.util.regex.Pattern SERIES_BEFORE_NUMBER = java.util.regex.Pattern.compile(
            "(?i)\\b(?:perkin|faraday)(?:\\s*trans(?:actions|\\.)?)?\\s*$");

    /**
     * Whether the container text {@code head}, which a number follows, ends in a numbered series of {@link
     * #numberedTransactions}: asked by {@link ReferenceParser#numbersAroundContainer}, which else makes the number the
     * volume.
     */
    static boolean numberedSeries(String head) {
        return SERIES_BEFORE_NUMBER.matcher(head).find();
    }
}
