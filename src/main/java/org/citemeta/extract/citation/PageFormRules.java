package org.citemeta.extract.citation;

import java.util.Locale;
import java.util.Set;

/**
 * Post-labelling rules about the forms pages and volumes are written in that the model leaves out or misreads: a
 * book's number of pages ("217 p.", "368 pp.") and a work's number of volumes ("3 vols."), a date in numbers
 * ("25/04/2013") whose day was read as the volume, the German "22. Jg." (volume) and "143 f." (page). Called once from
 * {@link ModelFieldLabeller#assemble} on the assembled fields ({@link #apply}), after {@link VolumeFormRules}. Each
 * rule was measured alone on both evaluation corpora (see the citation README).
 */
final class PageFormRules {
    private PageFormRules() {
    }

    /** The rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        pageCount(t, y, f);
        volumeCount(t, y, f);
        datePieceIsNoVolume(t, f);
        jahrgang(t, f);
        pageAndFollowing(t, y, f);
    }

    /** A word that follows a count of pages, compared in lower case: "p.", "pp.", "pages", German "S.", "Seiten". */
    private static final Set<String> COUNT_WORD = Set.of("p.", "pp.", "p", "pp", "pages", "s.", "seiten", "pgs.");
    /** Words after which a number is a volume, an issue or a page, not a count of pages. */
    private static final Set<String> NUMBER_WORD = Set.of("vol.", "vols.", "no.", "nr.", "n°", "p.", "pp.", "s.", "bd.",
            "t.", "tome", "heft", "volume", "issue", "number");

