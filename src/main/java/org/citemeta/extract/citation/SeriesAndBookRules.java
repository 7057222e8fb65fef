package org.citemeta.extract.citation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules on the containers and volumes of books, series, reports and chapters, written from the AnyStyle corpus's
 * development errors (twelfth session of 7 Dec 2026, helper R3): a book's title read with its editors and a title
 * run into a sentence that names the kind of document (on the labels,
 * {@link #apply(ModelTokens, int[])}, called from {@link ModelFieldLabeller#assemble} right after {@link
 * SourceSpanRules#apply(ModelTokens, int[])}), the designation after the word "volume" and a book's place read into
 * the end of its title (on the fields, {@link
 * #apply(ModelTokens, int[], LabelledFields)}, right after {@link SourceSpanRules#apply(LabelledFields, String)}).
 * Each rule was measured alone on both evaluation corpora (see the citation README).
 */
final class SeriesAndBookRules {

    private SeriesAndBookRules() {
    }

    /** The label rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y) {
        titleBeforeCredits(t, y);
        genreSentenceEndsTitle(t, y);
    }

    /** The kind of a document, named at the start of a sentence of its own: "White paper", "Technical report" ... */
    private static final Pattern GENRE_HEAD = Pattern.compile("(?i)(?:white|working|discussion|technical|tech\\.?|research)"
            + " (?:paper|report|note)\\b.*|(?:unpublished )?manuscript\\b.*|provisional patent\\b.*"
            + "|patent (?:no\\.?|application|\\S*\\d).*");

    /**
     * The title does not go on into a sentence that names the kind of document: "Quiet winches. White paper prepared
     * for the Harbour Board, Bergen.", "The Quay Crane Database. Tech- nical report Quay University", "Harbour Survey
     * 1999. Manuscript.", "Winch Brakes for Small Cranes. Provisional patent QX1234 filed May 2016." Where, inside the
     * title, a sentence end (a period of its own or a word's final period, the word four characters or more) is
     * followed by "White paper", "Working paper", "Discussion paper", "Technical report" (also broken at the line end:
     * "Tech- nical"), "Research report", "Technical note", "Manuscript", "Unpublished manuscript", "Provisional patent"
     * or "Patent" and a number ("Patent No.", "Patent US123"), the title ends at that sentence end.
     */
    static void genreSentenceEndsTitle(ModelTokens t, int[] y) {
        int a = LabelSpans.first(t, y, RefLabel.TITLE);
        int b = LabelSpans.last(t, y, RefLabel.TITLE);
        if (a < 0) {
            return;
        }
        for (int k = a + 1; k <= b; k++) {
            String p = t.word[k - 1];
            if (!(p.equals(".") || p.length() >= 4 && p.endsWith(".")) || !Character.isUpperCase(t.word[k].charAt(0))) {
                continue;
            }
            StringBuilder head = new StringBuilder();
            for (int j = k; j < t.count && j < k + 5; j++) {
                String w = t.word[j];
                if (w.equals("-") && j + 1 < t.count && Character.isLowerCase(t.word[j + 1].charAt(0))) {
                    continue; // a word broken at the line end: "Tech- nical"
                }
                if (j > k && !t.word[j - 1].equals("-") || j > k + 1 && t.word[j - 1].equals("-")
                        && !Character.isLowerCase(w.charAt(0))) {
                    head.append(' ');
                }
                head.append(w);
            }
            if (!GENRE_HEAD.matcher(head).matches()) {
                continue;
            }
            for (int j = k; j <= b; j++) {
                if (y[j] == RefLabel.TITLE) {
                    y[j] = RefLabel.O;
                }
            }
            return;
        }
    }

    /**
     * A book's title read with the editors who follow it: "Holm, Anna. Quiet Harbours. Edited by Karl Lund. Oslo:
     * Quarry, 2009.", "Winter Tales. Ed. Marta Berg. Bergen: Quay Press, 2001.", "Lundius. Carmina. Edited by ...". The
     * title is the sentence before the credits that open with "Edited by", "Ed.", "Translated by" or "Trans.". Where
     * nothing is read as the title, and the sentence right before such credits (after the authors or the previous
     * sentence end, up to a final period that is no initial's) is capitalised, has no digit and was read as editors
     * or as no field, it is the title.
     */
    static void titleBeforeCredits(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.TITLE) >= 0) {
            return;
        }
        int k = 2;
        while (k < t.count && !credits(t, k)) {
            k++;
        }
        if (k >= t.count) {
            return;
        }
        int e = t.word[k - 1].equals(".") ? k - 2 : k - 1;
        if (!sentenceEnd(t, k - 1) || e < 0) {
            return;
        }
        int s = e;
        while (s > 0 && !sentenceEnd(t, s - 1) && y[s - 1] != RefLabel.AUTHOR) {
            s--;
        }
        if (!Character.isUpperCase(t.word[s].charAt(0))) {
            return;
        }
        for (int j = s; j <= e; j++) {
            if (LabelSpans.hasDigit(t.word[j]) || y[j] != RefLabel.EDITOR && y[j] != RefLabel.O) {
                return;
            }
        }
        for (int j = s; j <= e; j++) {
            y[j] = RefLabel.TITLE;
        }
    }

    /** Credits from k: "Edited by", "Translated by", "Ed.", "Trans.". */
    private static boolean credits(ModelTokens t, int k) {
        String w = t.word[k];
        return (w.equals("Edited") || w.equals("Translated")) && k + 1 < t.count && t.word[k + 1].equals("by")
                || w.equals("Ed.") || w.equals("Trans.");
    }

    /** Token k ends a sentence: a period of its own, or a word's final period that is no initial's ("J."). */
    private static boolean sentenceEnd(ModelTokens t, int k) {
        String w = t.word[k];
        return w.equals(".") || w.length() > 2 && w.endsWith(".");
    }

    /** The field rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        volumeWordDesignation(t, y, f);
        placeEndsTitle(t.text, f);
    }

    /** The title's end: a comma, a city of capitalised words, a comma and a state's abbreviation ("La Quay, Calif"). */
    private static final Pattern CITY_STATE_TAIL = Pattern.compile(
            ",\\s*\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2}\\s*,\\s*(?:\\p{Lu}\\p{Ll}{1,5}\\.?|\\p{Lu}{2}|\\p{Lu}\\.\\s?\\p{Lu}\\.?)$");
    /** The title's end: a comma and one to three capitalised words (a region, checked against the list). */
    private static final Pattern REGION_TAIL = Pattern.compile(",\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2})$");
    /** After the title: its period, if any, and the colon or comma before the publisher's capitalised name. */
    private static final Pattern BEFORE_PUBLISHER = Pattern.compile("\\.?\\s*[:,]\\s*\\p{Lu}");

    /**
     * A book's place read into the end of its title, before the publisher: "Quiet Harbours: A Guide., Quay Falls,
     * Calif.: Center for Harbour Studies, 1991.", "The Northern Quays and NATO, Norway, Quarry University, Bergen Press,
     * 1975." Where a publisher is read, the title ends with a comma and a city and a state's abbreviation, or a comma
     * and a state's or country's name ({@link ContainerTailRules#REGIONS}), and right after the title come (its period
     * and) a colon or a comma and a capitalised word, the place leaves the title.
     */
    static void placeEndsTitle(String s, LabelledFields f) {
        if (f.title == null || f.publisher == null) {
            return;
        }
        int at = s.indexOf(f.title);
        if (at < 0 || !BEFORE_PUBLISHER.matcher(s).region(at + f.title.length(), s.length()).lookingAt()) {
            return;
        }
        Matcher c = CITY_STATE_TAIL.matcher(f.title);
        int cut = -1;
        if (c.find()) {
            cut = c.start();
        } else {
            Matcher r = REGION_TAIL.matcher(f.title);
            if (r.find() && ContainerTailRules.REGIONS.contains(r.group(1))) {
                cut = r.start();
            }
        }
        if (cut > 0 && f.title.substring(0, cut).chars().filter(Character::isLetter).count() >= 8) {
            f.title = f.title.substring(0, cut);
        }
    }

    /** The word "volume" written out or abbreviated ("Vol.", "vol", "VOLUME"), not the plural "vols.". */
    private static final Pattern VOLUME_WORD = Pattern.compile("(?i)vol\\.?|volume");

    /** A volume's designation: a number, a Roman numeral or a single capital letter ("Volume E"). */
    private static final Pattern DESIGNATION = Pattern.compile("\\d{1,4}|[IVXLC]{1,6}|[ivxlc]{1,6}|[A-Z]");

    /**
     * The volume named by the word "volume" where nothing else is the volume: "Crane Study Task 4, Volume C, Quay
     * Software Ltd, 1991", "Harbour cranes: theory and practice, volume 3rd. Quay Press", "…, volume 12, no 4, May
     * 1988". The model left the word unlabelled (or read it as a place) and gave its designation no field, the
     * issue (with another number as the issue), a place, or a volume that a later step dropped for an earlier number.
     * Where the assembled volume is empty and a "volume" / "vol." that is no title, container or name word is followed
     * (a period aside) by a number, a Roman numeral or a single capital letter that is no title, container, name, page
     * or year word (nor the assembled issue), that designation is the volume; an ordinal's suffix ("3rd") is left out.
     */
    static void volumeWordDesignation(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume != null) {
            return;
        }
        for (int k = 0; k + 1 < t.count; k++) {
            if (textField(y[k]) || !VOLUME_WORD.matcher(t.word[k]).matches()) {
                continue;
            }
            int d = k + 1;
            if (t.word[d].equals(".") && d + 1 < t.count) {
                d++;
            }
            String w = t.word[d];
            if (!DESIGNATION.matcher(w).matches()) {
                continue;
            }
            int l = y[d];
            if (textField(l) || l == RefLabel.PAGES || l == RefLabel.YEAR || l == RefLabel.ISSUE && w.equals(f.issue)) {
                continue;
            }
            f.volume = w;
            return;
        }
    }

    /** A label of the text fields and names: title, container, author, editor. */
    private static boolean textField(int label) {
        return label == RefLabel.TITLE || label == RefLabel.CONTAINER || label == RefLabel.AUTHOR
                || label == RefLabel.EDITOR;
    }
}
