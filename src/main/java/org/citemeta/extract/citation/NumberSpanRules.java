package org.citemeta.extract.citation;

import java.util.regex.Pattern;

/**
 * Post-labelling rules on the numbers of a reference and the edges of its journal: an article number written as a
 * capital glued to digits after the volume or issue is the page; the one number before the year of a journal numbered
 * by year (J. Chem. Soc., Bull. Soc. Chim. Fr.) is the page; a number inside an arXiv identifier is no volume, issue or
 * page; a number after the issue and a comma is the page; a publisher's name is no part of the journal's. Called once
 * from {@link ModelFieldLabeller#assemble} on the assembled fields ({@link #apply}), after {@link VolumeScopeRules}.
 * Each rule was measured alone on both evaluation corpora (see the citation README).
 */
final class NumberSpanRules {
    private NumberSpanRules() {
    }

    /** The rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, LabelledFields f) {
        letterArticleNumberAfterVolume(t, y, f);
        yearNumberedJournalPage(t, y, f);
        arxivPiecesAreNoNumbers(t, f);
        pageAfterIssue(t, y, f);
        publisherAroundJournal(f);
    }

    /** What may follow an article number: the end, a year's parenthesis, a bracket, punctuation. */
    private static final Pattern AFTER_ARTICLE = Pattern.compile("[(\\[,;.]");

