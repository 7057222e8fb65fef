package org.citemeta.extract.citation;

/**
 * Rules about the number fields (volume, issue, pages) on the assembled fields, called from
 * {@link ModelFieldLabeller#assemble} after {@link AssembledNumberRules}. Each is measured alone on both evaluation
 * corpora (see the citation README).
 */
final class NumberFieldRules {
    private NumberFieldRules() {
    }

    /**
     * The day of a date, or either day of a range of days, written right beside a month name ("Santa Clara, CA, April
     * 8-11, 1991", "June 3-5, 1996", "Jan 15-18 1984", "September 28- October 2, 2012", "17 - 20January2011", "Reuters
     * 30 October.", "2020年 5月 22日") is no issue or volume, nor a single page ("Le Monde, 30 juillet 1952"): a meeting's or a
     * newspaper's date. Only where every place the number is written outside the title is such a day, and not right
     * after a number or volume word ("No. 2 July-December 2016" is an issue). A volume stays where the container ends
     * with a number (the number would be taken for the volume after it).
     */
    static void dayIsNoIssue(ModelTokens t, int[] y, LabelledFields f) {
        if (f.issue != null && onlyDays(t, y, f.issue)) {
            f.issue = null;
        }
        // (not where the container ends with a number: ReferenceParser.numbersAroundContainer would make that number
        // the volume, "Proceedings of CHI 90 (Seattle, Washington, April 1-5, 1990)")
        if (f.volume != null && onlyDays(t, y, f.volume)
                && (f.container == null || !Character.isDigit(f.container.charAt(f.container.length() - 1)))) {
            f.volume = null;
        }
        if (f.pageFirst != null && f.pageLast == null && onlyDays(t, y, f.pageFirst)) {
            f.pageFirst = null; // nor a single page ("Le Monde, 30 juillet 1952")
        }
    }

