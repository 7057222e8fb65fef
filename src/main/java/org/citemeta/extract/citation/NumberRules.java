package org.citemeta.extract.citation;

/**
 * Post-processing rules of {@link ModelFieldLabeller#assemble} about the numbers: volume, issue, pages, year, day,
 * arXiv ids, report and document numbers, chapters and ordinals. Each rule relabels the model's token labels
 * {@code y} in place; {@code assemble} calls them in a fixed order.
 */
final class NumberRules {
    private NumberRules() {
    }

    /** A year the model may label: 1500-2099, as the rules read them (the model alone once took "9881"). */
    static final java.util.regex.Pattern PLAUSIBLE_YEAR = java.util.regex.Pattern.compile("(1[5-9]\\d\\d|20\\d\\d)(?!\\d)");
    private static final java.util.regex.Pattern VOLUMES_WORD = java.util.regex.Pattern.compile("(?i)vols?\\.|volumes?|bde?\\.");

    /**
     * The numbers right after "vol." / "vols." / "Bd." are volumes, not pages ("Quarry Series, vols. 12–15. Rome,
     * 1951."): where the model read them as pages and read no volume, they are the volume (the first of the range).
     */
    static void volumesNotPages(ModelTokens t, int[] y) {
        for (int k = 0; k + 1 < t.count; k++) {
            if (y[k + 1] != RefLabel.PAGES || y[k] == RefLabel.PAGES || !VOLUMES_WORD.matcher(t.word[k]).matches()
                    || !Character.isDigit(t.word[k + 1].charAt(0))) {
                continue;
            }
            for (int j = 0; j < t.count; j++) {
                if (y[j] == RefLabel.VOLUME) {
                    return;
                }
            }
            for (int j = k + 1; j < t.count && y[j] == RefLabel.PAGES; j++) {
                y[j] = RefLabel.VOLUME;
            }
            return;
        }
    }

    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("v\\d{1,2}");

    /**
     * A number that is a piece of the arXiv id the rules read ("arXiv.org: astro-ph/0509330", where the id is no
     * token of its own), or the id's version, is no volume, issue or page.
     */
    static void arxivPieces(ModelTokens t, int[] y, LabelledFields r) {
        if (r.arxiv == null) {
            return;
        }
        for (int k = 0; k < t.count; k++) {
            boolean number = y[k] == RefLabel.VOLUME || y[k] == RefLabel.ISSUE || y[k] == RefLabel.PAGES;
            if (number && VERSION.matcher(t.word[k]).matches() && r.arxiv.endsWith(t.word[k])) {
                y[k] = RefLabel.O; // the id's version ("arXiv :1006.1769v2")
            } else if (number && t.word[k].length() >= 4
                    && Character.isDigit(t.word[k].charAt(0)) && r.arxiv.contains(t.word[k])) {
                y[k] = RefLabel.O;
                // and its version glued to it ("1204 .1691v2")
                while (k + 1 < t.count && t.glued(k) && (y[k + 1] == RefLabel.PAGES || y[k + 1] == RefLabel.VOLUME
                        || y[k + 1] == RefLabel.ISSUE)) {
                    y[++k] = RefLabel.O;
                }
            }
        }
    }

