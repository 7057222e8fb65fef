package org.citemeta.extract.citation;

/**
 * Post-labelling rules about how references write their numbers and names (volume, issue, pages, dates), called from
 * {@link ModelFieldLabeller#assemble}. Each is measured alone on both evaluation corpora (see the citation README).
 */
final class AssembledNumberRules {
    private AssembledNumberRules() {
    }

    /**
     * A number after "No." / "no." / "n°" / "nr" / "n." where nothing is the volume is the volume: a periodical numbered
     * by its issues alone ("World Architecture, No. 83, 2000, 34-37", "Soins, mai 2014, n°58. p. 11-19", "Gazeta
     * Bankowa 1997, nr 29."), as both gold sets have it.
     */
    static void numberAloneIsVolume(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume != null || f.issue == null) {
            return;
        }
        for (int k = 1; k < t.count; k++) {
            if (!t.word[k].equals(f.issue)) {
                continue;
            }
            if (numberWordBefore(t, k) && !volumeElsewhere(t, k)) {
                f.volume = f.issue;
                f.issue = null;
            }
            return;
        }
    }

    /**
     * The reference names a volume the labels missed: a volume word anywhere ("Vol SE-10, No 2", "volume 21, no 7",
     * "Anno LIV, n. 2"), a number or an opening parenthesis right before the number word ("18 (no 3)"), or it is
     * written in Chinese, Japanese or Korean, where "No." is the issue (号). A supplement's number is an issue
     * ("Supplement No. 2").
     */
    private static boolean volumeElsewhere(ModelTokens t, int k) {
        int m = k - 1;
        if (t.word[m].equals("°") || t.word[m].equals("º")) {
            m--;
        }
        if (m > 0 && (t.word[m - 1].equals("(") || t.word[m - 1].chars().anyMatch(Character::isDigit)
                || t.word[m - 1].regionMatches(true, 0, "suppl", 0, 5))) {
            return true;
        }
        for (int j = 0; j < t.count; j++) {
            String w = t.word[j].toLowerCase(java.util.Locale.ROOT);
            if (w.equals("vol") || w.equals("vol.") || w.startsWith("volume") || t.word[j].equals("v.") || w.equals("vols.")
                    || w.equals("anno") || w.equals("año") || t.word[j].equals("Bd.") || w.equals("tome")) {
                return true;
            }
            if (CjkRules.cjk(t.word[j])) {
                return true;
            }
        }
        return false;
    }

    /** "No." / "no" / "Nr." / "n." / "n°" / "N°" / "nº" / "№" right before token k. */
    static boolean numberWordBefore(ModelTokens t, int k) {
        String w = t.word[k - 1];
        if (w.equals("°") || w.equals("º")) {
            return k >= 2 && t.glued(k - 2) && (t.word[k - 2].equals("n") || t.word[k - 2].equals("N"));
        }
        if (w.equals("№")) {
            return true;
        }
        String v = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return v.equalsIgnoreCase("no") || v.equalsIgnoreCase("nr") || v.equals("n") || v.equals("N");
    }

    /**
     * A date written "YYYY-MM-DD" ("Accessed: 2015-05-12", "Retrieved 2010-08-07") is no page range "05-12": where the
     * pages are its month and day, there are none; where nothing else gives the year, the date's year is the year.
     */
    static void isoDate(ModelTokens t, int[] y, LabelledFields f) {
        for (int k = 0; k + 4 < t.count; k++) {
            if (t.word[k].length() != 4 || !t.glued(k) || !t.word[k + 1].equals("-") || !t.glued(k + 1)
                    || !t.glued(k + 2) || !t.word[k + 3].equals("-") || !t.glued(k + 3)
                    || !NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches()
                    || !twoDigits(t.word[k + 2], 12) || !twoDigits(t.word[k + 4], 31)
                    || k + 5 < t.count && t.glued(k + 4) && Character.isLetterOrDigit(t.word[k + 5].charAt(0))) {
                continue;
            }
            if (f.pageFirst != null && (f.pageFirst.equals(t.word[k + 2]) || f.pageFirst.equals(t.word[k]))
                    && (f.pageLast == null || f.pageLast.equals(t.word[k + 4]) || f.pageLast.equals(t.word[k + 2]))) {
                f.pageFirst = null;
                f.pageLast = null;
            }
            if (f.year == null) {
                f.year = t.word[k];
            }
            for (int j = k; j <= k + 4; j++) {
                if (y[j] == RefLabel.PAGES) {
                    y[j] = RefLabel.O;
                }
            }
            k += 4;
        }
    }

    /** Two digits, "01" up to max. */
    private static boolean twoDigits(String w, int max) {
        if (w.length() != 2 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(1))) {
            return false;
        }
        int v = Integer.parseInt(w);
        return v >= 1 && v <= max;
    }

    /**
     * The two digits of a year written after a meeting's acronym are its year, not a volume: "UIST 94", "THERMEC 97",
     * "SIGCOMM’99", "ACM Multimedia 95": two digits that end a year written in the reference, right after an apostrophe
     * glued to a word, a word in capitals of three letters or more (no known journal), or a capitalised word after
     * such capitals; not glued to a word ("NanoLetters15 , 4541 (2015)" is a journal and its volume).
     */
    static void meetingYearNotVolume(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume == null || f.volume.length() != 2 || !Character.isDigit(f.volume.charAt(0))
                || !Character.isDigit(f.volume.charAt(1))) {
            return;
        }
        int k = 1;
        while (k < t.count && !(t.word[k].equals(f.volume) && y[k] == RefLabel.VOLUME)) {
            k++;
        }
        if (k >= t.count || !yearEnding(t, f.volume)) {
            return;
        }
        String w = t.word[k - 1];
        boolean meeting;
        if ((w.equals("'") || w.equals("’")) && t.glued(k - 1)) {
            meeting = k >= 2 && t.glued(k - 2) && Character.isLetter(t.word[k - 2].charAt(0));
        } else if (t.glued(k - 1)) {
            meeting = false; // "NanoLetters15": a journal glued to its volume
        } else {
            meeting = capitals(w) && !Journals.known(t, k - 1, k - 1)
                    || k >= 2 && Character.isUpperCase(w.charAt(0)) && w.length() >= 3 && Character.isLowerCase(w.charAt(1))
                    && capitals(t.word[k - 2]) && !Journals.known(t, k - 2, k - 1);
        }
        if (meeting) {
            f.volume = null;
            y[k] = RefLabel.O;
        }
    }

    /** Three capitals or more and nothing else. */
    private static boolean capitals(String w) {
        if (w.length() < 3) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A plausible year of four digits in the reference ends with these two digits. */
    private static boolean yearEnding(ModelTokens t, String yy) {
        for (int j = 0; j < t.count; j++) {
            String w = t.word[j];
            if (w.length() >= 4 && w.endsWith(yy) && NumberRules.PLAUSIBLE_YEAR.matcher(w).lookingAt()
                    && w.startsWith(yy, 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Volume (year) issue, pages", as German and some physics references write it ("Die Nahrung 36 (1992) 6,
     * 600-602", "Kunststoffe 87 (1997) 1, S. 58-62", "Phys. Rev. D 88 (2013) 10, 105030"): the short number right
     * after "(year)" is the issue when a page number follows it after a comma or period (with "S.", "p." or "pp."),
     * not the page.
     */
    static void issueAfterParenYear(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume == null || f.pageFirst == null) {
            return;
        }
        for (int k = 0; k + 6 < t.count; k++) {
            if (y[k] != RefLabel.VOLUME || !t.word[k].equals(f.volume) || !t.word[k + 1].equals("(")
                    || !NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k + 2]).matches() || !t.word[k + 3].equals(")")) {
                continue;
            }
            int n = k + 4;
            String num = t.word[n];
            if (num.length() > 3 || !allDigits(num) || !num.equals(f.pageFirst)) {
                return;
            }
            int p = n + 1;
            if (!t.word[p].equals(",") && !t.word[p].equals(".")) {
                return;
            }
            p++;
            if (p < t.count && (t.word[p].equals("S.") || t.word[p].equalsIgnoreCase("p.") || t.word[p].equalsIgnoreCase("pp."))) {
                p++;
            }
            if (p >= t.count || !allDigits(t.word[p])) {
                return;
            }
            String last = null;
            if (p + 2 < t.count && (t.word[p + 1].equals("-") || t.word[p + 1].equals("–")) && allDigits(t.word[p + 2])) {
                last = t.word[p + 2];
            } else if (NumberRules.PLAUSIBLE_YEAR.matcher(t.word[p]).matches()) {
                return; // "... (2003) 337, 2004": the page and another year
            }
            f.issue = num;
            f.pageFirst = t.word[p];
            f.pageLast = last;
            y[n] = RefLabel.ISSUE;
            return;
        }
    }

    private static boolean allDigits(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Volume and issue joined by a period right after the journal, as biblatex writes them ("In: Cell 148. 6.", "In: Vaccine
     * 33. 34 (Aug. 2015), pp. 4161-4164"): where the model read either number as the volume, the first is the volume and
     * the second the issue; neither may be a year, and a space follows the period ("Section 14.2" is a number).
     */
    static void volumePeriodIssue(ModelTokens t, int[] y, LabelledFields f) {
        for (int k = 1; k + 2 < t.count; k++) {
            if (y[k - 1] != RefLabel.CONTAINER || !t.word[k + 1].equals(".") || !t.glued(k) || t.glued(k + 1)
                    || !allDigits(t.word[k]) || !allDigits(t.word[k + 2])
                    || y[k] != RefLabel.VOLUME && y[k + 2] != RefLabel.VOLUME) {
                continue;
            }
            if (NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k]).matches()
                    || NumberRules.PLAUSIBLE_YEAR.matcher(t.word[k + 2]).matches()
                    || k + 3 < t.count && t.glued(k + 2) && Character.isLetterOrDigit(t.word[k + 3].charAt(0))) {
                return;
            }
            if (k + 3 < t.count && !(t.word[k + 3].equals(".") || t.word[k + 3].equals(",") || t.word[k + 3].equals("("))) {
                return;
            }
            f.volume = t.word[k];
            f.issue = t.word[k + 2];
            y[k] = RefLabel.VOLUME;
            y[k + 2] = RefLabel.ISSUE;
            return;
        }
    }

    /**
     * Volume and first page run together by PDF extraction right after the journal, with a short last page after the
     * dash ("Phys. Lett. B 386131 -7", "Commun. Math. Phys. 277497 -529", "Adv. Appl. Math. 40212 -8"; IOP's "journal
     * volume first–last" without its space): where nothing else is the volume, the first page is the last three digits
     * (as many as the last page has, when more) and the volume the digits before them; only where the first page so
     * read is below the last page written out ("497 -529") or its abbreviated tail ("131 -7").
     */
    static void volumeGluedToPages(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst == null || f.pageFirst.length() < 5 || !allDigits(f.pageFirst)
                || f.volume != null && !f.volume.equals(f.pageFirst)) {
            return;
        }
        for (int k = 1; k + 2 < t.count; k++) {
            if (!t.word[k].equals(f.pageFirst)) {
                continue;
            }
            String z = t.word[k + 2];
            String dash = t.word[k + 1];
            if (!(dash.equals("-") || dash.equals("–") || dash.equals("−")) || !allDigits(z) || z.length() > 3
                    || y[k - 1] != RefLabel.CONTAINER && !t.word[k - 1].endsWith(".")
                    || k + 3 < t.count && t.glued(k + 2) && Character.isLetterOrDigit(t.word[k + 3].charAt(0))) {
                return;
            }
            String n = t.word[k];
            int pl = Math.max(3, z.length());
            if (n.length() - pl < 1 || n.length() - pl > 4) {
                return;
            }
            String v = n.substring(0, n.length() - pl);
            String p = n.substring(n.length() - pl);
            if (v.charAt(0) == '0' || p.charAt(0) == '0'
                    || Integer.parseInt(p.substring(p.length() - z.length())) >= Integer.parseInt(z)) {
                return;
            }
            f.volume = v;
            f.pageFirst = p;
            f.pageLast = z;
            return;
        }
    }

    /**
     * "Volume, issue (date), pages first-last" and "volume, issue, pp. first-last" ("Communications of the ACM, 18, 4
     * (April 1975), pages 216-217", "Biostatistics (2008), 9, 2, pp. 234-248"): the short number after the volume and
     * its comma is the issue where the pages follow it after a page word ("pp.", "p.", "pages"), not the page; after a
     * parenthesised date a page range may follow without the word ("16, 1, (May 1988), 104-113").
     */
    static void issueBeforePageWord(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume == null || f.issue != null && !allDigits(f.issue)) {
            return;
        }
        for (int k = 0; k + 5 < t.count; k++) {
            if (y[k] != RefLabel.VOLUME || !t.word[k].equals(f.volume) || !t.word[k + 1].equals(",")) {
                continue;
            }
            String n = t.word[k + 2];
            if (n.length() > 3 || !allDigits(n) || f.issue != null && !f.issue.equals(n)) {
                return;
            }
            int j = k + 3;
            if (t.word[j].equals(",")) {
                j++;
            }
            boolean dated = false;
            if (j < t.count && t.word[j].equals("(")) {
                int close = j + 1;
                while (close < t.count && close <= j + 5 && !t.word[close].equals(")")) {
                    dated |= NumberRules.PLAUSIBLE_YEAR.matcher(t.word[close]).matches();
                    close++;
                }
                if (close >= t.count || !t.word[close].equals(")")) {
                    return;
                }
                j = close + 1;
                if (j < t.count && t.word[j].equals(",")) {
                    j++;
                }
            }
            if (dated && j + 2 < t.count && allDigits(t.word[j]) && (t.word[j + 1].equals("-") || t.word[j + 1].equals("–"))) {
                j--; // "16, 1, (May 1988), 104-113": a range right after the dated issue
            } else if (j + 1 >= t.count || !PAGE_WORD.contains(t.word[j].toLowerCase(java.util.Locale.ROOT))
                    || !allDigits(t.word[j + 1])) {
                return;
            }
            String last = null;
            if (j + 3 < t.count && (t.word[j + 2].equals("-") || t.word[j + 2].equals("–")) && allDigits(t.word[j + 3])) {
                last = t.word[j + 3];
            }
            f.issue = n;
            f.pageFirst = t.word[j + 1];
            f.pageLast = last;
            y[k + 2] = RefLabel.ISSUE;
            return;
        }
    }

    private static final java.util.Set<String> PAGE_WORD = java.util.Set.of("pp.", "pp", "p.", "pages", "page", "s.");

    private static final java.util.regex.Pattern ROMAN_VOLUME = java.util.regex.Pattern.compile(
            "(?=[IVXLC])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})");

    /**
     * A volume in Roman numerals written after the journal and a comma, before the year or the pages
     * ("Annales du Musée ..., VII, 1998, p. 56-86", "Lunar and Planetary Science, XII pp. 16-18"), is the volume
     * where nothing else is, not a publisher or a piece of the journal.
     */
    static void romanVolumeAfterComma(ModelTokens t, int[] y) {
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.VOLUME) {
                return;
            }
        }
        for (int k = 2; k + 1 < t.count; k++) {
            if (!t.word[k - 1].equals(",") || !ROMAN_VOLUME.matcher(t.word[k]).matches()) {
                continue;
            }
            boolean journal = false;
            for (int j = k - 2; j >= 0 && j >= k - 5; j--) {
                if (y[j] == RefLabel.CONTAINER) {
                    journal = true;
                    break;
                }
            }
            int n = k + 1;
            if (t.word[n].equals(",") && n + 1 < t.count) {
                n++;
            }
            String w = t.word[n];
            boolean after = PAGE_WORD.contains(w.toLowerCase(java.util.Locale.ROOT)) || y[n] == RefLabel.YEAR
                    || NumberRules.PLAUSIBLE_YEAR.matcher(w).matches();
            if (journal && after) {
                y[k] = RefLabel.VOLUME;
                if (y[k - 1] == RefLabel.CONTAINER) {
                    y[k - 1] = RefLabel.O;
                }
                return;
            }
        }
    }

    private static final java.util.regex.Pattern REPORT_WORD = java.util.regex.Pattern.compile(
            "(?i)report|paper|memo|note|rep\\.");
    private static final java.util.regex.Pattern REPORT_RUN = java.util.regex.Pattern.compile(
            "(?:[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+){2,}|[A-Z]{1,5}\\d+-\\d+|#\\d+-\\d+)\\.?");

    /**
     * A report's number is no page range: the pages read from a dashed number that opens with capitals, written
     * without spaces and possibly closing the sentence ("Tech Report CMU-CS-94-123.", "TR95-90 Computer Science
     * Dept.", "Technical Summary Report #94-3,", where "#" follows a report's word: "Abstract #4839-1578" is the pages of
     * an abstract), are none, nor is such a number a volume or issue.
     */
    static void reportNumberNotPages(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst == null) {
            return;
        }
        for (int k = 0; k < t.count; k++) {
            if (!t.word[k].equals(f.pageFirst) || y[k] != RefLabel.PAGES && y[k] != RefLabel.O
                    && y[k] != RefLabel.ISSUE && y[k] != RefLabel.VOLUME) {
                continue;
            }
            int b = k;
            while (b > 0 && t.glued(b - 1)) {
                b--;
            }
            int e = k;
            while (e + 1 < t.count && t.glued(e) && "()[],;:".indexOf(t.word[e + 1].charAt(0)) < 0) {
                e++;
            }
            if (b == k && !Character.isLetter(t.word[k].charAt(0))) {
                return; // "94 - 123": a range written with spaces is pages
            }
            if (b > 0 && PAGE_WORD.contains(t.word[b - 1].toLowerCase(java.util.Locale.ROOT))) {
                return;
            }
            if (REPORT_RUN.matcher(t.text.substring(t.start[b], t.end[e])).matches() && (!t.word[b].equals("#")
                    || b > 0 && REPORT_WORD.matcher(t.word[b - 1]).matches())) {
                f.pageFirst = null;
                f.pageLast = null;
                for (int j = b; j <= e; j++) {
                    if (y[j] == RefLabel.PAGES) {
                        y[j] = RefLabel.O;
                    }
                    if (t.word[j].equals(f.issue)) {
                        f.issue = null;
                    }
                    if (t.word[j].equals(f.volume)) {
                        f.volume = null;
                    }
                }
            }
            return;
        }
    }

    /**
     * "Volume:issue: pages" ("Water International, 33:3: 333.", "Journal AWWA, 89:12: 83-91"): three numbers joined by
     * colons after the volume are volume, issue and pages, not volume and a page read from the issue.
     */
    static void volumeIssuePagesColons(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume == null) {
            return;
        }
        for (int k = 0; k + 4 < t.count; k++) {
            if (!t.word[k].equals(f.volume) || y[k] != RefLabel.VOLUME || !t.word[k + 1].equals(":")
                    || !allDigits(t.word[k + 2]) || t.word[k + 2].length() > 3 || !t.word[k + 3].equals(":")
                    || !allDigits(t.word[k + 4]) || !t.glued(k) || !t.glued(k + 1) || !t.glued(k + 2)) {
                continue;
            }
            if (f.issue != null && !f.issue.equals(t.word[k + 2])
                    || f.pageFirst != null && !f.pageFirst.equals(t.word[k + 2]) && !f.pageFirst.equals(t.word[k + 4])) {
                return;
            }
            String last = null;
            if (k + 6 < t.count && (t.word[k + 5].equals("-") || t.word[k + 5].equals("–")) && allDigits(t.word[k + 6])) {
                last = t.word[k + 6];
            }
            f.issue = t.word[k + 2];
            f.pageFirst = t.word[k + 4];
            f.pageLast = last;
            y[k + 2] = RefLabel.ISSUE;
            return;
        }
    }

    /** The word is also written outside tokens [from, to) ("p. 1. ... ISBN 1-4244-1179-3": the page is the first). */
    private static boolean outside(ModelTokens t, String w, int from, int to) {
        for (int i = 0; i < t.count; i++) {
            if ((i < from || i >= to) && t.word[i].equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pieces of an ISBN or ISSN are no volume, issue or pages ("ISBN 978 -3-540-44187-8", "ISBN: 2-912335-31-0",
     * "ISBN O-7923-9391-0", "ISSN 0018-9464").
     */
    static void standardNumberPieces(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume == null && f.issue == null && f.pageFirst == null) {
            return;
        }
        for (int k = 0; k + 1 < t.count; k++) {
            String w = t.word[k];
            if (!(w.equalsIgnoreCase("isbn") || w.equalsIgnoreCase("issn") || w.equalsIgnoreCase("isbn:")
                    || w.equalsIgnoreCase("issn:"))) {
                continue;
            }
            int j = k + 1;
            if (t.word[j].equals(":")) {
                j++;
            }
            int end = j;
            while (end < t.count && end < j + 12 && (allDigits(t.word[end]) || t.word[end].equals("-")
                    || t.word[end].equals("–") || t.word[end].equals("X") || t.word[end].equals("x")
                    || t.word[end].equals("O") && t.glued(end))) {
                end++;
            }
            for (int i = j; i < end; i++) {
                String p = t.word[i];
                if ((p.equals(f.pageFirst) || p.equals(f.pageLast)) && !outside(t, p, j, end)) {
                    f.pageFirst = null;
                    f.pageLast = null;
                }
                if (p.equals(f.volume) && !outside(t, p, j, end)) {
                    f.volume = null;
                }
                if (p.equals(f.issue) && !outside(t, p, j, end)) {
                    f.issue = null;
                }
                if (y[i] == RefLabel.PAGES || y[i] == RefLabel.VOLUME || y[i] == RefLabel.ISSUE) {
                    y[i] = RefLabel.O;
                }
            }
            k = end - 1;
        }
    }

    /**
     * A number or a range of numbers in parentheses right after the volume is its issue, not pages: "Vol. 15 (5-6),
     * 523 - 545", "Vol. 2 (1), 1 - 16"; the pages are then the numbers after the comma.
     */
    static void parenIssueAfterVolume(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume == null || f.issue != null) {
            return;
        }
        for (int k = 0; k + 4 < t.count; k++) {
            if (y[k] != RefLabel.VOLUME || !t.word[k].equals(f.volume) || !t.word[k + 1].equals("(")) {
                continue;
            }
            int j = k + 2;
            String first = t.word[j];
            if (!allDigits(first) || first.length() > 3) {
                return;
            }
            String issue = first;
            j++;
            if (j + 1 < t.count && (t.word[j].equals("-") || t.word[j].equals("–")) && allDigits(t.word[j + 1])
                    && t.word[j + 1].length() <= 3) {
                issue = first + "-" + t.word[j + 1];
                j += 2;
            }
            if (j >= t.count || !t.word[j].equals(")")) {
                return;
            }
            j++;
            if (j < t.count && (t.word[j].equals(",") || t.word[j].equals(":"))) {
                j++;
            }
            if (j < t.count && PAGE_WORD.contains(t.word[j].toLowerCase(java.util.Locale.ROOT))) {
                j++;
            }
            if (j >= t.count || !allDigits(t.word[j]) || NumberRules.PLAUSIBLE_YEAR.matcher(t.word[j]).matches()) {
                return;
            }
            f.issue = issue;
            if (first.equals(f.pageFirst) || f.pageFirst == null) {
                f.pageFirst = t.word[j];
                f.pageLast = j + 2 < t.count && (t.word[j + 1].equals("-") || t.word[j + 1].equals("–"))
                        && allDigits(t.word[j + 2]) ? t.word[j + 2] : null;
            }
            y[k + 2] = RefLabel.ISSUE;
            return;
        }
    }

    private static final java.util.regex.Pattern PART_WORD = java.util.regex.Pattern.compile(
            "(?i)suppl\\.?|supplement|pt\\.?");

    /**
     * A supplement or part written after the volume up to the colon or closing parenthesis before the pages is the
     * issue (Vancouver: "Int Dent J 2017;67 Suppl 2:7-13", "Am J Physiol 1989;256(4 Pt 2):H1060-5", "Endoscopy
     * 2011;43(Suppl 2 UCTN):E63", "Human Reproduction 14: Suppl 2:99-106").
     */
    static void supplementIssue(ModelTokens t, int[] y, LabelledFields f) {
        if (f.volume == null || f.issue != null) {
            return;
        }
        for (int k = 0; k + 3 < t.count; k++) {
            if (y[k] != RefLabel.VOLUME || !t.word[k].equals(f.volume)) {
                continue;
            }
            int j = k + 1;
            boolean paren = t.word[j].equals("(");
            if (paren || t.word[j].equals(":")) {
                j++;
            }
            int b = j;
            boolean part = false;
            boolean digit = false;
            while (j < t.count && j < b + 5 && !t.word[j].equals(")") && !t.word[j].equals(":")) {
                String w = t.word[j];
                part |= PART_WORD.matcher(w).matches();
                digit |= allDigits(w);
                if (!PART_WORD.matcher(w).matches() && !allDigits(w) && !capitals(w)) {
                    return;
                }
                j++;
            }
            if (!part || !digit || j >= t.count || j == b || paren != t.word[j].equals(")")
                    || paren && (j + 1 >= t.count || !t.word[j + 1].equals(":"))) {
                return;
            }
            f.issue = t.text.substring(t.start[b], t.end[j - 1]);
            for (int i = b; i < j; i++) {
                y[i] = RefLabel.ISSUE;
            }
            return;
        }
    }
}
