package org.citemeta.extract.citation;

/**
 * Post-labelling rules about the forms a volume (and the pages next to it) is written in that the model misreads: a
 * volume named by a letter or a Roman numeral after a volume word, a report's own number taken for a volume, ...
 * Called once from {@link ModelFieldLabeller#assemble} on the assembled fields ({@link #apply}). Each rule was
 * measured alone on both evaluation corpora (see the citation README).
 */
final class VolumeFormRules {
    private VolumeFormRules() {
    }

    /** The rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        numberedReport(t, f);
        seriesNumberInParentheses(t, f);
        lawReviewCitation(t, f);
        dashedVolumeBeforePageWord(t, y, f);
        ssrnNumber(t, f);
    }

    private static final java.util.regex.Pattern UPPER_ROMAN = java.util.regex.Pattern.compile("[IVXLC]+");

    /** A word saying a document is one of a numbered series of reports or papers. */
    private static final java.util.regex.Pattern REPORT_WORD = java.util.regex.Pattern.compile(
            "(?i)report|paper|memorandum|memo|note");
    /** What may stand before the report word: a field's start, or the words of a kind of report. */
    private static final java.util.regex.Pattern REPORT_KIND = java.util.regex.Pattern.compile(
            "[,;:(.]|(?i:technical|tech\\.?|working|research|discussion|internal|scientific)");
    /** The word before such a document's number: "No.", "Nr.", "Number", "#". */
    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile("(?i)no\\.?|nr\\.?|number|#");

    /**
     * A report or working paper cites its own number after "No." ("Technical Report No. 217, Department of Silence",
     * "(Working Paper No. 4711). Quiet Bureau", "Report No. 1212, Harbour Board"): that number names the document, it
     * is no volume or issue of a periodical. Where a report word, at a field's start or after a word naming a kind of
     * report ("Technical", "Working"), is followed by a number word and digits, a volume or issue read from those
     * digits goes. A series named with the word keeps its number as the volume ("Quiet Planning Report No. 12").
     */
    static void numberedReport(ModelTokens t, LabelledFields f) {
        if (f.volume == null && f.issue == null) {
            return;
        }
        for (int k = 1; k + 1 < t.count; k++) {
            if (!NUMBER_WORD.matcher(t.word[k]).matches() || !REPORT_WORD.matcher(t.word[k - 1]).matches()) {
                continue;
            }
            // a kind of report ("Technical Report No."), not a series named with the word ("Quiet Planning Report No. 12",
            // whose number is the series' volume)
            String kind = k >= 2 ? t.word[k - 2] : "(";
            if (!REPORT_KIND.matcher(kind).matches()) {
                continue;
            }
            int n = k + 1;
            if (n < t.count && t.word[n].equals(".")) {
                n++;
            }
            if (n >= t.count || !LabelSpans.digits(t.word[n])) {
                continue;
            }
            if (t.word[n].equals(f.volume)) {
                f.volume = null;
            }
            if (t.word[n].equals(f.issue)) {
                f.issue = null;
            }
        }
    }

    /**
     * A book in a numbered series may name the series and its number in parentheses after the title ("Quiet Harbours of
     * the North (Studies in Harbour History, 512), Nantes, 1995", "(= Quiet Texts, VII)"): the number is the book's
     * volume in the series. Where nothing is the volume, a parenthesis holding words without digits, a comma and a last
     * number (up to four digits and no plausible year, or a Roman numeral in capitals) gives that number as the volume.
     */
    static void seriesNumberInParentheses(ModelTokens t, LabelledFields f) {
        if (f.volume != null) {
            return;
        }
        for (int c = 3; c < t.count; c++) {
            if (!t.word[c].equals(")") || !t.word[c - 2].equals(",")) {
                continue;
            }
            String n = t.word[c - 1];
            if (!(LabelSpans.digits(n) && n.length() <= 4 && !NumberRules.PLAUSIBLE_YEAR.matcher(n).matches()
                    || UPPER_ROMAN.matcher(n).matches())) {
                continue;
            }
            int o = c - 3;
            boolean capital = false;
            while (o >= 0 && !t.word[o].equals("(") && !t.word[o].equals(")") && !LabelSpans.hasDigit(t.word[o])
                    && !t.word[o].equals(":") && !t.word[o].equals(";")) {
                capital |= Character.isUpperCase(t.word[o].charAt(0));
                o--;
            }
            if (o < 0 || !t.word[o].equals("(") || o == c - 3 || !capital) {
                continue;
            }
            f.volume = n;
            return;
        }
    }