    /**
     * Four digits glued by a period to four or five more are a new-style arXiv id ("abs/2006.03654", "arXiv :1702.00804":
     * year and month, then the number), not a year, whether or not the rules read the id.
     */
    static void arxivIdNoYear(ModelTokens t, int[] y) {
        for (int k = 0; k + 2 < t.count; k++) {
            if (y[k] == RefLabel.YEAR && t.word[k].length() == 4 && t.glued(k) && t.word[k + 1].equals(".") && t.glued(k + 1)
                    && (t.word[k + 2].length() == 4 || t.word[k + 2].length() == 5)
                    && t.word[k + 2].chars().allMatch(Character::isDigit)) {
                y[k] = RefLabel.O;
            }
        }
    }
    private static final java.util.regex.Pattern REPORT_WORD = java.util.regex.Pattern.compile(
            "(?i)technical|tech\\.|report|rep\\.|rept\\.|note|memo|paper|working|no\\.|number");
    /**
     * What every {@link #REPORT_NUMBER} holds: a capital, letters, a dash, a letter or digit, a dash. Found from the
     * start of the letters' run (the lower-case letters before the capital read too): the same texts hold it as with
     * {@code [A-Z][A-Za-z]*-...}, which tried every capital of a run of letters to its end, so that a word of 16,000
     * capitals took 12 s and grew with the square of its length (the fuzzer of 7 Dec 2026,
     * src/test/java/org/citemeta/fuzz/README.md).
     */
    static final java.util.regex.Pattern REPORT_HINT =
            java.util.regex.Pattern.compile("(?<![A-Za-z])[a-z]*[A-Z][A-Za-z]*-[A-Za-z0-9]+-");
    private static final java.util.regex.Pattern REPORT_NUMBER =
            java.util.regex.Pattern.compile("[A-Z][A-Za-z]*(-[A-Za-z0-9]+){2,12}"); // bounded: a group recurses per repetition

    private static final java.util.regex.Pattern CHAPTER_WORD =
            java.util.regex.Pattern.compile("(?i)chapter|chap\\.|ch\\.|chapitre|kapitel|cap\\.");

    /**
     * An ordinal ("19th Edition", "8th ed.", "26th-30th Aug") or the number of a chapter ("Chapter 9") is no volume or
     * issue.
     */
    static void ordinalOrChapter(ModelTokens t, int[] y) {
        for (int k = 0; k < t.count; k++) {
            if ((y[k] != RefLabel.VOLUME && y[k] != RefLabel.ISSUE) || !t.word[k].chars().allMatch(Character::isDigit)) {
                continue;
            }
            boolean ordinal = k + 1 < t.count && t.glued(k) && TitleRules.ORDINAL_SUFFIX.contains(t.word[k + 1]);
            boolean chapter = k > 0 && CHAPTER_WORD.matcher(t.word[k - 1]).matches();
            if (ordinal || chapter) {
                y[k] = RefLabel.O;
            }
        }
    }

    /**
     * Per token, the first token of the report or document number it is part of — one dashed word opening with
     * capitals, "XLAB-PROJ-2016-0412", written as glued tokens up to a bracket or other punctuation — or -1; null when
     * the reference holds none (most references: one look at the text). Computed once per reference for
     * {@link #reportNumberLabels} and {@link #onlyInReportNumber}. (The pages' own check, {@code reportNumber(t, k)},
     * is another, looser test: a number after a word and a hyphen.)
     */
    static int[] reportNumbers(ModelTokens t) {
        if (!REPORT_HINT.matcher(t.text).find()) {
            return null;
        }
        int[] in = new int[t.count];
        java.util.Arrays.fill(in, -1);
        for (int b = 0; b < t.count; ) {
            int e = b;
            while (e + 1 < t.count && t.glued(e) && "()[],;:".indexOf(t.word[e + 1].charAt(0)) < 0) {
                e++;
            }
            // glued tokens: the text between the run's ends is its words without spaces
            if (e > b && REPORT_NUMBER.matcher(t.text.substring(t.start[b], t.end[e])).matches()) {
                java.util.Arrays.fill(in, b, e + 1, b);
            }
            b = e + 1;
        }
        return in;
    }

    /**
     * A report or document number ({@link #reportNumbers}) that the model read as the end of the title, or as
     * numbers, is neither: nothing titled follows it.
     */
    static void reportNumberLabels(ModelTokens t, int[] y, int[] reports) {
        if (reports == null) {
            return;
        }
        for (int b = 0; b < t.count; b++) {
            if (reports[b] != b) {
                continue;
            }
            int e = b;
            while (e + 1 < t.count && reports[e + 1] == b) {
                e++;
            }
            boolean titledAfter = false;
            for (int k = e + 1; k < t.count; k++) {
                titledAfter |= y[k] == RefLabel.TITLE;
            }
            for (int k = b; k <= e; k++) {
                if (y[k] == RefLabel.VOLUME || y[k] == RefLabel.ISSUE || y[k] == RefLabel.PAGES
                        || y[k] == RefLabel.TITLE && !titledAfter) {
                    y[k] = RefLabel.O;
                }
            }
            // and the words that say what it numbers ("Technical Report XLAB-TR-95-141")
            for (int k = b - 1; k >= 0 && y[k] == RefLabel.TITLE && !titledAfter
                    && REPORT_WORD.matcher(t.word[k]).matches(); k--) {
                y[k] = RefLabel.O;
            }
        }
    }

