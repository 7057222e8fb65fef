package org.citemeta.extract.citation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules on the source of a reference (its container and the title before it) by the form of the reference, written
 * from the AnyStyle development errors on containers and volumes and checked against the GROBID development errors of
 * the same forms (thirteenth session of 7 Dec 2026, helper R6). Called once, at the end of the label rules of {@link
 * ModelFieldLabeller#assemble}. Each rule was measured alone on both evaluation corpora (see the citation README).
 */
final class SourceFieldRules {

    private SourceFieldRules() {
    }

    /** The label rules in the order they were measured. */
    static void apply(String s, ModelTokens t, int[] y, byte[] rule, LabelledFields f) {
        titleOpensWithIn(t, y, rule);
        periodicalBeforeDate(s, t, y, f);
        dashSubtitleAfterQuote(t, y);
        organisationIsNoContainer(t, y);
    }

    /**
     * A title whose first word is "In" ("Lund, K. 2009. In Harbour Cranes We Trust: Notes on Quays. Bergen: ...",
     * "... 2011. In Quiet Water Tests of Harbour Cranes, Journal of Quay Studies, 27(3)") is no "In" before a book:
     * the model read the words after "In" as the container and left the title empty or began it later. When no
     * title, container, editor or number stands before the "In" (only the names, the year and punctuation), no
     * editor is read anywhere, and the rule labeller read the "In" and the words after it as the title, that
     * stretch is the title (up to where the rule labeller's title ends).
     */
    static void titleOpensWithIn(ModelTokens t, int[] y, byte[] rule) {
        int k = 0;
        boolean head = false;
        for (; k < t.count; k++) {
            if (t.word[k].equals("In")) {
                break;
            }
            if (y[k] == RefLabel.AUTHOR || y[k] == RefLabel.YEAR) {
                head = true;
            } else if (y[k] != RefLabel.O) {
                return;
            }
        }
        if (!head || k + 1 >= t.count || y[k] != RefLabel.O || rule[k] != RefLabel.TITLE
                || y[k + 1] != RefLabel.CONTAINER && y[k + 1] != RefLabel.TITLE
                || !Character.isLetter(t.word[k + 1].charAt(0)) || LabelSpans.first(t, y, RefLabel.EDITOR) >= 0) {
            return;
        }
        int e = k;
        while (e < t.count && rule[e] == RefLabel.TITLE) {
            if (y[e] != RefLabel.O && y[e] != RefLabel.TITLE && y[e] != RefLabel.CONTAINER) {
                return;
            }
            e++;
        }
        while (e > k + 1 && !Character.isLetterOrDigit(t.word[e - 1].charAt(0))) {
            e--;
        }
        if (e < t.count && y[e] == RefLabel.CONTAINER) {
            return; // the model's container goes on past the rule labeller's title: no clear end
        }
        for (int j = k; j < e; j++) {
            y[j] = RefLabel.TITLE;
        }
    }

    /** Articles that open a periodical's name and never a person's name. */
    private static final Set<String> ARTICLES = Set.of("The", "Le", "La", "Les", "Die", "Der", "Das",
            "El", "Il", "Het");

    /**
     * A newspaper or magazine named with its issue's full date ("The Quaymaster, 20 January 2016, The quiet crane, p.
     * 99", "LUND, Karin - Le Quai, 30 juillet 1952"): the model read the name as a person's. An article and one to four
     * capitalised words read as names, at the reference's start or after a dash that follows the names, right before
     * ", day month year", are the container; the names are read again from what is left of them.
     */
    static void periodicalBeforeDate(String s, ModelTokens t, int[] y, LabelledFields f) {
        for (int k = 0; k + 5 < t.count; k++) {
            if (!ARTICLES.contains(t.word[k]) || y[k] != RefLabel.AUTHOR) {
                continue;
            }
            boolean dash = k > 0 && (t.word[k - 1].equals("-") || t.word[k - 1].equals("\u2013"));
            if (k > 0 && !dash) {
                continue;
            }
            int e = k + 1;
            while (e < t.count && e - k <= 4 && y[e] == RefLabel.AUTHOR && Character.isUpperCase(t.word[e].charAt(0))
                    && !t.word[e].endsWith(".")) {
                e++;
            }
            if (e == k + 1 || e + 3 >= t.count || !t.word[e].equals(",") || !LabelSpans.day(t.word[e + 1])
                    || !Months.isMonth(t.word[e + 2]) || !year(t.word[e + 3])) {
                continue;
            }
            for (int j = k; j < e; j++) {
                y[j] = RefLabel.CONTAINER;
            }
            if (dash) {
                y[k - 1] = RefLabel.O;
                int a1 = k - 2;
                while (a1 >= 0 && y[a1] != RefLabel.AUTHOR) {
                    a1--;
                }
                int a0 = a1;
                while (a0 > 0 && y[a0 - 1] == RefLabel.AUTHOR) {
                    a0--;
                }
                f.authors.clear();
                if (a1 >= 0) {
                    RefTokens rt = RefTokens.of(s.substring(t.start[a0], t.end[a1]));
                    f.authors.addAll(AuthorScanner.scan(rt, 0).authors());
                }
            } else {
                f.authors.clear();
            }
            return;
        }
    }

    private static boolean year(String w) {
        return LabelSpans.digits(w) && w.length() == 4 && (w.startsWith("1") || w.startsWith("2"));
    }

    /** Closing quotes and dashes of {@link #dashSubtitleAfterQuote}. */
    private static final Set<String> CLOSING_QUOTES = Set.of("\"", "\u201d", "\u00bb", "''");
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");

    /**
     * A quoted title followed by a dash and a subtitle ("STRAND, Karin. \"Les grues du port\" - Carnet de bord : Vers
     * une pratique du quai. QUAYCO 2011, 52 p."): the dash goes on with the title, it does not open a container. The
     * model (or the rule labeller, whose container is taken when the model's labels leave its words free) read the
     * words after the dash as a container. From the closing quote right after the title's last word, a dash, then a
     * capitalised word, up to the first word with a final period: capitalised words, lower-case words and
     * punctuation of no other field than the title and the container, no digit, and no known journal name; they are
     * the title's.
     */
    static void dashSubtitleAfterQuote(ModelTokens t, int[] y) {
        int q = 1;
        while (q + 2 < t.count && !(y[q - 1] == RefLabel.TITLE && CLOSING_QUOTES.contains(t.word[q])
                && DASHES.contains(t.word[q + 1]))) {
            q++;
        }
        if (q + 2 >= t.count || !Character.isUpperCase(t.word[q + 2].charAt(0))) {
            return;
        }
        int e = q + 2;
        int c0 = -1;
        int c1 = -1;
        for (; e < t.count; e++) {
            String w = t.word[e];
            if (y[e] != RefLabel.O && y[e] != RefLabel.TITLE && y[e] != RefLabel.CONTAINER || LabelSpans.hasDigit(w)
                    || CLOSING_QUOTES.contains(w) || w.equals("(")) {
                return;
            }
            if (y[e] == RefLabel.CONTAINER) {
                c0 = c0 < 0 ? e : c0;
                c1 = e;
            }
            if (w.endsWith(".") && w.length() > 2 || w.equals(".")) {
                break;
            }
        }
        if (e >= t.count || c0 >= 0 && Journals.known(t, c0, c1)) {
            return;
        }
        for (int j = q; j <= e; j++) {
            if (!t.word[j].equals(".")) {
                y[j] = RefLabel.TITLE;
            }
        }
    }

    /** The last word of an organisation's name. */
    private static final Set<String> ORGANISATION_HEADS = Set.of("university", "union", "institute",
            "institution", "association", "council", "agency", "department", "ministry", "office", "bureau",
            "commission", "centre", "center", "laboratory", "laboratories", "corporation", "company");

    /** A word that makes a name a periodical's, a series' or a meeting's, whatever its last word. */
    private static final Pattern SOURCE_WORD = Pattern.compile(
            "(?i)(?:proc|conf|symp|colloq|supp|suppl|ser|rep|trans|bull|ann|mem|j|rev|newsl)\\.?"
                    + "|proceedings?|conferences?|symposi(?:um|a)|workshops?|colloqui(?:um|a)|meetings?|congress(?:es)?"
                    + "|series|supplements?|seminars?|forum|summit|reports?|journal|review|letters|transactions|annals"
                    + "|bulletin|magazine|newsletter|memoirs"
                    + "|papers|notes|studies|yearbook|abstracts|news|acta|revue|zeitschrift|rivista|archives?");

    /**
     * An organisation read as the container of a work without volume, issue or pages ("Recommendation QT-5: \"Quiet
     * cranes\", Nordic Harbour Union, April 2008.", "Quiet mentors in a harbour course. Department of Quays, Cranes,
     * and Ropes, Bergen Harbour University"): a name whose last word is an organisation's (University, Union,
     * Institute, Department, ...) and with no word of a periodical, series or meeting is the publisher or the
     * institution, not a container.
     */
    static void organisationIsNoContainer(ModelTokens t, int[] y) {
        int c0 = LabelSpans.first(t, y, RefLabel.CONTAINER);
        int c1 = LabelSpans.last(t, y, RefLabel.CONTAINER);
        if (c0 < 0 || LabelSpans.first(t, y, RefLabel.VOLUME) >= 0 || LabelSpans.first(t, y, RefLabel.ISSUE) >= 0
                || LabelSpans.first(t, y, RefLabel.PAGES) >= 0
                || !ORGANISATION_HEADS.contains(t.word[c1].toLowerCase(Locale.ROOT))) {
            return;
        }
        for (int k = c0; k <= c1; k++) {
            if (y[k] != RefLabel.CONTAINER && y[k] != RefLabel.O || SOURCE_WORD.matcher(t.word[k]).matches()) {
                return;
            }
        }
        for (int k = c0; k <= c1; k++) {
            if (y[k] == RefLabel.CONTAINER) {
                y[k] = RefLabel.PUBLISHER;
            }
        }
    }
}