    /**
     * Every token outside the title that is {@code v} is a day beside a month ({@link #dayBesideMonth}); at least one
     * is ("... caught in $30 billion ... trap. Reuters 30 October.").
     */
    private static boolean onlyDays(ModelTokens t, int[] y, String v) {
        if (v.length() > 2 || !LabelSpans.digits(v)) {
            return false;
        }
        boolean seen = false;
        for (int k = 0; k < t.count; k++) {
            if (t.word[k].equals(v) && y[k] != RefLabel.TITLE) {
                if (!dayBesideMonth(t, k)) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    /** Token k is a number 1-31 with a month right before it or right after it (or after the range it opens). */
    static boolean dayBesideMonth(ModelTokens t, int k) {
        if (!LabelSpans.day(t.word[k])) {
            return false;
        }
        if (k > 0 && (AssembledNumberRules.numberWordBefore(t, k) || VOLUME_WORD.matcher(t.word[k - 1]).matches())) {
            return false;
        }
        if (monthBefore(t, k)) {
            return true;
        }
        // a Chinese or Japanese date: "2020年 5月 22日"
        if (k >= 2 && k + 1 < t.count && t.glued(k) && t.word[k + 1].startsWith("日") && t.word[k - 1].equals("月")) {
            return true;
        }
        // the second day of a range: "April 8-11", "8 - 11 April"
        if (k >= 2 && dash(t.word[k - 1]) && LabelSpans.day(t.word[k - 2]) && monthBefore(t, k - 2)) {
            return true;
        }
        int j = afterOrdinal(t, k + 1);
        if (j < t.count && dash(t.word[j])) {
            j++;
            if (j < t.count && LabelSpans.day(t.word[j])) {
                j = afterOrdinal(t, j + 1);
            }
        }
        return j < t.count && Months.isMonth(t.word[j]);
    }

    private static final java.util.regex.Pattern VOLUME_WORD = java.util.regex.Pattern.compile(
            "(?i)vol\\.?|volume|v\\.|bd\\.|tome|t\\.|issue|heft|number|num\\.?");

    /** A month name (its period glued or not) right before token k. */
    private static boolean monthBefore(ModelTokens t, int k) {
        int m = k - 1;
        if (m > 0 && t.word[m].equals(".") && t.glued(m - 1)) {
            m--;
        }
        return m >= 0 && Months.isMonth(t.word[m]);
    }

    /** The token after an ordinal suffix glued to the number before {@code j} ("15th"), else {@code j}. */
    private static int afterOrdinal(ModelTokens t, int j) {
        return j < t.count && j > 0 && t.glued(j - 1) && TitleRules.ORDINAL_SUFFIX.contains(t.word[j]) ? j + 1 : j;
    }

    private static boolean dash(String w) {
        return w.length() == 1 && (w.charAt(0) == '-' || Character.getType(w.charAt(0)) == Character.DASH_PUNCTUATION);
    }

    /**
     * A page whose final letter is the first letter of a word glued to its number is no page with a letter: an ordinal
     * ("4th Meeting", "47th Lunar and Planetary Science Conference", "2nd edn": the rules read pages "4t", "47t", "2n")
     * is no page at all; a number glued to a word ("pp.39 -55in L. Evans (ed.)", "13pages") keeps its digits. Not the
     * "ff." of following pages ("S. 124ff."), which the page keeps.
     */
    static void pageLetterFromWord(ModelTokens t, LabelledFields f) {
        if (f.pageFirst == null) {
            return;
        }
        if (f.pageLast == null && gluedWordLetter(t, f.pageFirst) == 2) {
            f.pageFirst = null;
            return;
        }
        if (gluedWordLetter(t, f.pageFirst) > 0) {
            f.pageFirst = f.pageFirst.substring(0, f.pageFirst.length() - 1);
        }
        if (f.pageLast != null && gluedWordLetter(t, f.pageLast) > 0) {
            f.pageLast = f.pageLast.substring(0, f.pageLast.length() - 1);
        }
    }

    /**
     * For a page of digits and one lower-case letter: 2 where every place its digits are written an ordinal suffix
     * starting with the letter is glued to them ("4" "th"), 1 where a longer word starting with it is ("55" "in"), 0
     * otherwise (also where the page is written as it is: "e1234", "12a").
     */
    private static int gluedWordLetter(ModelTokens t, String page) {
        int n = page.length();
        if (n < 2 || !Character.isLowerCase(page.charAt(n - 1)) || !LabelSpans.digits(page.substring(0, n - 1))) {
            return 0;
        }
        String digits = page.substring(0, n - 1);
        int kind = 0;
        for (int k = 0; k + 1 < t.count; k++) {
            if (t.word[k].equals(page)) {
                return 0;
            }
            if (!t.word[k].equals(digits)) {
                continue;
            }
            String next = t.word[k + 1];
            if (!t.glued(k) || next.length() < 2 || next.charAt(0) != page.charAt(n - 1)
                    || !Character.isLetter(next.charAt(1)) || next.startsWith("ff")) {
                continue;
            }
            int here = TitleRules.ORDINAL_SUFFIX.contains(next) ? 2 : 1;
            kind = kind == 0 ? here : Math.min(kind, here);
        }
        return kind;
    }

    /** Two numbers joined by TeX's "--" (an en dash typed as two hyphens): a range. */
    private static final java.util.regex.Pattern DOUBLE_DASH_RANGE = java.util.regex.Pattern.compile(
            "(?<![\\d\\p{L}.-])(\\d{1,6})\\s*--\\s*(\\d{1,6})(?![\\d.-])");

    /**
     * Numbers joined by "--", TeX's way of typing the en dash of a range ("In Proceedings of TAT/ WTC 194--203 Springer
     * Heidelberg", "IEEE Technology Update Series 210--214", "vol. VI 15--19 IEEE"), are the pages where nothing else
     * is, the first page smaller than the last; a volume or issue read from the first page is none.
     */
    static void doubleDashPages(ModelTokens t, LabelledFields f) {
        if (f.pageFirst != null || t.text.indexOf("--") < 0) {
            return;
        }
        java.util.regex.Matcher m = DOUBLE_DASH_RANGE.matcher(t.text);
        if (!m.find()) {
            return;
        }
        String first = m.group(1);
        String last = m.group(2);
        if (m.find() || Long.parseLong(first) >= Long.parseLong(last)) {
            return; // two such ranges, or no range of pages
        }
        f.pageFirst = first;
        f.pageLast = last;
        if (first.equals(f.volume)) {
            f.volume = null;
        }
        if (first.equals(f.issue)) {
            f.issue = null;
        }
    }

    /**
     * A single page that is the year of a date written with its month ("Accessed 29 Nov. 2011.", "Accessed July 6,
     * 2015.", "23 Jan. 2002 <http://...>", "Ann Arbor, Michigan, August 4- 8, 2015") is no page: where every place the
     * number is written follows a month, or a day or range of days beside a month ({@link #dayBesideMonth}), with an
     * optional comma between.
     */
    static void dateYearIsNoPage(ModelTokens t, LabelledFields f) {
        if (f.pageFirst == null || f.pageLast != null || f.pageFirst.length() != 4
                || !NumberRules.PLAUSIBLE_YEAR.matcher(f.pageFirst).matches()) {
            return;
        }
        boolean seen = false;
        for (int k = 1; k < t.count; k++) {
            if (!t.word[k].equals(f.pageFirst)) {
                continue;
            }
            int m = k - 1;
            if (t.word[m].equals(",") && m > 0) {
                m--;
            }
            boolean date = monthBefore(t, m + 1) || LabelSpans.day(t.word[m]) && dayBesideMonth(t, m);
            if (!date) {
                return;
            }
            seen = true;
        }
        if (seen) {
            f.pageFirst = null;
        }
    }

    private static final java.util.regex.Pattern SERIES_WORD = java.util.regex.Pattern.compile(
            "(?i)ser\\.|series|serie|série|sér\\.|serien|folge|reihe");

    /**
     * The series of a journal written after its name, a word and a short number ("Bulletin du Muséum National d'Histoire
     * Naturelle Ser. 2, 1: 686-687", "Comptes rendus ... Serie 3, 316 : 1194-1199", "Bulletin de l'Herbier Boissier,
     * Serie 2 6: 18-22", "Bulletin de la Société ... de Paris, (series 7) 8: 7-28"), is part of the journal's name: the
     * number after it, which the model also read as a volume, is the volume. Only a number of one or two digits right
     * after the series word, right after the container (or a comma or parenthesis after it), with the model's volume
     * next.
     */
    static void seriesNumberInContainer(ModelTokens t, int[] y) {
        for (int s = 1; s + 2 < t.count; s++) {
            if (!SERIES_WORD.matcher(t.word[s]).matches()) {
                continue;
            }
            int n = s + 1;
            if (!LabelSpans.digits(t.word[n]) || t.word[n].length() > 2) {
                continue;
            }
            int j = n + 1;
            if (t.word[j].equals(")") || t.word[j].equals(",")) {
                j++;
            }
            if (j >= t.count || y[j] != RefLabel.VOLUME || !LabelSpans.digits(t.word[j])
                    || NumberRules.PLAUSIBLE_YEAR.matcher(t.word[j]).matches()) {
                continue;
            }
            int c = s - 1; // the container's last word, the series word itself or one or two tokens before it
            while (c >= 0 && c >= s - 2 && y[c] != RefLabel.CONTAINER && (t.word[c].equals(",") || t.word[c].equals("("))) {
                c--;
            }
            if (y[s] != RefLabel.CONTAINER && (c < 0 || y[c] != RefLabel.CONTAINER)) {
                continue;
            }
            int end = t.word[n + 1].equals(")") ? n + 1 : n;
            for (int k = Math.max(c, 0) + 1; k <= end; k++) {
                y[k] = RefLabel.CONTAINER;
            }
            return;
        }
    }

    /**
     * Where the assembled fields have no pages, the number right after "volume (year)" is the page, as
     * {@code NumberRules.pagesAfterVolume} reads it on the labels: that step does not run where the model read a piece
     * of an arXiv id as the pages ("Phys .Rev .Lett .116 (2016 )241103[ arXiv :1606.04855]": "1606"), which the
     * assembly drops afterwards. Only a page-like number (not a year) that no dash follows.
     */
    static void pageAfterVolumeYear(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst != null || f.volume == null) {
            return;
        }
        int v = LabelSpans.first(t, y, RefLabel.VOLUME);
        if (v < 0 || !t.word[v].equals(f.volume)) {
            return;
        }
        int k = v + 1;
        if (k + 3 < t.count && t.word[k].equals("(") && y[k + 1] == RefLabel.YEAR && t.word[k + 2].equals(")")
                && y[k + 3] == RefLabel.O && NumberRules.pageLike(t.word[k + 3])
                && !NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k + 3]).matches()
                && !(k + 4 < t.count && dash(t.word[k + 4]))) {
            f.pageFirst = t.word[k + 3];
        }
    }