    /**
     * Journals paginated by article number cite the article with a capital glued to digits ("L09605", "W11527",
     * "P07001"), right after the volume: "K. Holm, Quiet tides, Harbour Research Letters, Vol. 35, L09605 (2008)."
     * The model often leaves the capital and the digits in the container or unlabelled, so no page is read. Where no
     * first page was read and the volume (a number labelled as the volume) is followed, with a comma between at most,
     * by a single capital glued to two to six digits, and then by the end of the reference, a parenthesis, a bracket,
     * a comma, a semicolon or a period, that capital and digits are the first page.
     */
    static void letterArticleNumberAfterVolume(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst != null || f.volume == null) {
            return;
        }
        for (int k = 0; k + 2 < t.count; k++) {
            boolean number = y[k] == RefLabel.VOLUME && t.word[k].equals(f.volume)
                    || y[k] == RefLabel.ISSUE && t.word[k].equals(f.issue);
            if (!number || !LabelSpans.digits(t.word[k])) {
                continue;
            }
            int j = k + 1;
            if (t.word[j].equals(",")) {
                j++;
            }
            if (j + 1 >= t.count || !capital(t.word[j]) || !t.glued(j) || !LabelSpans.digits(t.word[j + 1])
                    || t.word[j + 1].length() < 2 || t.word[j + 1].length() > 6) {
                continue;
            }
            int a = j + 2;
            if (a < t.count && !AFTER_ARTICLE.matcher(t.word[a]).matches()) {
                continue;
            }
            f.pageFirst = t.word[j] + t.word[j + 1];
            f.pageLast = null;
            return;
        }
    }

    private static boolean capital(String w) {
        return w.length() == 1 && Character.isUpperCase(w.charAt(0));
    }

    /** Chemistry journals cited by year and page only (no volume): J. Chem. Soc. and its sections, Bull. Soc. Chim. Fr. */
    private static final Pattern YEAR_NUMBERED_JOURNAL = Pattern.compile(
            "(?s).*(?:\\bJ\\. ?Chem\\. ?Soc\\.?|\\bChem\\. ?Commun\\.?|\\bDalton Trans\\.?|\\b(?:Perkin|Faraday) Trans\\.?(?: [12])?"
                    + "|\\bBull\\. ?Soc\\. ?Chim\\. ?Fr\\.?)");

    /**
     * The Journal of the Chemical Society (with its sections "Chem. Commun.", "Dalton Trans.", "Perkin Trans. 1") and
     * the Bulletin de la Société Chimique de France were numbered by year: the one number cited before the year is the
     * page. "K. HOLM et B. LUND. J. Chem. Soc. Chem. Commun. 117 (1980)." has page 117 and no volume. Where the
     * container ends with one of these names, no page was read, and the volume read (a number) stands right before
     * "(" and a year, it is the page.
     */
    static void yearNumberedJournalPage(ModelTokens t, int[] y, LabelledFields f) {
        if (f.container == null || f.volume == null || f.pageFirst != null
                || !YEAR_NUMBERED_JOURNAL.matcher(f.container).matches()) {
            return;
        }
        int k = LabelSpans.index(t, y, RefLabel.VOLUME);
        if (k < 0 || k + 2 >= t.count || !t.word[k].equals(f.volume) || !LabelSpans.digits(f.volume)
                || !t.word[k + 1].equals("(") || !t.word[k + 2].matches("1[89]\\d\\d|20\\d\\d")) {
            return;
        }
        f.pageFirst = f.volume;
        f.pageLast = null;
        f.volume = null;
    }

    /** The pieces of an arXiv identifier written with spaces: categories, their dashes, slashes, "org". */
    private static final Pattern ARXIV_PIECE = Pattern.compile(
            "\\d+|[.:/\\-]|(?i:hep|ph|th|ex|lat|astro|gr|qc|cond|mat|nucl|quant|math|physics|org|abs|arxiv\\.)");
    /** An arXiv identifier's first token ("arXiv", "arXiv:", "arxiv.org"). */
    private static final Pattern ARXIV_HEAD = Pattern.compile("(?i)arxiv.*");

    /**
     * A number inside an arXiv identifier is no volume, issue or page: "K. Holm, Proc. 30th QRC, Nantes 2007;
     * arXiv.org:astro -ph/0710.3063." (no page 3063), "O. Holm, arXiv .org:hep -ph/9911415 (1999)." (no volume 9911415),
     * "(Preprint 1403 .4822)" (no page 4822), and a whole identifier read as the pages ("arXiv: 1402.6980"). Text
     * extraction leaves spaces inside such identifiers, so the tokenizer does not see them whole. Where the value
     * contains "arXiv", or every place it is written follows an arXiv head ("arXiv", "arXiv:", "arxiv.") over pieces
     * of an identifier only (digits, ".", ":", "/", "-", category words such as "hep", "ph", "astro", "gr", "qc",
     * "org"), or follows "Preprint" over a new-style number ("1403 . 4822"), the field goes.
     */
    static void arxivPiecesAreNoNumbers(ModelTokens t, LabelledFields f) {
        if (f.volume != null && inArxivId(t, f.volume)) {
            f.volume = null;
        }
        if (f.issue != null && inArxivId(t, f.issue)) {
            f.issue = null;
        }
        if (f.pageFirst != null && inArxivId(t, f.pageFirst)) {
            f.pageFirst = null;
            f.pageLast = null;
        }
    }

    private static boolean inArxivId(ModelTokens t, String v) {
        if (v.toLowerCase(java.util.Locale.ROOT).contains("arxiv")) {
            return true;
        }
        boolean seen = false;
        for (int k = 0; k < t.count; k++) {
            if (!t.word[k].equals(v)) {
                continue;
            }
            if (!afterArxivHead(t, k)) {
                return false;
            }
            seen = true;
        }
        return seen;
    }

    /** Token k follows an arXiv head over identifier pieces only (at most ten tokens back). */
    private static boolean afterArxivHead(ModelTokens t, int k) {
        boolean digitsAndPeriods = true;
        for (int j = k - 1; j >= 0 && j >= k - 10; j--) {
            String w = t.word[j];
            if (ARXIV_HEAD.matcher(w).matches()) {
                return true;
            }
            if (w.equalsIgnoreCase("preprint")) {
                return digitsAndPeriods && k - j == 3 && t.word[j + 1].length() == 4 && t.word[j + 2].equals(".");
            }
            if (!ARXIV_PIECE.matcher(w).matches()) {
                return false;
            }
            digitsAndPeriods &= LabelSpans.digits(w) || w.equals(".");
        }
        return false;
    }

    /** What may follow a page: the end, a bracket, a parenthesis, punctuation. */
    private static final Pattern AFTER_PAGE = Pattern.compile("[\\[(.,;]");

    /**
     * The page or article number written after the issue and a comma, which the model left unlabelled: "K. Holm,
     * Phys. Rev. D 92 (2015) no.11, 114508 [arXiv:1508.00681]." (page 114508; INSPIRE's style). Where no first page
     * was read, the issue (a number labelled as the issue) is followed by a comma or a colon and a number of one to
     * seven digits that the model left unlabelled, that is not the year, and after which come the end, a bracket, a
     * parenthesis or punctuation (or a dash and a second number, the last page), that number is the first page.
     */
    static void pageAfterIssue(ModelTokens t, int[] y, LabelledFields f) {
        if (f.pageFirst != null || f.issue == null) {
            return;
        }
        for (int k = 0; k + 2 < t.count; k++) {
            if (y[k] != RefLabel.ISSUE || !t.word[k].equals(f.issue) || !LabelSpans.digits(t.word[k])) {
                continue;
            }
            int p = k + 2;
            String sep = t.word[k + 1];
            if (!sep.equals(",") && !sep.equals(":")) {
                continue;
            }
            String w = t.word[p];
            if (y[p] != RefLabel.O || !LabelSpans.digits(w) || w.length() > 7 || w.equals(f.year)) {
                continue;
            }
            String last = null;
            int a = p + 1;
            if (a + 1 < t.count && (t.word[a].equals("-") || t.word[a].equals("–")) && LabelSpans.digits(t.word[a + 1])) {
                last = t.word[a + 1];
                a += 2;
            }
            if (a < t.count && !AFTER_PAGE.matcher(t.word[a]).matches()) {
                continue;
            }
            f.pageFirst = w;
            f.pageLast = last;
            return;
        }
    }

    /** A publisher's name in capitals heading a journal's name (a running head of the article's first page). */
    private static final Pattern PUBLISHER_HEAD = Pattern.compile("(?:ELSEVIER|PERGAMON|SPRINGER)\\s+(\\p{Lu}.*)");
    /** A publisher's name after the journal's abbreviated name and a period ("Appl Quay Ecol. Elsevier B.V."). */
    private static final Pattern PUBLISHER_TAIL = Pattern.compile("(.*\\p{L}\\.)\\s+(?:Elsevier|Pergamon)(?:\\s+(?:B\\s*\\.\\s*V\\.?|Ltd\\.?|Science\\b.*|Inc\\.?))?");

    /**
     * A publisher's name is no part of the journal's: "ELSEVIER Quay Science 370 (1996) 32-46" (the running head of
     * an article's first page) has the container "Quay Science", and "K. Holm. Calm soils. Appl Quay Ecol. Elsevier
     * B.V.; 2010. 45: 12-19." has "Appl Quay Ecol". Where the container begins with "ELSEVIER", "PERGAMON" or
     * "SPRINGER" in capitals before a capitalised word, or ends with a period and "Elsevier" or "Pergamon" (with "B.V.",
     * "Ltd", "Science ...", "Inc." at most), the publisher's name goes.
     */
    static void publisherAroundJournal(LabelledFields f) {
        if (f.container == null) {
            return;
        }
        java.util.regex.Matcher m = PUBLISHER_HEAD.matcher(f.container);
        if (m.matches()) {
            f.container = m.group(1);
        }
        m = PUBLISHER_TAIL.matcher(f.container);
        if (m.matches()) {
            f.container = m.group(1);
        }
    }
}