    /**
     * A book, a thesis or a report may end with its number of pages: "Quiet Harbours. Nantes: Port Press, 1994. 217
     * p.", "..., Tide Books 1988, 368 pp.", "Ed. Calme, 1932. 312 S." Both gold sets take this count as the pages
     * (as CSL's number-of-pages is all such a reference gives about its pages). Where no pages were read, the last
     * number of one to five digits that stands after a separator (a comma, a period, a colon, or a word ending with a
     * period) or after a year, is followed by a page word ("p.", "pp.", "pages", "S.", "Seiten") and not by a number
     * (as "p. 12" would be), gives the pages, and a volume read from it goes. Not in the title or the names, nor in
     * parentheses ("(3 pp.)" after an article number). A count with the abbreviation glued to it ("216p.") is left
     * alone: the harness compares the gold's "216p" with the letter, so the number alone would be counted wrong.
     */
    static void pageCount(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst != null) {
            return;
        }
        for (int k = t.count - 1; k >= 1; k--) {
            if (!LabelSpans.digits(t.word[k]) || t.word[k].length() > 5 || t.word[k].charAt(0) == '0'
                    || k + 1 >= t.count || !COUNT_WORD.contains(t.word[k + 1].toLowerCase(Locale.ROOT))) {
                continue;
            }
            String number = t.word[k];
            int after = k + 2; // the token after the count and its page word
            if (after < t.count && t.word[after].equals(".")) {
                after++;
            }
            if (after < t.count && Character.isDigit(t.word[after].charAt(0))) {
                continue;
            }
            if (y[k] == RefLabel.TITLE || y[k] == RefLabel.AUTHOR) {
                return;
            }
            if (!separated(t.word[k - 1])) {
                return;
            }
            f.pageFirst = number;
            f.pageLast = null;
            if (number.equals(f.volume)) {
                f.volume = null;
            }
            return;
        }
    }

    /** A word that follows a count of volumes, compared in lower case. */
    private static final Set<String> VOLUMES_WORD = Set.of("vols.", "vols", "vol.", "volumes", "bde.", "tomes");

    /**
     * A work in several volumes cited whole gives their number after the title: "Quiet Harbours. 3 vols. Nantes: Port
     * Press, 1994.", "Stille, Bram, Werke, 8 vols. (Kiel: Ruhe Verlag, 1990)". Both gold sets take this count as the
     * volume when no single volume is named. Where no volume was read, a number of one to three digits after a
     * separator (as for {@link #pageCount}), followed by "vols." / "volumes" / "Bde." and not by a number, gives the
     * volume as written ("3 vols."). Not in the title or the names.
     */
    static void volumeCount(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume != null) {
            return;
        }
        for (int k = 1; k + 1 < t.count; k++) {
            if (!LabelSpans.digits(t.word[k]) || t.word[k].length() > 3 || t.word[k].charAt(0) == '0'
                    || !VOLUMES_WORD.contains(t.word[k + 1].toLowerCase(Locale.ROOT))) {
                continue;
            }
            int after = k + 2;
            if (after < t.count && t.word[after].equals(".")) {
                after++;
            }
            if (after < t.count && Character.isDigit(t.word[after].charAt(0)) || y[k] == RefLabel.TITLE
                    || y[k] == RefLabel.AUTHOR || !separated(t.word[k - 1])) {
                continue;
            }
            f.volume = t.text.substring(t.start[k], t.end[k + 1]);
            return;
        }
    }

    /** The word before a count: a separator, a year or a word ending with a period that is no number word. */
    private static boolean separated(String before) {
        return before.equals(",") || before.equals(".") || before.equals(":") || before.equals(";")
                || NumberRules.PLAUSIBLE_YEAR.matcher(before).matches()
                || before.length() > 1 && before.endsWith(".") && !NUMBER_WORD.contains(before.toLowerCase(Locale.ROOT));
    }

    /**
     * A volume read from the day or the month of a date written in numbers is no volume ("Quiet Weekly, 25/04/2013,
     * n°1103", "12.03.2009", "07-11-1998"): where the volume read is one or two digits, occurs in the string as a
     * number only once, and that once is the first or second piece of such a date (pieces of one or two digits and a
     * four-digit year, one separator, no spaces), it goes.
     */
    static void datePieceIsNoVolume(ModelTokens t, LabelledFields f) {
        String v = f.volume;
        if (v == null || v.length() > 2 || !LabelSpans.digits(v)) {
            return;
        }
        int at = -1;
        for (int k = 0; k < t.count; k++) {
            if (t.word[k].equals(v)) {
                if (at >= 0) {
                    return; // the number occurs twice
                }
                at = k;
            }
        }
        if (at >= 0 && numericDatePiece(t, at)) {
            f.volume = null;
        }
    }

    /** Token k is the day or month of "dd/mm/yyyy", "dd.mm.yyyy" or "dd-mm-yyyy" (one or two digits each). */
    private static boolean numericDatePiece(ModelTokens t, int k) {
        for (int d = Math.max(0, k - 2); d <= k; d += 2) {
            if (d + 4 < t.count && shortNumber(t.word[d]) && shortNumber(t.word[d + 2])
                    && DATE_SEPARATOR.contains(t.word[d + 1]) && t.word[d + 3].equals(t.word[d + 1])
                    && t.word[d + 4].length() == 4 && NumberRules.PLAUSIBLE_YEAR.matcher(t.word[d + 4]).matches()
                    && t.glued(d) && t.glued(d + 1) && t.glued(d + 2) && t.glued(d + 3)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> DATE_SEPARATOR = Set.of("/", ".", "-");

    private static boolean shortNumber(String w) {
        return w.length() <= 2 && LabelSpans.digits(w);
    }

    /** German words for the volume of a periodical (its year of publication): "Jg.", "Jahrg.", "Jahrgang". */
    private static final Set<String> JAHRGANG = Set.of("Jg.", "Jahrg.", "Jahrgang", "jg.");

    /**
     * German periodicals number their volumes by "Jahrgang", written "22. Jg." or "Jg. 22" ("Zeitschrift für Ruhe.
     * 22. Jg. Heft 3, 143 f."). Where no volume was read, the number before "." and "Jg." / "Jahrgang", or right after
     * "Jg." / "Jahrgang", is the volume.
     */
    static void jahrgang(ModelTokens t, LabelledFields f) {
        if (f.volume != null) {
            return;
        }
        for (int k = 0; k < t.count; k++) {
            if (!JAHRGANG.contains(t.word[k])) {
                continue;
            }
            if (k >= 2 && t.word[k - 1].equals(".") && LabelSpans.digits(t.word[k - 2]) && t.word[k - 2].length() <= 3) {
                f.volume = t.word[k - 2];
                return;
            }
            if (k + 1 < t.count && LabelSpans.digits(t.word[k + 1]) && t.word[k + 1].length() <= 3) {
                f.volume = t.word[k + 1];
                return;
            }
        }
    }

    /** "f." / "ff.": the page cited and the one or ones following it. */
    private static final Set<String> FOLLOWING = Set.of("f.", "ff.");

    /**
     * German (and some English) styles cite a page and the pages following it with "f." / "ff." after the number
     * ("Zeitschrift für Ruhe 22, Heft 3, 143 f.", "S. 12 ff."): the number is the first page. Where no pages were read,
     * the last number of one to five digits followed by "f." or "ff.", and not by a number, after a separator or a
     * word ending with a period, is the first page. Not in the title or the names.
     */
    static void pageAndFollowing(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst != null) {
            return;
        }
        for (int k = t.count - 2; k >= 1; k--) {
            if (!LabelSpans.digits(t.word[k]) || t.word[k].length() > 5 || !FOLLOWING.contains(t.word[k + 1])) {
                continue;
            }
            if (k + 2 < t.count && Character.isDigit(t.word[k + 2].charAt(0)) || y[k] == RefLabel.TITLE
                    || y[k] == RefLabel.AUTHOR || !(separated(t.word[k - 1]) || t.word[k - 1].equals("S."))) {
                return;
            }
            f.pageFirst = t.word[k];
            f.pageLast = null;
            if (t.word[k].equals(f.volume)) {
                f.volume = null;
            }
            return;
        }
    }
}