    /**
     * Law reviews are cited with the volume before the journal's name and the first page after it, the year last in
     * parentheses: "Quiet Waters and the Law, 7 Harb. L.J. 211 (1991)." The model, reading numbers after a journal,
     * takes the page for the volume and the volume for a word of the title or journal. Where the reference ends (but
     * for punctuation) with a comma, a number of up to three digits, words without digits (one capitalised at least),
     * a page or page range and "(year)", the first number is the volume, the words the journal and the page the pages;
     * the numbers stand apart from the words ("PTEP 2015, 033D01 (2015)" is one article number).
     */
    static void lawReviewCitation(ModelTokens t, LabelledFields f) {
        int e = t.count - 1;
        while (e >= 0 && (t.word[e].equals(".") || t.word[e].equals(";"))) {
            e--;
        }
        if (e < 6 || !t.word[e].equals(")") || !t.word[e - 2].equals("(")
                || !NumberRules.PLAUSIBLE_YEAR.matcher(t.word[e - 1]).matches()) {
            return;
        }
        int p = e - 3; // the last page, or the only one
        if (!LabelSpans.digits(t.word[p]) || t.word[p].length() > 5) {
            return;
        }
        String last = null;
        if (p >= 2 && t.word[p - 1].length() == 1 && Character.getType(t.word[p - 1].charAt(0)) == Character.DASH_PUNCTUATION
                && LabelSpans.digits(t.word[p - 2])) {
            last = t.word[p];
            p -= 2;
        }
        int w = p - 1;
        boolean capital = false;
        while (w >= 0 && !LabelSpans.hasDigit(t.word[w]) && !t.word[w].equals(",") && !t.word[w].equals("(")
                && !t.word[w].equals(")") && !t.word[w].equals(":") && !t.word[w].equals(";")) {
            capital |= Character.isUpperCase(t.word[w].charAt(0));
            w--;
        }
        // w is the volume; the journal's words run from w + 1 to p - 1
        if (w < 1 || w == p - 1 || !capital || !LabelSpans.digits(t.word[w]) || t.word[w].length() > 3
                || !t.word[w - 1].equals(",")) {
            return;
        }
        // numbers written apart from the words: "PTEP 2015, 033D01 (2015)" is one article number
        if (t.glued(w) || t.glued(p - 1)) {
            return;
        }
        f.volume = t.word[w];
        f.pageFirst = t.word[p];
        f.pageLast = last;
        f.container = t.text.substring(t.start[w + 1], t.end[p - 1]);
        if (f.title != null && f.title.endsWith(f.container)) {
            f.title = null; // the model's title was the journal; no other title is read
        }
    }

    /** A word that says pages follow (compared in lower case). */
    private static final java.util.Set<String> PAGE_WORD = java.util.Set.of("p.", "pp.", "pp", "p", "pages", "page");

    /**
     * Two numbers joined by a dash right after the journal ("Quiet Studies, 38-2, 2004, p. 211-230", "J. Quiet. 119-120,
     * (2006), pp 277-282") are its volume and issue, or a double volume, when the pages are named by a page word
     * elsewhere: the model, seeing a range, read them as pages or left them out. Where the pages follow a page word
     * and such a pair (up to four digits each, first the container, a comma after) follows the journal, the pair as
     * written is the volume where the volume read is none or one of its numbers (and not when a volume and another
     * issue were both read).
     */
    static void dashedVolumeBeforePageWord(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst == null || f.volume != null && !f.volume.equals(f.issue) && f.issue != null) {
            return;
        }
        boolean named = false;
        for (int k = 0; k + 1 < t.count && !named; k++) {
            named = PAGE_WORD.contains(t.word[k].toLowerCase(java.util.Locale.ROOT)) && t.word[k + 1].equals(f.pageFirst);
        }
        if (!named) {
            return;
        }
        for (int k = 1; k + 3 < t.count; k++) {
            int c = t.word[k - 1].equals(",") ? k - 2 : k - 1;
            if (c < 0 || y[c] != RefLabel.CONTAINER || !LabelSpans.digits(t.word[k]) || t.word[k].length() > 4
                    || t.word[k + 1].length() != 1 || Character.getType(t.word[k + 1].charAt(0)) != Character.DASH_PUNCTUATION
                    || !LabelSpans.digits(t.word[k + 2]) || t.word[k + 2].length() > 4 || !t.word[k + 3].equals(",")
                    || t.word[k].equals(f.pageFirst)) {
                continue;
            }
            String pair = t.text.substring(t.start[k], t.end[k + 2]);
            if (f.volume == null || f.volume.equals(t.word[k]) || f.volume.equals(t.word[k + 2])) {
                f.volume = pair;
                if (t.word[k + 2].equals(f.issue)) {
                    f.issue = null;
                }
            }
            return;
        }
    }

    /**
     * A working paper posted to SSRN is cited by its SSRN number ("Available at SSRN 2211043", "SSRN 2211043"): an
     * identifier, not a volume, issue or page. Where "SSRN" (a colon between or not) is followed by digits, a volume,
     * issue or first page read from them goes.
     */
    static void ssrnNumber(ModelTokens t, LabelledFields f) {
        for (int k = 0; k + 1 < t.count; k++) {
            if (!t.word[k].equals("SSRN")) {
                continue;
            }
            int n = t.word[k + 1].equals(":") ? k + 2 : k + 1;
            if (n >= t.count || !LabelSpans.digits(t.word[n])) {
                continue;
            }
            String id = t.word[n];
            if (id.equals(f.volume)) {
                f.volume = null;
            }
            if (id.equals(f.issue)) {
                f.issue = null;
            }
            if (id.equals(f.pageFirst)) {
                f.pageFirst = null;
                f.pageLast = null;
            }
        }
    }
}
