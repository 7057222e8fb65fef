package org.citemeta.extract.citation;

/**
 * Rules on the boundary between the title and the container (the journal, book or proceedings), run in
 * {@link ModelFieldLabeller#assemble} after the model's labels (each measured on both corpora; see the citation
 * README).
 */
final class TitleBoundaryRules {
    private TitleBoundaryRules() {
    }

    /**
     * The journal written as the last sentence of the title, right before its numbers, where the model read no
     * container at all ("... to Neuromuscular Control. | Frontiers in Quiet Studies. 2018; 12:62", "... evaluation
     * program. | Quantitative structure-activity relationships 11:176-184"): the words after the title's last sentence
     * end that the rules read as the container are the container, when the volume, an issue in parentheses, or the year
     * and then the volume follow them, or a DOI, a URL or "Available" / "Retrieved" / "Accessed" ("... with QUIETPERF. |
     * Harbour and Management. https://doi.org/..."; then words only). Only with three title words at least before the
     * sentence end and no digit in the journal's words.
     */
    static void journalAfterTitleSentence(ModelTokens t, int[] y, byte[] rule) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int e = LabelSpans.last(t, y, RefLabel.TITLE);
        if (e < 3 || e + 1 >= t.count || rule[e] != RefLabel.CONTAINER) {
            return;
        }
        if (!numbersAfter(t, y, e + 1) && !accessAfter(t, y, e + 1)) {
            return;
        }
        int b = e;
        while (b >= 0 && y[b] == RefLabel.TITLE && rule[b] == RefLabel.CONTAINER && e - b < 12) {
            b--;
        }
        if (b < 0 || b == e || y[b] != RefLabel.TITLE || rule[b] == RefLabel.CONTAINER) {
            return;
        }
        String w = t.word[b];
        boolean end = w.equals(".") || w.equals("?") || w.equals("!") || TitleRules.sentenceEnd(w);
        if (!end || !Character.isLetter(t.word[b + 1].charAt(0))) {
            return;
        }
        int words = 0;
        for (int j = b; j >= 0 && y[j] == RefLabel.TITLE; j--) {
            words += Character.isLetterOrDigit(t.word[j].charAt(0)) ? 1 : 0;
        }
        if (words < 3) {
            return;
        }
        boolean numbers = numbersAfter(t, y, e + 1);
        for (int j = b + 1; j <= e; j++) {
            char c = t.word[j].charAt(0);
            if (Character.isDigit(c) || !numbers && !Character.isLetter(c) && "&-:,'".indexOf(c) < 0) {
                return; // before an identifier, words only: not "Speech API. | DOI=https://..."
            }
        }
        for (int j = b + 1; j <= e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /**
     * Whether a journal's numbers begin at token {@code n} (after one separator at most): the volume, "(" and an
     * issue or volume, or the year and the volume within two tokens.
     */
    private static boolean numbersAfter(ModelTokens t, int[] y, int n) {
        if (n < t.count && y[n] == RefLabel.O && (t.word[n].equals(".") || t.word[n].equals(","))) {
            n++;
        }
        if (n >= t.count) {
            return false;
        }
        if (y[n] == RefLabel.VOLUME) {
            return true;
        }
        if (t.word[n].equals("(") && n + 1 < t.count) {
            return y[n + 1] == RefLabel.ISSUE || y[n + 1] == RefLabel.VOLUME;
        }
        if (y[n] == RefLabel.YEAR) {
            for (int j = n + 1; j < t.count && j <= n + 3; j++) {
                if (y[j] == RefLabel.VOLUME) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A title that the model ended inside a parenthesis goes on after it when the closing parenthesis, which the model
     * left out, is followed by more words of the same sentence ("The diet of the quiet vole (Microtus quietus L.) in
     * Lund Forest, County Quarry. Acta Zool", "... from Quercus borealis (Michx.) Lund. Quiet Chem"): the title takes
     * the parenthesis and the words after it up to the word that ends the sentence, or up to its own words again. Not
     * after a note in the parenthesis ("(in German)", "(abstract)", numbers), nor when a separator, "In" or a
     * proceedings word follows the parenthesis.
     */
    static void titleParenthesisGoesOn(ModelTokens t, int[] y) {
        int[] title = LabelSpans.span(y, RefLabel.TITLE); // the first run of the title
        if (title == null) {
            return;
        }
        int t0 = title[0];
        int e = title[1];
        int c = e + 1;
        if (c + 1 >= t.count || !t.word[c].equals(")") || y[c] == RefLabel.TITLE) {
            return;
        }
        int open = -1;
        int depth = 0;
        for (int k = e; k >= t0; k--) {
            String w = t.word[k];
            if (w.equals(")")) {
                depth++;
            } else if (w.equals("(")) {
                if (depth == 0) {
                    open = k;
                    break;
                }
                depth--;
            }
        }
        if (open < 0 || open == e || TitleRules.noteIn(t, open + 1, c)) {
            return;
        }
        int n = c + 1;
        String next = t.word[n];
        if (!Character.isLetterOrDigit(next.charAt(0)) || y[n] != RefLabel.O && y[n] != RefLabel.CONTAINER
                || next.equalsIgnoreCase("in") && n + 1 < t.count && Character.isUpperCase(t.word[n + 1].charAt(0))
                && (y[n + 1] != RefLabel.CONTAINER || PROCEEDINGS.matcher(t.word[n + 1]).matches())
                || PROCEEDINGS.matcher(next).matches()) {
            return;
        }
        int end = -1;
        for (int k = n; k < t.count && k <= n + 20; k++) {
            int lab = y[k];
            String w = t.word[k];
            if (lab == RefLabel.TITLE) {
                end = k - 1;
                break;
            }
            if (lab != RefLabel.O && lab != RefLabel.CONTAINER || w.equals("(") || w.equals(";")) {
                return;
            }
            if (w.equals(".") && !t.glued(k)) {
                end = k - 1;
                break;
            }
            if (w.length() >= 2 && w.endsWith(".") && Character.isLetter(w.charAt(0)) && !t.glued(k)
                    && k + 1 < t.count && Character.isUpperCase(t.word[k + 1].charAt(0))) {
                end = k;
                break;
            }
        }
        if (end < n) {
            return;
        }
        for (int k = c; k <= end; k++) {
            y[k] = RefLabel.TITLE;
        }
    }

    private static final java.util.regex.Pattern PROCEEDINGS = java.util.regex.Pattern.compile(
            "(?i)proc\\.?|proceedings|conference|symposium|workshop|congress|meeting");

    /** A thesis named after the title: "PhD Thesis", "PhDThesis", "Ph.D. thesis", "Thèse de doctorat", "Dissertation". */
    private static final java.util.regex.Pattern THESIS_WORD = java.util.regex.Pattern.compile(
            "(?i)ph\\.?d\\.?(?:thesis)?|thesis|thèse|dissertation|diplomarbeit|doktorarbeit|masterarbeit");

    /** A report or draft named after the title: "Tech Report", "TechnicalReport", "manuscript", "Working paper". */
    private static final java.util.regex.Pattern GENRE_WORD = java.util.regex.Pattern.compile(
            "(?i)tech\\.?|technical|technicalreport|manuscript|working|white|preliminary");

    private static final java.util.regex.Pattern GENRE_NEXT = java.util.regex.Pattern.compile(
            "(?i)(?:rep(?:ort|t)?|note|paper|draft)\\.?");

    /**
     * A title does not go on into the kind of work named after it: a thesis ("... AEI 10 m prototype PhD Thesis
     * Quarry University", "..., Thèse de doctorat en Sciences"), a report ("..., Tech Report #296", "..., TechnicalReport
     * INDC"), a manuscript or draft ("..., manuscript", ". Preliminary draft", ". White paper prepared for ..."): the
     * title ends before it. A thesis word ends the title after a separator or right after a title word; a report,
     * manuscript or draft only after a comma or a sentence end. Three title words at least before it.
     */
    static void titleGenreTail(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        if (first < 0) {
            return;
        }
        int words = 0;
        for (int k = first; k <= last; k++) {
            String w = t.word[k];
            if (Character.isLetterOrDigit(w.charAt(0))) {
                words++;
            }
            if (words <= 3 || y[k] != RefLabel.TITLE || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            String before = t.word[k - 1];
            boolean comma = before.equals(",");
            boolean sentence = before.equals(".") || before.endsWith(".") && TitleRules.sentenceEnd(before);
            boolean thesis = THESIS_WORD.matcher(w).matches() && (comma || sentence || y[k - 1] == RefLabel.TITLE);
            boolean genre = (comma || sentence) && (w.equalsIgnoreCase("manuscript") || w.equalsIgnoreCase("technicalreport")
                    || GENRE_WORD.matcher(w).matches() && k + 1 <= last && GENRE_NEXT.matcher(t.word[k + 1]).matches());
            if (!thesis && !genre) {
                continue;
            }
            int cut = comma || before.equals(".") ? k - 1 : k;
            for (int j = cut; j <= last; j++) {
                if (y[j] == RefLabel.TITLE) {
                    y[j] = RefLabel.O;
                }
            }
            return;
        }
    }

    private static final java.util.regex.Pattern MEETING_WORD = java.util.regex.Pattern.compile(
            "(?i).*(?:proc\\.?|proceedings|conference|conf\\.?|symposium|symp\\.?|workshop|congress|meeting|tagung|colloquium)");

    private static final java.util.regex.Pattern NOT_PLACE = java.util.regex.Pattern.compile(
            "(?i)proc\\.?|proceedings|conference|symposium|workshop|congress|meeting|lecture|lectures|notes|series|society"
                    + "|journal|transactions|part|vol\\.?|volume|session|track|ieee|acm|in|and|of|on|the|for");

    /**
     * A proceedings container does not run into the place of the meeting after a comma ("Proc. 19th Symp. Quiet
     * Computing, Nicosia, Cyprus", "Proceedings of the Quiet Workshop, Kleinheubach, Germany, 2001"): one or two comma
     * groups of one to three capitalised words (no number, acronym or meeting word) that end the container, a date, a
     * year, pages, a publisher or place, or the end following them, are the place.
     */
    static void meetingPlace(ModelTokens t, int[] y) {
        int c0 = -1;
        int c1 = -1;
        boolean meeting = false;
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                if (c0 < 0) {
                    c0 = k;
                } else if (c1 != k - 1 && !(y[k - 1] == RefLabel.O && c1 == k - 2)) {
                    break;
                }
                c1 = k;
                meeting |= MEETING_WORD.matcher(t.word[k]).matches();
            }
        }
        if (c0 < 0 || !meeting) {
            return;
        }
        // the comma groups at the end of the container
        int cut = -1;
        int k = c1;
        for (int group = 0; group < 2; group++) {
            int words = 0;
            while (k > c0 && y[k] == RefLabel.CONTAINER && placeWord(t.word[k])) {
                words++;
                k--;
            }
            if (words < 1 || words > 3 || k <= c0 || !t.word[k].equals(",")) {
                break;
            }
            cut = k;
            k--;
            if (k <= c0 || y[k] != RefLabel.CONTAINER || placeWord(t.word[k]) && group == 0 && k - c0 < 3) {
                break;
            }
        }
        if (cut < 0 || cut - c0 < 3) {
            return;
        }
        int n = c1 + 1;
        while (n < t.count && (t.word[n].equals(",") || t.word[n].equals(".") || t.word[n].equals(")"))) {
            n++;
        }
        if (n < t.count) {
            int lab = y[n];
            String w = t.word[n];
            boolean date = lab == RefLabel.YEAR || Months.isMonth(w) || Character.isDigit(w.charAt(0))
                    || lab == RefLabel.PAGES || lab == RefLabel.PUBLISHER || lab == RefLabel.PLACE || lab == RefLabel.VOLUME
                    || w.equalsIgnoreCase("pp.") || w.equalsIgnoreCase("p.") || w.equals("(");
            if (!date) {
                return;
            }
        }
        for (int j = cut + 1; j <= c1; j++) {
            y[j] = RefLabel.PLACE;
        }
    }

    private static boolean placeWord(String w) {
        return LabelSpans.placeWord(w, NOT_PLACE, true); // "Nicosia", "OR" (a state), not an acronym
    }

    /**
     * The place and date of a meeting in parentheses after its proceedings ("in Proceedings of QUIET 90 (Quarrytown,
     * Washington, April 1-5, 1990). ACM", "(Lund, June 1996)") is no part of the container: where the model's container
     * ends inside such a parenthesis, capitalised place words and a comma after the "(" and a month or year before
     * the ")", the container ends before the "(".
     */
    static void meetingPlaceInParentheses(ModelTokens t, int[] y) {
        int c0 = -1;
        int c1 = -1;
        for (int k = 0; k < t.count; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                if (c0 < 0) {
                    c0 = k;
                } else if (y[k - 1] != RefLabel.CONTAINER && y[k - 1] != RefLabel.O) {
                    break;
                }
                c1 = k;
            }
        }
        if (c0 < 0) {
            return;
        }
        int open = -1;
        for (int k = c1; k > c0; k--) {
            if (t.word[k].equals(")")) {
                return;
            }
            if (t.word[k].equals("(")) {
                open = k;
                break;
            }
        }
        if (open < 0 || open - c0 < 2 || open + 2 >= t.count) {
            return;
        }
        int k = open + 1;
        while (k < t.count && placeWord(t.word[k]) && k - open <= 3) {
            k++;
        }
        if (k == open + 1 || k >= t.count || !t.word[k].equals(",")) {
            return;
        }
        boolean date = false;
        for (int j = k; j < t.count && j <= open + 14; j++) {
            String w = t.word[j];
            if (w.equals(")")) {
                break;
            }
            date |= Months.isMonth(w) || YEAR_WORD.matcher(w).matches();
        }
        if (!date) {
            return;
        }
        for (int j = open; j <= c1; j++) {
            if (y[j] == RefLabel.CONTAINER) {
                y[j] = RefLabel.O;
            }
        }
    }

    private static final java.util.regex.Pattern YEAR_WORD = java.util.regex.Pattern.compile("(?:1[89]|20)\\d\\d");

    /**
     * A decimal number inside the title is one ("... collisions at 5.02 TeV, QUIET-PAS-16-006", "PYTHIA 6.4 Physics and
     * Manual, JHEP 05", "... PYTHIA 8 . 1,Comput."): where the title's last word is digits and a period and digits
     * follow, which the model left out or began the container with, the title takes the fraction and the words after
     * it up to the next separator.
     */
    static void titleDecimal(ModelTokens t, int[] y) {
        int e = LabelSpans.firstRunEnd(y, RefLabel.TITLE);
        if (e >= 1 && e + 3 < t.count && (y[e + 1] == RefLabel.O || y[e + 1] == RefLabel.CONTAINER) && LabelSpans.digits(t.word[e + 1])
                && Character.isLetter(t.word[e].charAt(0))) {
            e++; // "... collisions at | 5.02 TeV": the model left the whole number out
        }
        if (e < 1 || e + 2 >= t.count || !LabelSpans.digits(t.word[e]) || !t.word[e + 1].equals(".")
                || !Character.isDigit(t.word[e + 2].charAt(0)) || y[e + 2] == RefLabel.TITLE
                || y[e - 1] != RefLabel.TITLE || !Character.isLetter(t.word[e - 1].charAt(0))
                || t.glued(e + 2) && Character.isLetter(t.word[e + 3].charAt(0))
                || t.glued(e) != t.glued(e + 1) || e + 3 < t.count && t.word[e + 3].equals("-")) {
            return; // not "2 . 5K" (a unit glued to the fraction), "27. 44-118" (a sentence end, then pages)
        }
        int end = e + 2;
        while (end + 1 < t.count && (y[end + 1] == RefLabel.O || y[end + 1] == RefLabel.CONTAINER)
                && Character.isLetterOrDigit(t.word[end + 1].charAt(0)) && end - e < 8) {
            end++;
        }
        if (end + 1 < t.count && !(t.word[end + 1].equals(",") || t.word[end + 1].equals(".") || t.word[end + 1].equals(";"))) {
            return;
        }
        for (int k = e; k <= end; k++) {
            y[k] = RefLabel.TITLE;
        }
    }

    private static final java.util.regex.Pattern VOLUMES_WORD = java.util.regex.Pattern.compile(
            "(?i)vols?\\.?|volumes|bde\\.?|bände|tomes|t\\.");

    /**
     * A title does not go on into the number of volumes of the work (", 2 vols.", ". 3 volumes", ", 4 Bde."): after a
     * comma or a sentence end, a number and a word for volumes end the title.
     */
    static void titleVolumeCount(ModelTokens t, int[] y) {
        int first = LabelSpans.first(t, y, RefLabel.TITLE);
        int last = LabelSpans.last(t, y, RefLabel.TITLE);
        for (int k = first + 2; first >= 0 && k < last; k++) {
            String before = t.word[k - 1];
            if (y[k] != RefLabel.TITLE || !LabelSpans.digits(t.word[k]) || t.word[k].length() > 2
                    || !VOLUMES_WORD.matcher(t.word[k + 1]).matches()
                    || !(before.equals(",") || before.equals(".") || before.endsWith(".") && before.length() >= 4)) {
                continue;
            }
            int cut = before.equals(",") || before.equals(".") ? k - 1 : k;
            for (int j = cut; j <= last; j++) {
                if (y[j] == RefLabel.TITLE) {
                    y[j] = RefLabel.O;
                }
            }
            return;
        }
    }

    /** Whether an identifier or a note of access follows at token {@code n} after one separator at most. */
    private static boolean accessAfter(ModelTokens t, int[] y, int n) {
        if (n < t.count && y[n] == RefLabel.O && (t.word[n].equals(".") || t.word[n].equals(","))) {
            n++;
        }
        if (n >= t.count) {
            return false;
        }
        String w = t.word[n];
        return y[n] == RefLabel.DOI || y[n] == RefLabel.URL || w.equals("Available") || w.equals("Retrieved")
                || w.equals("Accessed");
    }

    private static final java.util.regex.Pattern PERIODICAL = java.util.regex.Pattern.compile(
            "(?i)journal|review|letters|transactions|annals|bulletin|magazine|newspaper|gazette|quarterly|zeitschrift|revue"
                    + "|rivista|revista|tijdschrift");

    private static final java.util.Set<String> CONNECTOR_WORDS = java.util.Set.of("and", "of", "in", "on", "for", "the",
            "de", "du", "des", "et", "und", "für", "der", "di", "la", "le");

    private static final java.util.regex.Pattern PUBLISHING = java.util.regex.Pattern.compile(
            "(?i)press|verlag|publish\\w*|books?|editions?|éditions?|university|univ\\.?|inc\\.?|ltd\\.?|co\\.|company|group");

    /**
     * Where the model read no container, the title's last sentence named as a periodical is the journal when its
     * numbers or an identifier follow ("... Have Come of Age. | Quiet Standards Quarterly. Available: http://...",
     * "... of the harbour. | Quiet Review 12:3-9"): one to eight capitalised words and connectors after a sentence end
     * of the title, among them a word such as "Journal", "Review", "Quarterly", "Magazine", none such as "Press",
     * "Verlag", "Books", "University".
     */
    static void periodicalEndingTitle(ModelTokens t, int[] y) {
        if (LabelSpans.first(t, y, RefLabel.CONTAINER) >= 0) {
            return;
        }
        int e = LabelSpans.last(t, y, RefLabel.TITLE);
        if (e < 3 || e + 1 >= t.count || !numbersAfter(t, y, e + 1) && !accessAfter(t, y, e + 1)) {
            return;
        }
        boolean periodical = false;
        int b = e;
        for (; b >= 0 && y[b] == RefLabel.TITLE && e - b < 9; b--) {
            String w = t.word[b];
            if (b < e && (w.equals(".") || TitleRules.sentenceEnd(w) || w.length() >= 4 && w.endsWith(".")
                    && w.chars().limit(w.length() - 1).allMatch(Character::isLetter)
                    && !Abbreviations.isJournalWord(w.substring(0, w.length() - 1)))) {
                break;
            }
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (PUBLISHING.matcher(bare).matches() || !Character.isUpperCase(w.charAt(0))
                    && !CONNECTOR_WORDS.contains(w) && !w.equals("&")) {
                return;
            }
            periodical |= PERIODICAL.matcher(bare).matches();
        }
        if (!periodical || b < 2 || b == e || y[b] != RefLabel.TITLE) {
            return;
        }
        for (int j = b + 1; j <= e; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /**
     * A place that ends the title after a comma ("... Case study in Quarrytown, | New Lund, Journal of Quiet
     * Engineering, 19(1)", "... in the Lake Lund watershed, | Ibaraki, Japan, Japanese Journal of ...") is the title's
     * when the rules read it so and the model read it as a place or as the container's head with the container after the
     * next comma: capitalised words and commas, eight tokens at most.
     */
    static void titlePlaceTail(ModelTokens t, int[] y, byte[] rule) {
        int e = LabelSpans.firstRunEnd(y, RefLabel.TITLE);
        if (e < 0 || e + 3 >= t.count || !t.word[e + 1].equals(",") || rule[e + 1] != RefLabel.TITLE
                || !Character.isLetter(t.word[e].charAt(0))) {
            return;
        }
        int g = -1;
        for (int k = e + 2; k < t.count && k <= e + 9 && rule[k] == RefLabel.TITLE; k++) {
            int lab = y[k];
            String w = t.word[k];
            if (lab != RefLabel.PLACE && lab != RefLabel.CONTAINER && lab != RefLabel.O
                    || !(w.equals(",") || Character.isUpperCase(w.charAt(0)) && !w.endsWith("."))) {
                return;
            }
            if (!w.equals(",")) {
                g = k;
            }
        }
        if (g < 0 || g + 2 >= t.count || !t.word[g + 1].equals(",") || rule[g + 1] == RefLabel.TITLE
                || y[g + 2] != RefLabel.CONTAINER || g == e + 2 || t.word[e + 2].equals("The")) {
            return; // a single word or "The ..." heads a journal: "..., Chaos, Solitons and Fractals", "..., The London, ..."
        }
        for (int k = e + 1; k <= g; k++) {
            y[k] = RefLabel.TITLE;
        }
    }
}