    /**
     * An issue read from a number inside the title ("\"Element no. 102.\" Physical Review Letters 1: 18-21", "Discovery
     * of the element with atomic number 112. Pure and Applied Chemistry 81: 1331-1343") is none, where every place the
     * number is written is a word of the model's title, after the number word, and the model read the container and
     * its volume after the title.
     */
    static void issueInTitle(ModelTokens t, int[] y, LabelledFields f) {
        if (f.issue == null || !LabelSpans.digits(f.issue)) {
            return;
        }
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        boolean seen = false;
        for (int k = 1; k < t.count; k++) {
            if (!t.word[k].equals(f.issue)) {
                continue;
            }
            if (y[k] != RefLabel.TITLE
                    || !(AssembledNumberRules.numberWordBefore(t, k) || t.word[k - 1].equalsIgnoreCase("number"))) {
                return;
            }
            seen = true;
        }
        boolean container = false;
        boolean volume = false;
        for (int k = last + 1; k < t.count; k++) {
            container |= y[k] == RefLabel.CONTAINER;
            volume |= y[k] == RefLabel.VOLUME && container;
        }
        if (seen && volume) {
            f.issue = null;
        }
    }

    /**
     * Two digits glued to a word that ends with an apostrophe are the year of a meeting ("(ETW’03)", "ACM SIGCOMM’99",
     * "ISSAC'96"), never a volume: the tokens keep the apostrophe with the word ("SIGCOMM'"), so
     * {@code AssembledNumberRules.meetingYearNotVolume}, which looks for it alone, does not see these.
     */
    static void apostropheYearNotVolume(ModelTokens t, LabelledFields f) {
        if (f.volume == null || f.volume.length() != 2 || !LabelSpans.digits(f.volume)) {
            return;
        }
        boolean seen = false;
        for (int k = 1; k < t.count; k++) {
            if (!t.word[k].equals(f.volume)) {
                continue;
            }
            seen = true;
            String w = t.word[k - 1];
            if (!t.glued(k - 1) || w.length() < 3 || !(w.endsWith("'") || w.endsWith("’"))
                    || !Character.isLetter(w.charAt(w.length() - 2))
                    || k + 1 < t.count && t.glued(k) && Character.isLetterOrDigit(t.word[k + 1].charAt(0))) {
                return;
            }
        }
        if (seen) {
            f.volume = null;
        }
    }

