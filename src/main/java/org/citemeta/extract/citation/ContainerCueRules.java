package org.citemeta.extract.citation;

import java.util.Locale;
import java.util.Set;

/**
 * Rules on where a journal's name begins and ends, read from a cue in the reference itself, written from the GROBID
 * corpus's development errors (twelfth session of 7 Dec 2026): a series or section word that cannot begin a journal's
 * name, the rule labeller's reading of a title's last sentence, a subject word after a proceedings' name. The label
 * rules are called once from {@link ModelFieldLabeller#assemble} right after {@link SourceSpanRules}; {@link
 * #nameAfterMeeting} from {@link ReferenceParser#container}. Each rule was measured alone on both evaluation corpora
 * (see the citation README).
 */
final class ContainerCueRules {

    private ContainerCueRules() {
    }

    /** The label rules in the order they were measured. */
    static void apply(ModelTokens t, int[] y, byte[] rule) {
        seriesWordAfterJournalHead(t, y);
        journalHeadInTitleSentence(t, y, rule);
        volumeWordInsideContainer(t, y);
        titleEndsAtClosingQuote(t, y);
        nameGroupHeadsTitle(t, y);
    }

    /** Words that name a journal's series, section or part; they follow the journal's name, they do not begin it. */
    private static final Set<String> SERIES_WORDS = Set.of("ser", "series", "serie", "série", "sér", "sect", "section",
            "part", "pt");

    /** Separators that may stand between a journal's name and its series ("Acta Quay., Ser. B", "Izv. Harb. / Ser."). */
    private static final Set<String> SERIES_SEPARATORS = Set.of(",", "/", ":", ";", "-");

