package org.citemeta.extract.citation;

/**
 * Post-labelling rules about where a reference puts its volume and its pages when they are written in a less common
 * place or form (a part letter after the volume, an article number named as such, several issues in one
 * parenthesis), called from {@link ModelFieldLabeller#assemble} on the assembled fields. Each is measured alone on
 * both evaluation corpora (see the citation README).
 */
final class NumberPlaceRules {
    private NumberPlaceRules() {
    }

    /**
     * Journals split into parts cite the part by a lower-case letter after the volume, glued or spaced ("Z. Quietforsch.
     * 2 a, 47-48", "Quiet. Ber. 71b, 600"): the model, not knowing the letter, left the pair out of the volume (or
     * took the page after it for the volume). Where the journal's abbreviation (a word ending in a period) is followed
     * by a number of up to three digits, a single letter a to d, a comma and a page, the number with its letter is the
     * volume and that page the first page, when nothing else was read as the volume; a title that is only the volume
     * and its letter is none.
     */
    static void partLetterVolume(ModelTokens t, int[] y, LabelledFields f) {
        for (int k = 1; k + 2 < t.count; k++) {
            String w = t.word[k];
            String prev = t.word[k - 1];
            if (prev.length() < 3 || !prev.endsWith(".") || !Character.isLetter(prev.charAt(0))) {
                continue;
            }
            String volume;
            int c; // the comma after the volume
            if (w.length() >= 2 && w.length() <= 4 && LabelSpans.digits(w.substring(0, w.length() - 1))
                    && isPartLetter(w.substring(w.length() - 1))) {
                volume = w;
                c = k + 1;
            } else if (LabelSpans.digits(w) && w.length() <= 3 && isPartLetter(t.word[k + 1]) && !t.glued(k)) {
                volume = w + " " + t.word[k + 1];
                c = k + 2;
            } else {
                continue;
            }
            if (c + 1 >= t.count || !t.word[c].equals(",") || !LabelSpans.digits(t.word[c + 1])) {
                continue;
            }
            String page = t.word[c + 1];
            if (f.volume != null && !f.volume.equals(page)) {
                return;
            }
            f.volume = volume;
            if (volume.equals(f.title)) {
                f.title = null; // the model's title was the volume and its letter alone
            }
            if (f.pageFirst == null || f.pageFirst.equals(volume)) {
                f.pageFirst = page;
                f.pageLast = null;
                if (c + 3 < t.count && t.word[c + 2].length() == 1
                        && Character.getType(t.word[c + 2].charAt(0)) == Character.DASH_PUNCTUATION
                        && LabelSpans.digits(t.word[c + 3])) {
                    f.pageLast = t.word[c + 3];
                }
            }
            return;
        }
    }

    /** The words naming an article number: "Article ID", "ArticleID", "Article No.", "article number". */
    private static final java.util.regex.Pattern ARTICLE_ID = java.util.regex.Pattern.compile(
            "(?i)article\\s*(?:id|no\\.?|number)");

    /**
     * Journals paginated by article cite the article's number with a word that names it ("Quiet Harbour Letters,
     * Volume 2014, Article ID 481516, 9 pages", "Sci Quiet. 2019;9: Article ID 12345", "vol. 10, no. 3, article no.
     * 77"): that number stands where the pages stand, not the volume, and a page count after it ("9 pages") is no
     * page. Where an article-number phrase is followed by a number, the number is the first page (and no last page);
     * a volume read from that number or from what follows it goes, and a number after a volume word becomes the volume when nothing else is,
     * even one that looks like a year ("Volume 2014": such journals number their volumes by year).
     */
    static void articleNumberIsPage(ModelTokens t, int[] y, LabelledFields f) {
        for (int k = 0; k < t.count; k++) {
            int n;
            if (ARTICLE_ID.matcher(t.word[k]).matches()) {
                n = k + 1;
            } else if (k + 1 < t.count && t.word[k].equalsIgnoreCase("article")
                    && ARTICLE_ID.matcher("article" + t.word[k + 1]).matches()) {
                n = k + 2;
            } else {
                continue;
            }
            while (n < t.count && (t.word[n].equals(":") || t.word[n].equals("#") || t.word[n].equals("."))) {
                n++;
            }
            if (n >= t.count || !LabelSpans.digits(t.word[n])) {
                return;
            }
            String number = t.word[n];
            f.pageFirst = number;
            f.pageLast = null;
            if (f.volume != null && !volumeBefore(t, f.volume, n)) {
                f.volume = null; // the article number, or the page count after it ("13 pages")
            }
            if (f.volume == null) {
                for (int j = 0; j + 1 < k; j++) {
                    if (VolumePageRules.VOLUME_WORD.matcher(t.word[j]).matches() && LabelSpans.digits(t.word[j + 1])) {
                        f.volume = t.word[j + 1];
                        break;
                    }
                }
            }
            return;
        }
    }