    /**
     * The pieces of an identifier written after "doi:" that is no DOI, or marked "[pii]" (Elsevier's publisher item
     * identifier, as PubMed exports write it: "doi:S0304-3959(13)00330-8[pii]; 10.1016/j.pain...") are no volume,
     * issue or pages: where every place the number is written is inside such a word (written without spaces).
     */
    static void identifierPieces(ModelTokens t, LabelledFields f) {
        String s = t.text;
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        if (lower.indexOf("[pii]") < 0 && lower.indexOf("doi:") < 0) {
            return;
        }
        if (f.volume != null && onlyInIdentifier(t, f.volume)) {
            f.volume = null;
        }
        if (f.issue != null && onlyInIdentifier(t, f.issue)) {
            f.issue = null;
        }
        if (f.pageFirst != null && onlyInIdentifier(t, f.pageFirst)) {
            f.pageFirst = null;
            f.pageLast = null;
        }
    }

    private static boolean onlyInIdentifier(ModelTokens t, String v) {
        boolean seen = false;
        for (int k = 0; k < t.count; k++) {
            if (!t.word[k].equals(v) && !LabelSpans.gluedRunStarts(t, k, v)) {
                continue;
            }
            int b = k;
            while (b > 0 && t.glued(b - 1)) {
                b--;
            }
            int e = k;
            while (e + 1 < t.count && t.glued(e)) {
                e++;
            }
            String run = t.text.substring(t.start[b], t.end[e]).toLowerCase(java.util.Locale.ROOT);
            boolean identifier = run.contains("[pii]") || run.startsWith("doi:") && !run.startsWith("doi:10.");
            if (!identifier) {
                return false;
            }
            seen = true;
        }
        return seen;
    }
}