    /**
     * A container that begins with a series or section word ("Ser. Winches", "Series C", "Part B") lacks the name
     * of the journal the series belongs to: the model left it in the title ("Rev. Quays Harb., Ser. Cranes 9",
     * "The Harbour Transactions : Part B. 11(7)", "Izv. Harb. / Ser. Kran. 3"). When the container is followed by
     * the volume, issue or pages, the title's last group right before the series word (only a separator between) is
     * that name when all its words are capitalised, abbreviations or connectors (at most eight words). The group goes
     * back to a separator, a token of another field (the year) or a sentence end: a word with a final period that is
     * no journal abbreviation and that a word without a period follows ("Winches. The Harbour Transactions";
     * "Rev. Quaiforsch. Statist." is a chain of abbreviations and stays whole).
     */
    static void seriesWordAfterJournalHead(ModelTokens t, int[] y) {
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (c0 <= 0 || c0 + 1 >= t.count || !SERIES_WORDS.contains(LabelSpans.bare(t.word[c0]))
                || y[c0 + 1] != RefLabel.CONTAINER && !(t.word[c0 + 1].equals(".") && c0 + 2 < t.count
                && y[c0 + 2] == RefLabel.CONTAINER)) {
            return;
        }
        int c1 = LabelSpans.runEnd(y, c0);
        if (!ContainerSpanRules.numbersAfter(t, y, c1)) {
            return;
        }
        int h1 = c0 - 1;
        if (y[h1] == RefLabel.O && SERIES_SEPARATORS.contains(t.word[h1])) {
            h1--;
        }
        if (h1 < 0 || y[h1] != RefLabel.TITLE) {
            return;
        }
        int h0 = h1;
        while (h0 > 0 && y[h0 - 1] == RefLabel.TITLE && !LabelSpans.separator(t, h0 - 1)
                && !sentenceEnd(t, h0 - 1)) {
            h0--;
        }
        int words = 0;
        for (int j = h0; j <= h1; j++) {
            String w = t.word[j];
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                continue;
            }
            words++;
            if (!Character.isUpperCase(w.charAt(0)) && !Abbreviations.CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                return;
            }
        }
        if (words == 0 || words > 8) {
            return;
        }
        for (int j = h0; j < c0; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /**
     * The title's last sentence runs straight into the container, with no punctuation between, and the rule labeller
     * read that sentence as the container too: it is the journal's head ("Quiet cranes of Nordland. Bergener med. |
     * Wochenschr. 1910", "On harbour winches. Mitteilungen des Hafenmuseums zu | Bergen-Nord 11: 34-36"). The
     * sentence goes back from the container's first word to a word with a final period that the rules left in the
     * title; the container must be followed by the volume, issue or pages (or the year and then one of them).
     */
    static void journalHeadInTitleSentence(ModelTokens t, int[] y, byte[] rule) {
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (c0 <= 1 || y[c0 - 1] != RefLabel.TITLE || !Character.isLetterOrDigit(t.word[c0 - 1].charAt(0))) {
            return;
        }
        int c1 = LabelSpans.runEnd(y, c0);
        if (!ContainerSpanRules.numbersAfter(t, y, c1)) {
            return;
        }
        int h0 = c0;
        while (h0 > 0 && y[h0 - 1] == RefLabel.TITLE && rule[h0 - 1] == RefLabel.CONTAINER
                && !LabelSpans.separator(t, h0 - 1)) {
            h0--;
        }
        if (h0 == c0 || h0 == 0 || y[h0 - 1] != RefLabel.TITLE || rule[h0 - 1] == RefLabel.CONTAINER
                || !(t.word[h0 - 1].endsWith(".") && t.word[h0 - 1].length() > 1 || t.word[h0 - 1].equals("."))) {
            return;
        }
        if (!Character.isUpperCase(t.word[h0].charAt(0))) {
            return;
        }
        int words = 0;
        for (int j = h0; j < c0; j++) {
            words += Character.isLetterOrDigit(t.word[j].charAt(0)) ? 1 : 0;
        }
        String last = t.word[c0 - 1];
        if (words < 2 || last.endsWith(".") && !Abbreviations.isJournalWord(LabelSpans.bare(last))) {
            return; // "operators. I. | Acta", "Raf. Extract. | BMC": a numeral or a word ending the title's sentence
        }
        for (int j = h0; j < c0; j++) {
            y[j] = RefLabel.CONTAINER;
        }
    }

    /** Words that name a volume or fascicle (not "Part", which the golds keep in the name as often as not). */
    private static final java.util.regex.Pattern VOLUME_WORD = java.util.regex.Pattern.compile(
            "(?i)vol\\.?|volume|tome|band|bd\\.|fasc\\.?|fascicule|fascicle");

    /**
     * A volume word with its number inside the container, ending it ("Acta Quayensia, Fasc. XXI. Bergen: Port Press",
     * "IEEE trans. Harbour Eng. Vol HE-10, No 2"): the container ends before the word (and a comma or dash before
     * it); the word and its number get no field (labelled the volume, they were dropped as a report number or not read
     * as a number: no volume gained). {@link ContainerBoundaryRules#volumeWordTail} does this where the number is
     * already outside the container.
     */
    static void volumeWordInsideContainer(ModelTokens t, int[] y) {
        int[] c = LabelSpans.span(y, RefLabel.CONTAINER);
        if (c == null || c[1] - c[0] < 2) {
            return;
        }
        int v = -1;
        for (int k = c[0] + 1; k < c[1]; k++) {
            if (y[k] == RefLabel.CONTAINER && VOLUME_WORD.matcher(t.word[k]).matches()) {
                v = k;
                break;
            }
        }
        if (v < 0 || c[1] - v > 4) {
            return;
        }
        int n = v + 1;
        if (n < c[1] && t.word[n].equals(".")) {
            n++;
        }
        boolean number = false;
        for (int k = n; k <= c[1]; k++) {
            String w = t.word[k].endsWith(".") && t.word[k].length() > 1 ? t.word[k].substring(0, t.word[k].length() - 1)
                    : t.word[k];
            number |= LabelSpans.hasDigit(w) || LabelSpans.ROMAN.matcher(w).matches() && Character.isUpperCase(w.charAt(0));
        }
        if (!number) {
            return;
        }
        LabelSpans.unlabelContainerFrom(t, y, c, v);
    }

    /**
     * A title in quotation marks ends at its closing quote: the title words that follow it, up to the container, are
     * the container's head ("K. Lund, 'Quiet Winch Control for Harbour Cranes,' Trans. of the QSME, J. of Port. Sci.
     * and Eng., Vol. 12", "B. Holm, 'Flow at the Quay by the 3D Method with CRANE4B', Transactions of the QSME,
     * Journal of Quay Engineering, Vol.11", "“On Quiet Winches,” Proc. 12th Int'l Conf. Harbour Engineering, vol.
     * IV"). Later rules had read them as the title's tail (a sentence end before a known name, the head of a known
     * journal). Where the title begins right after an opening quote, the first quote of the same kind after it (a
     * quote token, or a quote ending a title word) closes it next to a comma, and the title's run after it is followed
     * by the container with only punctuation between, that run joins the container; after a question or exclamation
     * mark the closing quote needs no comma ("“Is the quay quiet?” Harbour Eng. Rev."). A quote of the same kind that is
     * not next to a comma ends the rule: it opens a quoted phrase inside the title ("the 'quiet quay'") or ends the
     * title before a sentence ("“Quiet Company.” Review of ...").
     */
    static void titleEndsAtClosingQuote(ModelTokens t, int[] y) {
        int a0 = LabelSpans.first(t, y, RefLabel.TITLE);
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        if (a0 <= 0 || c0 < a0) {
            return;
        }
        String open = t.word[a0 - 1];
        String closing = open.equals("'") || open.equals("\u2018") ? "'\u2019"
                : open.equals("\"") || open.equals("\u201c") || open.equals("``") || open.equals("''") ? "\"\u201d'" : null;
        if (closing == null) {
            return;
        }
        boolean doubled = closing.length() == 3; // '' closes `` and ''
        int e = -1;
        for (int k = a0; k < c0; k++) {
            String w = t.word[k];
            boolean token = w.length() == 1 && closing.indexOf(w.charAt(0)) >= 0 && !(doubled && w.equals("'"))
                    || doubled && w.equals("''");
            boolean glued = !token && y[k] == RefLabel.TITLE && w.length() > 1
                    && closing.indexOf(w.charAt(w.length() - 1)) >= 0 && Character.isLetterOrDigit(w.charAt(w.length() - 2))
                    && !(doubled && w.charAt(w.length() - 1) == '\'');
            if (!token && !glued) {
                continue;
            }
            boolean comma = k + 1 < c0 && t.word[k + 1].equals(",") || token && t.word[k - 1].equals(",");
            // a title ending in a question or an exclamation takes no comma: "... science?" Earth-Sci. Rev."
            boolean asked = token && (t.word[k - 1].equals("?") || t.word[k - 1].equals("!"));
            if (!comma && !asked) {
                return;
            }
            e = k;
            break;
        }
        if (e < 0) {
            return;
        }
        int b0 = e + 1;
        while (b0 < c0 && y[b0] == RefLabel.O && !Character.isLetterOrDigit(t.word[b0].charAt(0))) {
            b0++;
        }
        if (b0 >= c0 || y[b0] != RefLabel.TITLE) {
            return;
        }
        for (int k = b0; k < c0; k++) {
            if (y[k] != RefLabel.TITLE && !(y[k] == RefLabel.O && !Character.isLetterOrDigit(t.word[k].charAt(0)))) {
                return;
            }
        }
        for (int k = b0; k < c0; k++) {
            y[k] = RefLabel.CONTAINER;
        }
    }

    /**
     * A list of names written "Given Family" ("Karl Holm, Olaf Strand, Berit Lund, Quiet winches of ...") whose last
     * name the model read as the head of the title: where the author span ends with a name of two capitalised words
     * without periods and a comma, and the title's first comma group is again two such words followed by a comma and
     * a capitalised word, that group is no title (the names are assembled already: the title only is repaired).
     */
    static void nameGroupHeadsTitle(ModelTokens t, int[] y) {
        int a0 = LabelSpans.first(t, y, RefLabel.TITLE);
        if (a0 < 4 || a0 + 3 >= t.count || !t.word[a0 - 1].equals(",") || y[a0 - 2] != RefLabel.AUTHOR) {
            return;
        }
        if (!fullName(t, a0 - 3) || !fullName(t, a0 - 2) || !(a0 - 4 < 0 || !Character.isLetter(t.word[a0 - 4].charAt(0)))) {
            return; // the author span's last name: "Doron Rotem," after a separator
        }
        if (!fullName(t, a0) || !fullName(t, a0 + 1) || !t.word[a0 + 2].equals(",") || y[a0 + 1] != RefLabel.TITLE
                || !Character.isUpperCase(t.word[a0 + 3].charAt(0)) || y[a0 + 3] != RefLabel.TITLE) {
            return;
        }
        for (int k = a0; k <= a0 + 2; k++) {
            y[k] = RefLabel.O;
        }
    }

    /** Token k is a capitalised word of two letters or more without a period or digit. */
    private static boolean fullName(ModelTokens t, int k) {
        String w = t.word[k];
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || w.endsWith(".")
                || Abbreviations.CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i)) && w.charAt(i) != '-') {
                return false;
            }
        }
        return Character.isLowerCase(w.charAt(1));
    }

    /** Subject words of a periodical's or proceedings' name: no meeting place is written with them. */
    private static final java.util.regex.Pattern SUBJECT_WORD = java.util.regex.Pattern.compile(
            "(?i).*(?:Sciences?|Engineering|Mathematics|Notices|Letters|Transactions|Reports|Studies)\\b.*");

    /**
     * The comma groups after a proceedings' name that {@link ReferenceParser#container} would cut as the meeting's
     * place ("Proc. of the Quay Workshop, Bergen") are the rest of the name when they hold a subject word of a
     * periodical's name ("Proceedings of the Harbour Society A: Nautical, Physical Sciences", "Proc. SIGPORT 88
     * Symposium on Crane Construction, SIGPORT Notices"): a place is not written with them.
     */
    static boolean nameAfterMeeting(String groups) {
        return SUBJECT_WORD.matcher(groups).matches();
    }

    /**
     * Token k ends a sentence: a word with a final period that is no journal abbreviation, followed by a word without
     * a period (a chain of abbreviations, "Rev. Quaiforsch. Statist.", is one name).
     */
    private static boolean sentenceEnd(ModelTokens t, int k) {
        String w = t.word[k];
        if (w.length() < 2 || !w.endsWith(".") || Abbreviations.isJournalWord(LabelSpans.bare(w)) || Journals.abbreviation(w)) {
            return false;
        }
        return k + 1 < t.count && !t.word[k + 1].endsWith(".");
    }
}