    /**
     * A combined issue written as a list in the parenthesis after the volume ("Quiet Informaticae, 23 (2, 3, 4),
     * 303-353") confuses the model, which takes a number of the list for the volume and another for the page: the
     * number before the parenthesis is the volume, the list's first number the issue and the range after it the pages.
     * Only a list of two numbers at least, of up to two digits each, between the volume and a page range.
     */
    static void issueListAfterVolume(ModelTokens t, int[] y, LabelledFields f) {
        for (int k = 0; k + 4 < t.count; k++) {
            if (!LabelSpans.digits(t.word[k]) || t.word[k].length() > 4 || !t.word[k + 1].equals("(")) {
                continue;
            }
            int j = k + 2;
            int numbers = 0;
            while (j + 1 < t.count && LabelSpans.digits(t.word[j]) && t.word[j].length() <= 2
                    && (t.word[j + 1].equals(",") || t.word[j + 1].equals(")"))) {
                numbers++;
                if (t.word[j + 1].equals(")")) {
                    break;
                }
                j += 2;
            }
            if (numbers < 2 || j + 1 >= t.count || !t.word[j + 1].equals(")")) {
                continue;
            }
            int p = j + 2;
            if (p < t.count && (t.word[p].equals(",") || t.word[p].equals(":"))) {
                p++;
            }
            if (p + 2 >= t.count || !LabelSpans.digits(t.word[p]) || !LabelSpans.digits(t.word[p + 2])
                    || t.word[p + 1].length() != 1 || Character.getType(t.word[p + 1].charAt(0)) != Character.DASH_PUNCTUATION) {
                return;
            }
            f.volume = t.word[k];
            f.issue = t.word[k + 2];
            f.pageFirst = t.word[p];
            f.pageLast = t.word[p + 2];
            return;
        }
    }

    /**
     * A note that cites a book with its publication facts in parentheses gives the page after them: "Quist, Quiet
     * Harbours (Harbourtown: Quay Press, 1983), 886." The number (or numbers, the first kept) after ")" and a comma that
     * end the reference, where the parenthesis holds a colon and a year last, is the page, not a volume, when no
     * pages were read.
     */
    static void pageAfterPublicationFacts(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst != null) {
            return;
        }
        int e = t.count - 1;
        while (e >= 0 && t.word[e].equals(".")) {
            e--;
        }
        int k = e;
        while (k >= 2 && LabelSpans.digits(t.word[k]) && t.word[k - 1].equals(",")) {
            if (t.word[k - 2].equals(")")) {
                break;
            }
            k -= 2;
        }
        if (k < 2 || !LabelSpans.digits(t.word[k]) || t.word[k].length() > 4 || !t.word[k - 2].equals(")")) {
            return;
        }
        int close = k - 2;
        if (close < 2 || !NumberRules.PLAUSIBLE_YEAR.matcher(t.word[close - 1]).matches() || t.word[close - 1].length() != 4) {
            return;
        }
        boolean colon = false;
        int j = close - 1;
        while (j >= 0 && !t.word[j].equals("(")) {
            colon |= t.word[j].equals(":");
            j--;
        }
        if (j < 0 || !colon) {
            return;
        }
        f.pageFirst = t.word[k];
        f.pageLast = null;
        if (t.word[k].equals(f.volume)) {
            f.volume = null;
        }
    }

    /** Whether {@code v} is written as a word before token {@code n}. */
    private static boolean volumeBefore(ModelTokens t, String v, int n) {
        for (int j = 0; j < n; j++) {
            if (t.word[j].equals(v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPartLetter(String w) {
        return w.length() == 1 && w.charAt(0) >= 'a' && w.charAt(0) <= 'd';
    }
}
