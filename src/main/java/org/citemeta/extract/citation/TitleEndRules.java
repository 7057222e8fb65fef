package org.citemeta.extract.citation;

/**
 * Rules on where the title begins and ends (notes after it, numbers before it), run in
 * {@link ModelFieldLabeller#assemble} after the model's labels (each measured on both corpora; see the citation
 * README).
 */
final class TitleEndRules {
    private TitleEndRules() {
    }

    /**
     * A number that begins the title is the title's: a number glued to the title's first word ("1,25-dihydroxyvitamin
     * D3 stimulates ...", "5'-terminal cap structure ...", where the model read "1" as the issue and "25" as a page),
     * or a year written before a capitalised first word with no separator between them ("Quarry HJ. 2008 Dietary
     * Goals for Quiet Adults. Korean J Quiet 2008;41", "(2016). 2015 Harbour Report finds ...") when the reference
     * has a year elsewhere: a year that ends the authors (the "Smith J 2001 Title" style) is the only one.
     */
    static void titleLeadingNumber(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        if (first < 2) {
            return;
        }
        // the whitespace-delimited word the title's first token ends: "1" "," "25" "-" "dihydroxyvitamin"
        int b = first;
        while (b > 0 && t.glued(b - 1) && b > first - 5) {
            b--;
        }
        if (b < first && LabelSpans.digits(t.word[b]) && !(b > 0 && t.glued(b - 1))
                && joined(t, b, first) && before(t, y, b)) {
            for (int k = b; k < first; k++) {
                y[k] = RefLabel.TITLE;
            }
            return;
        }
        int k = first - 1;
        if (!t.glued(k) && t.word[k].length() == 4 && LabelSpans.digits(t.word[k])
                && NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches()
                && Character.isUpperCase(t.word[first].charAt(0)) && before(t, y, k) && otherYear(t, y, k)) {
            y[k] = RefLabel.TITLE;
        }
    }

    /** What comes before a number that begins the title: the end of the names or of a date (". ", ")."). */
    private static boolean before(ModelTokens t, int[] y, int k) {
        if (k == 0) {
            return false;
        }
        String p = t.word[k - 1];
        return p.equals(".") || p.endsWith(".") && y[k - 1] == RefLabel.AUTHOR;
    }

    /** Whether another token than k is a year the model read as the year. */
    private static boolean otherYear(ModelTokens t, int[] y, int k) {
        for (int j = 0; j < t.count; j++) {
            if (j != k && y[j] == RefLabel.YEAR && t.word[j].length() >= 4) {
                return true;
            }
        }
        return false;
    }

    /** A hyphen or prime between the number at b and the title's first word at first ("1,25-", "5'-"), a letter after. */
    private static boolean joined(ModelTokens t, int b, int first) {
        boolean mark = false;
        for (int k = b + 1; k <= first; k++) {
            String w = t.word[k];
            mark |= w.equals("-") || w.equals("'") || w.equals("’");
        }
        int e = first;
        while (e + 1 < t.count && t.glued(e) && !Character.isLetter(t.word[e].charAt(0))) {
            e++;
        }
        return mark && Character.isLetter(t.word[e].charAt(0));
    }

    /**
     * A thesis named by its kind at the start of the title: degree words ("Ph.D.", "MS", "Master's"), then the thesis
     * word ("Thèse", "thesis", "Dissertation", "Diplôme"), then the end, a separator or "de" / "d'" / "of"; group 1 is
     * the title after a colon ("Thesis: Investigation of ...").
     */
    private static final java.util.regex.Pattern THESIS_TITLE = java.util.regex.Pattern.compile(
            "(?:(?:Ph\\. ?D\\.?|PhD|MS|M\\. ?S\\.|MSc|MA|M\\. ?A\\.|Master'?s|Doctoral|Diploma)\\s*)?"
                    + "(?:Th[èe]se|[Tt]hesis|Dissertation|Dipl[ôo]me|Diplomarbeit|Doktorarbeit|Habilitationsschrift)"
                    + "(?:\\s*:\\s*(\\p{Lu}.{10,})|\\s*$|\\s*[,.;(]|\\s+(?:de|of)\\s|\\s+d['’])");

    /**
     * A title that is only the kind of the work is none: a thesis cited without its title ("A. Quarry. Thèse,
     * Université de Lund, 1983.", "R. P. Holm, Ph.D. thesis, Quiet Univ. Lund, 2005.", "Thèse de l'Institut ...");
     * where a colon follows the kind and the title after it ("Thesis: Investigation of quiet honeycomb structures"),
     * the title is what follows the colon. Applied to the title string after the model's and the rules' titles are
     * settled (the rules read such a kind as the title too, and fill an empty title from it).
     */
    static String genreIsNoTitle(String title) {
        if (title == null) {
            return null;
        }
        java.util.regex.Matcher m = THESIS_TITLE.matcher(title);
        if (!m.lookingAt()) {
            return title;
        }
        return m.group(1);
    }
}
