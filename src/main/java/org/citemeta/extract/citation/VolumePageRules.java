package org.citemeta.extract.citation;

/**
 * Post-labelling rules about the volume, issue and pages as references write them (how a journal cited by volume and
 * year alone ends, how a letter glued after a volume's digits belongs to it, how journals numbered by month write
 * their issue), called from {@link ModelFieldLabeller#assemble}. Each is measured alone on both evaluation corpora
 * (see the citation README).
 */
final class VolumePageRules {
    private VolumePageRules() {
    }

    /**
     * A journal cited by its volume and year alone ("Lect. Notes Phys., 720 (2007).", "Phys. Rev. D 73 (2006).",
     * "Advances in Immunology, 57 (1989)") ends with that volume: where nothing is the volume, a single number of up
     * to three digits right after the container (a period or a comma between), followed by "(year)" and nothing after
     * but punctuation, that the model read as the page, is the volume. No other page is read. Not four digits: a
     * journal paginated through the year and cited without volume gives its page there ("Bull. Soc. Chim. Fr. 4169
     * (1969)", "Tetrahedron Lett. 3169 (1978)").
     */
    static void volumeBeforeFinalYear(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        int k = -1;
        for (int j = 0; j < t.count; j++) {
            if (y[j] == RefLabel.PAGES && LabelSpans.hasDigit(t.word[j])) {
                if (k >= 0) {
                    return; // more than one page number
                }
                k = j;
            }
        }
        if (k < 1 || k + 3 >= t.count || !LabelSpans.digits(t.word[k]) || t.word[k].length() > 3) {
            return;
        }
        if (!t.word[k + 1].equals("(") || !NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k + 2]).matches()
                || !t.word[k + 3].equals(")")) {
            return;
        }
        for (int j = k + 4; j < t.count; j++) {
            if (!t.word[j].equals(".") && !t.word[j].equals(";") && !t.word[j].equals(",")) {
                return;
            }
        }
        int c = k - 1;
        while (c >= 0 && (t.word[c].equals(".") || t.word[c].equals(","))) {
            c--;
        }
        if (c >= 0 && y[c] == RefLabel.CONTAINER) {
            y[k] = RefLabel.VOLUME;
        }
    }

    /** A word that introduces a newspaper's section. */
    private static final java.util.regex.Pattern SECTION_WORD = java.util.regex.Pattern.compile("(?i)sec\\.|sect\\.|section");

    /**
     * A capital glued after the volume's digits is part of the volume, a part or series of it ("Chem. Ber. 71B, 600",
     * "Phys. Lett. 101B, 139", "Adv Pharmacol 1994; 29A:167-189", "Vol. 5A"): the tokens split it off as a word of its
     * own, which the model left out of the volume. Only a single capital that nothing letter or digit follows glued, and
     * not after a section word: a newspaper's section ("Quiet Times, 15 March 1985, sec. 1A, p. 3") is no volume of
     * its own.
     */
    static void volumeLetterSuffix(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume == null || !LabelSpans.digits(f.volume)) {
            return;
        }
        int k = LabelSpans.index(t, y, RefLabel.VOLUME);
        if (k < 0 || k + 1 >= t.count || !t.word[k].equals(f.volume) || !t.glued(k)) {
            return;
        }
        if (k > 0 && SECTION_WORD.matcher(t.word[k - 1]).matches()) {
            return;
        }
        String c = t.word[k + 1];
        if (c.length() != 1 || c.charAt(0) < 'A' || c.charAt(0) > 'Z') {
            return;
        }
        if (t.glued(k + 1) && Character.isLetterOrDigit(t.word[k + 2].charAt(0))) {
            return;
        }
        f.volume = f.volume + c;
    }

    /**
     * Journals whose volume is the year and whose issues are the months: JHEP and JCAP, also written out ("J. High
     * Energy Phys.", "J. Cosmol. Astropart. Phys.", "Journal of Cosmology and Astroparticle Physics").
     */
    private static final java.util.regex.Pattern MONTHLY_JOURNAL = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:JHEP|JCAP|J(?:ournal)?\\.?\\s*(?:of\\s*)?High\\s*Energy\\s*Phys(?:ics)?"
                    + "|J(?:ournal)?\\.?\\s*(?:of\\s*)?Cosmol(?:ogy)?\\.?\\s*(?:and\\s*)?Astropart(?:icle)?\\.?\\s*Phys(?:ics)?)[\\s.,]*");

    /**
     * JHEP and JCAP number their issues by month within a year that serves as the volume: in "JHEP 03 (2017) 135",
     * "J. Cosmol. Astropart. Phys. 8, 013 (2016)" the number of one or two digits (1 to 12) after the journal is the
     * issue, and there is no volume. A four-digit number ("JHEP 0505 (2005) 066", year and month) stays the volume.
     */
    static void monthIssue(LabelledFields f) {
        if (f.volume == null || f.issue != null || f.container == null || f.volume.length() > 2
                || !LabelSpans.digits(f.volume) || !MONTHLY_JOURNAL.matcher(f.container).matches()) {
            return;
        }
        int m = Integer.parseInt(f.volume);
        if (m >= 1 && m <= 12) {
            f.issue = f.volume;
            f.volume = null;
        }
    }

    /**
     * A word that introduces a volume's number ("vol.", "Volume"; also read by {@link NumberPlaceRules},
     * {@link ContainerScopeRules}, {@link SeriesAndBookRules}).
     */
    static final java.util.regex.Pattern VOLUME_WORD = java.util.regex.Pattern.compile("(?i)vol\\.?|volume");

    /**
     * "Volume N of Series" names the volume of a book in a series ("In Quiet Harbours, volume 1234 of LNCS, pages
     * 1-12", "Hopf Quivers, volume 12 of CBMS Regional Conference Series"): the number is the volume, not a word of the
     * container the model ran through it. Where nothing is the volume, the number (digits or a Roman numeral) between
     * a volume word and "of" becomes the volume and the volume word no part of the container.
     */
    static void volumeOfSeries(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        for (int k = 1; k + 1 < t.count; k++) {
            if (!t.word[k + 1].equals("of") || !VOLUME_WORD.matcher(t.word[k - 1]).matches()
                    || !(LabelSpans.digits(t.word[k]) || LabelSpans.ROMAN.matcher(t.word[k]).matches())) {
                continue;
            }
            y[k] = RefLabel.VOLUME;
            if (y[k - 1] == RefLabel.CONTAINER || y[k - 1] == RefLabel.TITLE) {
                y[k - 1] = RefLabel.O;
            }
            return;
        }
    }

    /** A word that says pages follow (compared in lower case). */
    private static final java.util.Set<String> PAGE_WORD = java.util.Set.of("pp.", "pp", "p.", "pages", "page", "s.", "seite", "seiten");

    /**
     * A range written after a page word is the pages, even where both ends could be years ("In Proc. Quiet Vision,
     * pages 1939-1946. IEEE, 2013", "Seite 2048- 2076"): the assembly drops a range of two plausible years as a
     * period of years where nothing is the volume; a page word before it says otherwise. Only the model's pages, the
     * two numbers right after the word, joined by a dash.
     */
    static void yearLikePagesAfterPageWord(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst != null) {
            return;
        }
        for (int k = 0; k + 3 < t.count; k++) {
            if (!PAGE_WORD.contains(t.word[k].toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int a = k + 1;
            int b = k + 3;
            if (y[a] == RefLabel.PAGES && y[b] == RefLabel.PAGES && LabelSpans.digits(t.word[a]) && LabelSpans.digits(t.word[b])
                    && t.word[k + 2].length() == 1 && Character.getType(t.word[k + 2].charAt(0)) == Character.DASH_PUNCTUATION
                    && Integer.parseInt(t.word[a]) < Integer.parseInt(t.word[b])) {
                f.pageFirst = t.word[a];
                f.pageLast = t.word[b];
            }
            return;
        }
    }

    /**
     * Two page numbers side by side with only a space between ("Br. J. Quiet. (1991), 63, 97 101", "Journal of Quiet
     * Computing 60, 374 406 (2000)") are a range whose dash PDF extraction lost: where the model read both as the
     * pages and only the first was kept, the second, larger and no year, is the last page.
     */
    static void rangeWithoutDash(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst == null || f.pageLast != null || !LabelSpans.digits(f.pageFirst)) {
            return;
        }
        for (int k = 0; k + 1 < t.count; k++) {
            if (!t.word[k].equals(f.pageFirst) || y[k] != RefLabel.PAGES) {
                continue;
            }
            int j = k + 1;
            String w = t.word[j];
            if (y[j] == RefLabel.PAGES && !t.glued(k) && LabelSpans.digits(w) && w.length() <= 6
                    && !NumberRules.PLAUSIBLE_YEAR.matcher(w).matches()
                    && Long.parseLong(w) > Long.parseLong(f.pageFirst)
                    && (j + 1 == t.count || !Character.isLetterOrDigit(t.word[j + 1].charAt(0))
                    && Character.getType(t.word[j + 1].charAt(0)) != Character.DASH_PUNCTUATION)) {
                f.pageLast = w;
            }
            return;
        }
    }

    /**
     * The chemists' "Journal Year, Volume, Page." ("Quiet Lett. 2011, 11, 1987.") ends with a page that may look like a
     * year: where the journal is followed by a year, a comma, a number, a comma and a second year-like number that
     * ends the reference, the number is the volume and the last number the page, not a second year.
     */
    static void yearVolumeYearLikePage(ModelTokens t, int[] y, LabelledFields f) {
        int n = t.count;
        int e = n - 1;
        while (e >= 0 && t.word[e].equals(".")) {
            e--;
        }
        int k = e - 4; // the year after the journal
        if (k < 1 || y[k - 1] != RefLabel.CONTAINER || !t.word[k + 1].equals(",") || !t.word[k + 3].equals(",")) {
            return;
        }
        String year = t.word[k];
        String volume = t.word[k + 2];
        String page = t.word[e];
        if (y[k] != RefLabel.YEAR || !NumberRules.PLAUSIBLE_YEAR.matcher(year).matches() || year.length() != 4
                || !LabelSpans.digits(volume) || volume.length() > 3 || y[e] != RefLabel.YEAR
                || !NumberRules.PLAUSIBLE_YEAR.matcher(page).matches() || page.length() != 4) {
            return;
        }
        f.volume = volume;
        if (volume.equals(f.issue)) {
            f.issue = null;
        }
        f.pageFirst = page;
        f.pageLast = null;
        f.year = year;
    }
}