    /**
     * Whether every place {@code v} is written is inside a report or document number ({@link #reportNumbers}:
     * "CERN-ACC-2014-0321", "XYZ-CONF-2011-042"): such a number is no volume, issue or page.
     */
    static boolean onlyInReportNumber(ModelTokens t, int[] reports, String v) {
        if (reports == null) {
            return false;
        }
        boolean seen = false;
        for (int k = 0; k < t.count; k++) {
            if (LabelSpans.gluedRunStarts(t, k, v)) {
                if (reports[k] < 0) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    private static final java.util.regex.Pattern SPACE_OR_DASH = java.util.regex.Pattern.compile("[\\s\\p{Pd}]");

    /**
     * A title after the volume that is the pages the rules read ("A&A, 594, A1", "ApJL, 367, L9-L13"): an article
     * number or a page range, not a title.
     */
    static void pagesNotTitle(String s, ModelTokens t, int[] y, LabelledFields r) {
        int[] ti = LabelSpans.span(y, RefLabel.TITLE);
        int[] vo = LabelSpans.span(y, RefLabel.VOLUME);
        if (ti == null || vo == null || vo[1] > ti[0] || r.pageFirst == null) {
            return;
        }
        String title = SPACE_OR_DASH.matcher(s.substring(t.start[ti[0]], t.end[ti[1]])).replaceAll("");
        String pages = SPACE_OR_DASH.matcher(r.pageFirst + (r.pageLast == null ? "" : r.pageLast)).replaceAll("");
        if (title.equals(pages)) {
            for (int k = ti[0]; k <= ti[1]; k++) {
                if (y[k] == RefLabel.TITLE) {
                    y[k] = RefLabel.PAGES;
                }
            }
        }
    }

    /** Four digits starting "19" or "20". */
    static boolean modernYear(String w) {
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
    }

    /**
     * A bare year between the title and the journal that the model read as a title or container word is the year
     * ("Bagging estimators 1997 Machine Learning 26 123-140", a layout of bibliography exports): the title ends
     * before it, and title words after it are the container's when the container follows them or there is none.
     */
    static void yearAfterTitle(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.YEAR) >= 0) {
            return;
        }
        for (int k = 1; k + 1 < t.count; k++) {
            String w = t.word[k];
            if (!modernYear(w) || y[k] != RefLabel.TITLE && y[k] != RefLabel.CONTAINER || y[k - 1] != RefLabel.TITLE
                    || !Character.isLetter(t.word[k - 1].charAt(0)) || t.glued(k - 1) || t.glued(k)
                    || !Character.isUpperCase(t.word[k + 1].charAt(0))) {
                continue;
            }
            y[k] = RefLabel.YEAR;
            int run = k + 1;
            while (run < t.count && y[run] == RefLabel.TITLE) {
                run++;
            }
            if (run > k + 1 && (run < t.count && y[run] == RefLabel.CONTAINER || LabelSpans.first(t, y, RefLabel.CONTAINER) < 0)) {
                for (int j = k + 1; j < run; j++) {
                    y[j] = RefLabel.CONTAINER;
                }
            }
            return;
        }
    }

    private static final java.util.regex.Pattern MONTH_WORD = java.util.regex.Pattern.compile(
            "(?i)" + Months.NAME + "|" + Months.SEASON);

    /**
     * The day of a date, a number of one or two digits between a month and the year ("Cancer Res, 51, 672-675, Jan.
     * 15, 1991", "Sept .20 ,2011"), is no issue.
     */
    static void dayNotIssue(ModelTokens t, int[] y) {
        for (int k = 1; k + 1 < t.count; k++) {
            if (y[k] != RefLabel.ISSUE || t.word[k].length() > 2 || !LabelSpans.digits(t.word[k])) {
                continue;
            }
            int m = k - 1;
            if (t.word[m].equals(".") && m > 0) {
                m--;
            }
            int e = k + 1;
            if (t.word[e].equals(",") && e + 1 < t.count) {
                e++;
            }
            if (y[e] == RefLabel.YEAR && MONTH_WORD.matcher(t.word[m]).matches()) {
                y[k] = RefLabel.O;
            }
        }
    }

    /**
     * A year written right before a parenthesised note about another edition, where the model read the year inside the
     * note, is the year of the work: "Firenze 1979 (Heroic Poetry, London 1952)", "Berkeley 1990 (Rpt. 1993)", "Paris,
     * 1976 (édition originale : Stone Age Economics, 1972)". Only where the note has a word of three letters or more
     * before its year that is no month ("(June 1993)" dates the same work), and where the year before it does not end
     * a period of years ("... in Revolution, 1917-1921 (Oxford: Clarendon Press, 1989)": AnyStyle development).
     */
    static void yearBeforeNote(ModelTokens t, int[] y) {
        int k = 0;
        while (k < t.count && y[k] != RefLabel.YEAR) {
            k++;
        }
        if (k >= t.count) {
            return;
        }
        int o = k - 1;
        boolean word = false;
        while (o > 0 && k - o <= 12 && !t.word[o].equals("(")) {
            String w = t.word[o];
            if (w.equals(")")) {
                return;
            }
            int letters = 0;
            for (int i = 0; i < w.length(); i++) {
                letters += Character.isLetter(w.charAt(i)) ? 1 : 0;
            }
            word |= letters >= 3 && !MONTH_WORD.matcher(w).matches();
            o--;
        }
        if (o < 1 || !t.word[o].equals("(") || !word || y[o - 1] == RefLabel.YEAR) {
            return;
        }
        String before = t.word[o - 1];
        if (before.length() != 4 || !PLAUSIBLE_YEAR.matcher(before).matches()
                || o > 1 && t.word[o - 2].chars().allMatch(c -> Character.getType(c) == Character.DASH_PUNCTUATION)) {
            return; // not the end of a period of years ("The Volga Countryside in Revolution, 1917-1921 (Oxford: ...")
        }
        y[o - 1] = RefLabel.YEAR;
        y[k] = RefLabel.O;
    }

    private static final java.util.regex.Pattern YEAR_LETTER = java.util.regex.Pattern.compile("(?:1[5-9]|20)\\d\\d[a-z]");

    /**
     * A year the model read as a second volume ("Lund K. et al., 2016a, MNRAS, 461, 2658") is the year when the rules
     * read it as the year (or it is a year with a letter, "2016a") and the volume they read is the model's volume too.
     */
    static void yearNotVolume(ModelTokens t, int[] y, byte[] rule) {
        boolean ruleVolume = false;
        for (int j = 0; j < t.count; j++) {
            ruleVolume |= y[j] == RefLabel.VOLUME && rule[j] == RefLabel.VOLUME;
        }
        for (int k = 0; ruleVolume && k < t.count; k++) {
            if (y[k] == RefLabel.VOLUME && (rule[k] == RefLabel.YEAR || YEAR_LETTER.matcher(t.word[k]).matches())) {
                y[k] = RefLabel.YEAR;
            }
        }
    }

    /**
     * Without a volume of its own, the model takes the rules' volume when it gave that number a field it cannot
     * have there: the end of the container ("JHEP 1606, 004"), a second year ("AIP Conf. Proc. 1701, 040007 (2016)"),
     * a page the rules' page range does not hold ("Methods A, 362 (1995) 487").
     */
    static void ruleVolume(ModelTokens t, int[] y, byte[] rule) {
        if (LabelSpans.index(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        int k = -1;
        for (int j = 0; j < t.count; j++) {
            if (rule[j] == RefLabel.VOLUME) {
                k = j;
                break;
            }
        }
        if (k < 0 || !t.word[k].chars().allMatch(Character::isDigit)) {
            return;
        }
        boolean take = switch (y[k]) {
            // a number set apart by a space after a word, not "IJCAI-95" or "WWW '13"
            case RefLabel.CONTAINER -> (k + 1 >= t.count || y[k + 1] != RefLabel.CONTAINER) && k > 0 && !t.glued(k - 1)
                    && Character.isLetter(t.word[k - 1].charAt(0));
            case RefLabel.YEAR -> {
                // the year is the one in parentheses
                boolean other = false;
                for (int j = 1; j < t.count; j++) {
                    other |= j != k && y[j] == RefLabel.YEAR && rule[j] == RefLabel.YEAR && t.word[j - 1].equals("(");
                }
                yield other;
            }
            case RefLabel.PAGES -> {
                boolean rulePages = false;
                for (int j = 0; j < t.count; j++) {
                    rulePages |= rule[j] == RefLabel.PAGES;
                }
                yield rulePages && rule[k] != RefLabel.PAGES;
            }
            default -> false;
        };
        if (take) {
            y[k] = RefLabel.VOLUME;
        }
    }

    /**
     * A number that ends the title right before "(year)" is the volume when nothing else is ("Expert Systems with
     * Applications 38 (2011) 2536-2549").
     */
    static void volumeBeforeYear(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        if (last > 0 && last + 2 < t.count && t.word[last].length() <= 4 && t.word[last].chars().allMatch(Character::isDigit)
                && t.word[last + 1].equals("(") && PLAUSIBLE_YEAR.matcher(t.word[last + 2]).matches()
                && y[last - 1] == RefLabel.TITLE) {
            y[last] = RefLabel.VOLUME;
        }
    }

    /**
     * The model read the volume as the page and the page as the volume where the rules read them the other way round
     * ("JHEP 0505 (2005) 066": volume 0505, article 066): the rules' order, since a volume comes first.
     */
    static void swappedVolume(ModelTokens t, int[] y, byte[] rule) {
        int v = LabelSpans.index(t, y, RefLabel.VOLUME);
        if (v < 0 || rule[v] != RefLabel.PAGES) {
            return;
        }
        for (int j = 0; j < v; j++) {
            if (rule[j] == RefLabel.VOLUME && y[j] == RefLabel.PAGES && LabelSpans.hasDigit(t.word[j])) {
                y[j] = RefLabel.VOLUME;
                y[v] = RefLabel.PAGES;
                return;
            }
        }
    }

    /**
     * Where nothing is the volume, the number right after the journal and before "(year)" is the volume, whatever
     * other number field the model gave it: "J .Phys .Conf .Ser .331 ( 2011)032047" (read as the page, so the
     * article number after the year was lost), "Rev .Math .Phys .5 ( 1993),no .2 ,345 -361" (read as an issue, the
     * rules' issue "2" replacing it). The volume is a plain number of up to four digits; the journal is the model's
     * container (periods between allowed).
     */
    static void volumeBeforeParenYear(ModelTokens t, int[] y) {
        if (LabelSpans.index(t, y, RefLabel.VOLUME) >= 0) {
            return;
        }
        for (int k = 1; k + 3 < t.count; k++) {
            if ((y[k] == RefLabel.PAGES || y[k] == RefLabel.ISSUE) && t.word[k].length() <= 4
                    && t.word[k].chars().allMatch(Character::isDigit) && ContainerRules.afterJournal(t, y, k)
                    && t.word[k + 1].equals("(") && PLAUSIBLE_YEAR.matcher(t.word[k + 2]).matches()
                    && t.word[k + 3].equals(")") && numberAfter(t, k + 4)) {
                y[k] = RefLabel.VOLUME;
                return;
            }
        }
    }

    /** A page-like number at {@code k}, or after a comma "No." / "no." and a number ("(1993),no .2"). */
    private static boolean numberAfter(ModelTokens t, int k) {
        if (k < t.count && pageLike(t.word[k])) {
            return true;
        }
        if (k < t.count && t.word[k].equals(",")) {
            k++;
        }
        while (k < t.count && (NUMBER_WORD.matcher(t.word[k]).matches() || t.word[k].equals("."))) {
            k++;
        }
        return k < t.count && k > 0 && !t.word[k - 1].equals(",") && pageLike(t.word[k]);
    }

    /**
     * Without pages, the number right after "volume (year)" is the page ("Phys .Rev .Lett .116 ( 2016)211603 [",
     * "Comput. Phys. Commun. 184 (2013) 1535"), and a second volume right after the first and a comma is the page
     * ("Rev. Mod. Phys. 24, 258 (1952)", where the model read both numbers as volumes).
     */
    static void pagesAfterVolume(ModelTokens t, int[] y) {
        int v = LabelSpans.first(t, y, RefLabel.VOLUME);
        if (v < 0 || LabelSpans.first(t, y, RefLabel.PAGES) >= 0 || !LabelSpans.hasDigit(t.word[v])) {
            return;
        }
        if (v + 2 < t.count && t.word[v + 1].equals(",") && y[v + 2] == RefLabel.VOLUME && pageLike(t.word[v + 2])
                && (v + 3 == t.count || y[v + 3] != RefLabel.VOLUME)) {
            y[v + 2] = RefLabel.PAGES;
            return;
        }
        int k = v + 1;
        if (k + 3 < t.count && t.word[k].equals("(") && y[k + 1] == RefLabel.ISSUE && t.word[k + 2].equals(")")) {
            k += 3; // "EPL 87 ( 4)( 2009)48007": the issue, then the year
        }
        if (k + 3 < t.count && t.word[k].equals("(") && y[k + 1] == RefLabel.YEAR && t.word[k + 2].equals(")")
                && (y[k + 3] == RefLabel.O || y[k + 3] == RefLabel.VOLUME) && pageLike(t.word[k + 3])) {
            y[k + 3] = RefLabel.PAGES;
        }
    }

    /** A page or article number: digits, maybe one lower-case letter before ("e1234"). */
    static boolean pageLike(String w) {
        int from = w.length() > 1 && Character.isLowerCase(w.charAt(0)) ? 1 : 0;
        for (int i = from; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return w.length() > from && w.length() - from <= 8;
    }

    /**
     * A capital glued to the first page number is the page's prefix ("J. Stat. Mech. P02015", "Phys. Rev. D 70
     * L051101"), not the end of the container: the pages take it back (assembly glues it to the number). Where
     * nothing is pages, such an article number at the end of the container is the page ("2007 ... J. Stat. Mech.
     * P09002": the journal has no volumes).
     */
    static void pagePrefix(ModelTokens t, int[] y) {
        boolean noPages = LabelSpans.first(t, y, RefLabel.PAGES) < 0;
        for (int k = 1; k < t.count; k++) {
            boolean prefix = y[k - 1] == RefLabel.CONTAINER && t.glued(k - 1) && t.word[k - 1].length() == 1
                    && Character.isUpperCase(t.word[k - 1].charAt(0)) && Character.isDigit(t.word[k].charAt(0));
            boolean articleNumber = noPages && y[k] == RefLabel.CONTAINER && k > 1 && y[k - 2] == RefLabel.CONTAINER
                    && t.word[k].length() >= 4 && t.word[k].chars().allMatch(Character::isDigit)
                    && (k + 1 == t.count || y[k + 1] != RefLabel.CONTAINER);
            if (prefix && (y[k] == RefLabel.PAGES || articleNumber)) {
                y[k - 1] = RefLabel.PAGES;
                y[k] = RefLabel.PAGES;
                return;
            }
        }
    }

    static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile("(?i)(?:no|n°|nr)\\.?|v\\.");
}
